import 'server-only';
// Placements (the first SUBSIDISED_JOB or REGULAR_JOB phase of an enrolment: the start of
// insured employment) per month, quarter or year, and the placement rate: placements over
// the enrolments active in that span (active at its start, plus those enrolled during it),
// or in the whole period.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import { shareOf, shown, suppressLine, suppressPart, suppressSmall, type Count } from './suppress';
import { activeCtes, spanEnrolments, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter, Step } from './schema';

/** One row of the series; `start` is its first month within the period, "YYYY-MM". */
export interface PlacementSpan { start: string; active: Count; placed: Count; rate: number | null }
export interface Placements { step: Step; spans: PlacementSpan[]; total: { active: Count; placed: Count; rate: number | null } }

interface Row { start: string; active: number; placed: number }

export async function placementsFor(selection: Period & Pick<DashboardSelection, 'exact' | 'step'>): Promise<Placements> {
  const { step } = selection;
  if (selection.projectIds.length === 0) return { step, spans: [], total: { active: shown(0), placed: shown(0), rate: null } };
  const ctes = activeCtes(selection);
  const rows = await dashboardDb.$queryRaw<Row[]>`
    WITH ${ctes}, placed AS (
      SELECT month, SUM(value) AS placed FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${selection.projectIds}::uuid[]) AND figure = 'placed' AND month BETWEEN (SELECT min(month) FROM months) AND (SELECT max(month) FROM months)
      GROUP BY 1
    ), per_month AS (
      SELECT month, SUM(active) AS active, SUM(enrolled) AS enrolled FROM active GROUP BY 1
    ), monthly AS (
      SELECT m.month, date_trunc(${step}::text, m.month::timestamp) AS span, COALESCE(a.active, 0) AS active,
             COALESCE(a.enrolled, 0) AS enrolled, COALESCE(p.placed, 0) AS placed
      FROM months m LEFT JOIN per_month a ON a.month = m.month LEFT JOIN placed p ON p.month = m.month
    )
    SELECT to_char(min(month), 'YYYY-MM') AS start, ${spanEnrolments('active', 'enrolled', 'month')}::int AS active,
           SUM(placed)::int AS placed
    FROM monthly GROUP BY span
    UNION ALL
    -- The period: active in its first month, plus everyone enrolled later in it.
    SELECT 'total', (SELECT SUM(active) FROM active WHERE month = (SELECT min(month) FROM months))::int
                    + (SELECT COALESCE(SUM(enrolled), 0) FROM active WHERE month > (SELECT min(month) FROM months))::int,
           (SELECT COALESCE(SUM(placed), 0) FROM placed)::int
    ORDER BY 1`;
  const total = rows.find((r) => r.start === 'total')!;
  const spans = rows.filter((r) => r.start !== 'total');
  if (selection.exact) {
    const exact = spans.map((r) => ({ start: r.start, active: shown(r.active), placed: shown(r.placed) }));
    return {
      step,
      spans: exact.map((r) => ({ ...r, rate: shareOf(r.placed, r.active) })),
      total: { active: shown(total.active), placed: shown(total.placed), rate: shareOf(shown(total.placed), shown(total.active)) },
    };
  }
  const totals = suppressPart(total.active, total.placed);
  const rowParts = spans.map((r) => suppressPart(r.active, r.placed));
  const line = suppressLine(spans.map((r) => r.placed), totals.part, rowParts.map((p) => p.part.suppressed));
  const result = spans.map((r, i) => {
    const active = suppressSmall(r.active);
    return { start: r.start, active, placed: line.cells[i]!, rate: shareOf(line.cells[i]!, active) };
  });
  return { step, spans: result, total: { active: totals.total, placed: line.total, rate: shareOf(line.total, totals.total) } };
}

export async function getPlacements(actor: ActorContext, filter: DashboardFilter): Promise<Placements | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && placementsFor(selection);
}
