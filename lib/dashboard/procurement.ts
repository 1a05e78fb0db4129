import 'server-only';
// Procurement with social clauses (Service Center lokale Arbeit, job:plus) for a dashboard
// view: the tenders of the selected projects published in the period, per year of
// publication. The figures of the tender register (lib/procurement/figures.ts), but exact
// or suppressed by the dashboard selection instead of by who runs the tender.
//
// Bounded at any number of participants: it reads Tender by its projectId index and
// DeliveredHire by its socialClauseId index. Both grow with the city's tenders and the
// hires their contracts commit to (a few hundred per programme), never with enrolments,
// phases or contacts.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import type { ProcurementCounts, Retention } from '../procurement/figures';
import { shareOf, shown, suppressLine, suppressPart, suppressSmall, type Count } from './suppress';
import { dashboardPage } from './dashboard-page';
import type { Period } from './rollup-sql';
import type { DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export const RETENTION_AFTER = [6, 12] as const;

/** Tenders and clauses are not people: only `delivered` is ever suppressed. */
export type ProcurementYearCounts = Pick<ProcurementCounts, 'tenders' | 'checked' | 'suitable' | 'clauses' | 'committedHires' | 'delivered'> & {
  /** Per cent of the tenders checked. */
  suitableShare: number | null;
  /** Hires delivered in per cent of those committed. */
  deliveredShare: number | null;
};

export interface ProcurementYear extends ProcurementYearCounts { year: number }

export interface ProcurementRetention extends Retention {
  monthsAfter: (typeof RETENTION_AFTER)[number];
  /** Per cent of the recorded checks that found the person still employed. */
  share: number | null;
}

export interface DashboardProcurement {
  years: ProcurementYear[];
  total: ProcurementYearCounts;
  retention: ProcurementRetention[];
}

interface Row {
  /** null: the whole period (the ROLLUP's grand total). */
  year: number | null;
  tenders: number;
  checked: number;
  suitable: number;
  clauses: number;
  committedHires: number;
  delivered: number;
  recorded6: number;
  employed6: number;
  recorded12: number;
  employed12: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const EMPTY: Row = { year: null, tenders: 0, checked: 0, suitable: 0, clauses: 0, committedHires: 0, delivered: 0, recorded6: 0, employed6: 0, recorded12: 0, employed12: 0 };

async function rows({ projectIds, from, to }: Period): Promise<Row[]> {
  return dashboardDb.$queryRaw<Row[]>`
    WITH t AS (
      SELECT id, EXTRACT(YEAR FROM "publishedAt")::int AS year FROM "Tender"
      WHERE "projectId" = ANY(${projectIds}::uuid[])
        AND "publishedAt" >= ${isoDay(from)}::date AND "publishedAt" < (${isoDay(to)}::date + interval '1 month')
    ), hires AS (
      SELECT s."tenderId", COUNT(*) AS delivered,
        COUNT(dh."stillEmployed6m") AS recorded6, COUNT(*) FILTER (WHERE dh."stillEmployed6m") AS employed6,
        COUNT(dh."stillEmployed12m") AS recorded12, COUNT(*) FILTER (WHERE dh."stillEmployed12m") AS employed12
      FROM t JOIN "SocialClause" s ON s."tenderId" = t.id JOIN "DeliveredHire" dh ON dh."socialClauseId" = s.id
      GROUP BY 1
    )
    SELECT t.year, COUNT(*)::int AS tenders, COUNT(c.id)::int AS checked,
      (COUNT(c.id) FILTER (WHERE c.suitable))::int AS suitable, COUNT(s.id)::int AS clauses,
      COALESCE(SUM(s."committedHires"), 0)::int AS "committedHires",
      COALESCE(SUM(h.delivered), 0)::int AS delivered,
      COALESCE(SUM(h.recorded6), 0)::int AS recorded6, COALESCE(SUM(h.employed6), 0)::int AS employed6,
      COALESCE(SUM(h.recorded12), 0)::int AS recorded12, COALESCE(SUM(h.employed12), 0)::int AS employed12
    FROM t
    LEFT JOIN "SuitabilityCheck" c ON c."tenderId" = t.id
    LEFT JOIN "SocialClause" s ON s."tenderId" = t.id
    LEFT JOIN hires h ON h."tenderId" = t.id
    GROUP BY ROLLUP (t.year)
    ORDER BY t.year NULLS LAST`;
}

function yearCounts(r: Row, delivered: Count): ProcurementYearCounts {
  return {
    tenders: r.tenders,
    checked: r.checked,
    suitable: r.suitable,
    clauses: r.clauses,
    committedHires: r.committedHires,
    delivered,
    suitableShare: shareOf(shown(r.suitable), shown(r.checked)),
    deliveredShare: shareOf(delivered, shown(r.committedHires)),
  };
}

/**
 * Delivered hires are people: for a viewer without exact counts each year's count below 5
 * is hidden, and enough others that none follows from the total (suppressLine). Of the
 * hires, those with a recorded check and of these the ones still employed are parts whose
 * rest must not be small either.
 */
export async function procurementFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<DashboardProcurement> {
  const all = selection.projectIds.length === 0 ? [] : await rows(selection);
  const total = all.find((r) => r.year === null) ?? EMPTY;
  const years = all.filter((r): r is Row & { year: number } => r.year !== null);
  const line = selection.exact
    ? { cells: years.map((r) => shown(r.delivered)), total: shown(total.delivered) }
    : suppressLine(years.map((r) => r.delivered), suppressSmall(total.delivered));
  const retention = RETENTION_AFTER.map((monthsAfter) => {
    const recorded = monthsAfter === 6 ? total.recorded6 : total.recorded12;
    const still = monthsAfter === 6 ? total.employed6 : total.employed12;
    if (selection.exact) return { monthsAfter, recorded: shown(recorded), still: shown(still), share: shareOf(shown(still), shown(recorded)) };
    const recordedCount = line.total.suppressed ? suppressSmall(recorded) : suppressPart(total.delivered, recorded).part;
    const stillCount = suppressPart(recorded, still).part;
    return { monthsAfter, recorded: recordedCount, still: stillCount, share: shareOf(stillCount, recordedCount) };
  });
  return {
    years: years.map((r, i) => ({ year: r.year, ...yearCounts(r, line.cells[i]!) })),
    total: yearCounts(total, line.total),
    retention,
  };
}

export interface ProcurementDashboard {
  selection: DashboardSelection;
  procurement: DashboardProcurement;
  readAt: Date;
}

/** null = this actor has no dashboards. */
export function getProcurementDashboard(actor: ActorContext, filter: DashboardFilter): Promise<ProcurementDashboard | null> {
  return dashboardPage('procurement', actor, filter, async (selection) => ({ procurement: await procurementFor(selection) }));
}
