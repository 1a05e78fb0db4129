import 'server-only';
// Placements (the first SUBSIDISED_JOB or REGULAR_JOB phase of an enrolment: the start of
// insured employment) per month, and the placement rate: placements over the enrolments
// active in the month, or in the whole period.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import { shareOf, shown, suppressLine, suppressPart, suppressSmall, type Count } from './suppress';
import { activeCtes, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export interface PlacementMonth { month: string; active: Count; placed: Count; rate: number | null }
export interface Placements { months: PlacementMonth[]; total: { active: Count; placed: Count; rate: number | null } }

interface Row { month: string; active: number; placed: number }

export async function placementsFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<Placements> {
  if (selection.projectIds.length === 0) return { months: [], total: { active: shown(0), placed: shown(0), rate: null } };
  const ctes = activeCtes(selection);
  const rows = await dashboardDb.$queryRaw<Row[]>`
    WITH ${ctes}, placed AS (
      SELECT month, SUM(value) AS placed FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${selection.projectIds}::uuid[]) AND figure = 'placed' AND month BETWEEN (SELECT min(month) FROM months) AND (SELECT max(month) FROM months)
      GROUP BY 1
    ), per_month AS (
      SELECT month, SUM(active) AS active FROM active GROUP BY 1
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(a.active, 0)::int AS active, COALESCE(p.placed, 0)::int AS placed
    FROM months m LEFT JOIN per_month a ON a.month = m.month LEFT JOIN placed p ON p.month = m.month
    UNION ALL
    -- The period: active in its first month, plus everyone enrolled later in it.
    SELECT 'total', (SELECT SUM(active) FROM active WHERE month = (SELECT min(month) FROM months))::int
                    + (SELECT COALESCE(SUM(enrolled), 0) FROM active WHERE month > (SELECT min(month) FROM months))::int,
           (SELECT COALESCE(SUM(placed), 0) FROM placed)::int
    ORDER BY 1`;
  const total = rows.find((r) => r.month === 'total')!;
  const months = rows.filter((r) => r.month !== 'total');
  if (selection.exact) {
    const m = months.map((r) => ({ month: r.month, active: shown(r.active), placed: shown(r.placed) }));
    return {
      months: m.map((r) => ({ ...r, rate: shareOf(r.placed, r.active) })),
      total: { active: shown(total.active), placed: shown(total.placed), rate: shareOf(shown(total.placed), shown(total.active)) },
    };
  }
  const totals = suppressPart(total.active, total.placed);
  const rowParts = months.map((r) => suppressPart(r.active, r.placed));
  const line = suppressLine(months.map((r) => r.placed), totals.part, rowParts.map((p) => p.part.suppressed));
  const result = months.map((r, i) => {
    const active = suppressSmall(r.active);
    return { month: r.month, active, placed: line.cells[i]!, rate: shareOf(line.cells[i]!, active) };
  });
  return { months: result, total: { active: totals.total, placed: line.total, rate: shareOf(line.total, totals.total) } };
}

export async function getPlacements(actor: ActorContext, filter: DashboardFilter): Promise<Placements | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && placementsFor(selection);
}
