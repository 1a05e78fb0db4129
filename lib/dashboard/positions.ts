import 'server-only';
// Positions offered versus filled per employer of the selected projects. Offered is the sum
// of Position.count; filled is derived from the enrolments' jobs, never typed in: per
// position the most jobs held there at the same time (lib/employers/job-figures.ts), over
// the whole running time, so it means the same for a running and a finished programme and
// does not depend on the period filter. Jobs outside any recorded position are not
// counted here, so the share filled compares like with like.
//
// Bounded at any size: one row per position of the selection (Position is a small table),
// its peak read from RollupPositionFilled, which triggers keep current.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import type { EmployerKind } from '../generated/prisma/enums';
import { caseloadFor, type ProjectCaseloadFigure } from './caseload';
import { dashboardPage } from './dashboard-page';
import type { DashboardSelection } from './selection';
import { shareOf, shown, suppressLine, suppressSmall, type Count } from './suppress';
import type { DashboardFilter } from './schema';

export interface EmployerPositions {
  employerId: string;
  name: string;
  city: string;
  kind: EmployerKind;
  offered: number;
  filled: Count;
  /** Filled over offered, in per cent; null when filled is hidden. */
  share: number | null;
}

export interface Positions {
  employers: EmployerPositions[];
  total: { employers: number; offered: number; filled: Count; share: number | null };
}

interface Row {
  employerId: string;
  name: string;
  city: string;
  kind: EmployerKind;
  offered: number;
  filled: number;
}

const COLLATOR = new Intl.Collator('de-DE');

export async function positionsFor(selection: Pick<DashboardSelection, 'projectIds' | 'exact'>): Promise<Positions> {
  if (selection.projectIds.length === 0) return { employers: [], total: { employers: 0, offered: 0, filled: shown(0), share: null } };
  const rows = await dashboardDb.$queryRaw<Row[]>`
    SELECT e.id AS "employerId", e.name, e.city, e.kind,
           SUM(p.count)::int AS offered, COALESCE(SUM(r.filled), 0)::int AS filled
    FROM "Position" p
    JOIN "Employer" e ON e.id = p."employerId"
    LEFT JOIN "RollupPositionFilled" r ON r."positionId" = p.id
    WHERE p."projectId" = ANY(${selection.projectIds}::uuid[])
    GROUP BY e.id`;
  rows.sort((a, b) => COLLATOR.compare(a.name, b.name) || COLLATOR.compare(a.city, b.city) || a.employerId.localeCompare(b.employerId));
  const offered = rows.reduce((sum, r) => sum + r.offered, 0);
  const filledTotal = rows.reduce((sum, r) => sum + r.filled, 0);
  // Filled counts people (who held the places). For those who see statistics only, small
  // cells are hidden and, since the total is shown, enough others that none can be
  // recomputed by subtraction.
  const line = selection.exact
    ? { cells: rows.map((r) => shown(r.filled)), total: shown(filledTotal) }
    : suppressLine(rows.map((r) => r.filled), suppressSmall(filledTotal));
  return {
    employers: rows.map((r, i) => {
      const filled = line.cells[i]!;
      return { employerId: r.employerId, name: r.name, city: r.city, kind: r.kind, offered: r.offered, filled, share: shareOf(filled, shown(r.offered)) };
    }),
    total: { employers: rows.length, offered, filled: line.total, share: shareOf(line.total, shown(offered)) },
  };
}

export interface PositionsDashboard {
  selection: DashboardSelection;
  positions: Positions;
  caseload: ProjectCaseloadFigure[];
  readAt: Date;
}

/** The page's two figures for one actor and filter; null = this actor has no dashboards. */
export function getPositionsDashboard(actor: ActorContext, filter: DashboardFilter): Promise<PositionsDashboard | null> {
  return dashboardPage('positions', actor, filter, async (selection) => {
    const [positions, caseload] = await Promise.all([positionsFor(selection), caseloadFor(selection)]);
    return { positions, caseload };
  });
}
