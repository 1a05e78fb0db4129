import 'server-only';
// Cost per placement, with the benefits saved set against it (Passiv-Aktiv-Transfer), per
// project and for the whole selection. The page's disclosure "Wie gerechnet wird" says the
// same in German:
// - cost: each funding amount (source × year) as actual where recorded, else planned,
//   pro rata for the months of the project's running time in that year that fall in the
//   period (a year the project does not run counts as twelve months);
// - placements: the rollup figure 'placed' (first SUBSIDISED_JOB or REGULAR_JOB phase) in
//   the period;
// - savings: standard rate + housing costs (BenefitRate, valid on the month's first day) for
//   the thirtieths employed in each month of the period, of every placement of the projects
//   (also those placed before the period), up to the end of the previous month, so the
//   figure does not change with the day (migration dashboard_savings_rollup). Rounded to the
//   cent per project and month.
// Placements count people: for viewers who do not run every project they are suppressed as
// on the impact page (same rule on the same totals, so neither page reveals what the other
// hides); a row whose count is hidden hides everything derived from it too.
//
// Bounded at any number of participants: FundingAmount and Project (a few rows per project
// and year), RollupProjectMonth and RollupSavingsMonth (rows per project and month).
import { dashboardDb } from '../db';
import { berlinToday } from '../casework/activity-window';
import { activeCtes } from './rollup-sql';
import type { DashboardSelection } from './selection';
import { shown, suppressLine, suppressPart, type Count } from './suppress';

export type CostBasis = 'actual' | 'planned' | 'mixed' | 'none';

export interface CostFigures {
  basis: CostBasis;
  /** null: no funding amount for these months. */
  costCents: number | null;
  placements: Count;
  costPerPlacementCents: number | null;
  /** null: hidden with the placements, or no month of the period is over yet. */
  savingsCents: number | null;
  savingsPerPlacementCents: number | null;
  netCostCents: number | null;
}

export interface CostRow extends CostFigures { projectId: string; name: string }

export interface CostPerPlacement {
  projects: CostRow[];
  /** Per placement and net cost only when every project has cost data (costMissing empty). */
  total: CostFigures;
  /** Projects without any funding amount: they leave the total's per-placement figures out. */
  costMissing: string[];
  /** The last day whose savings count; null when the period has no month that is over. */
  savingsThrough: Date | null;
}

type Selection = Pick<DashboardSelection, 'projectIds' | 'from' | 'to' | 'exact'> & { options: Pick<DashboardSelection['options'], 'projects'> };

interface CostSql { projectId: string; cost: bigint | null; anyActual: boolean | null; anyPlanned: boolean | null }
interface PlacedSql { projectId: string; placed: number; active: number }
interface SavingsSql { projectId: string; cents: bigint }

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
const addMonths = (month: Date, n: number) => new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + n, 1));

function costs(s: Selection): Promise<CostSql[]> {
  return dashboardDb.$queryRaw<CostSql[]>`
    WITH amounts AS (
      SELECT fs."projectId", fa."actualCents" IS NOT NULL AS "isActual", COALESCE(fa."actualCents", fa."plannedCents") AS cents,
             fa.year * 12 AS y0,
             GREATEST(fa.year * 12, (EXTRACT(YEAR FROM p."startDate") * 12 + EXTRACT(MONTH FROM p."startDate") - 1)::int) AS rs,
             LEAST(fa.year * 12 + 11, COALESCE((EXTRACT(YEAR FROM p."endDate") * 12 + EXTRACT(MONTH FROM p."endDate") - 1)::int, fa.year * 12 + 11)) AS re
      FROM "FundingSource" fs
      JOIN "FundingAmount" fa ON fa."fundingSourceId" = fs.id
      JOIN "Project" p ON p.id = fs."projectId"
      WHERE fs."projectId" = ANY(${s.projectIds}::uuid[])
        AND fa.year BETWEEN ${s.from.getUTCFullYear()}::int AND ${s.to.getUTCFullYear()}::int
    ), running AS (
      SELECT "projectId", "isActual", cents,
             CASE WHEN re >= rs THEN rs ELSE y0 END AS rs, CASE WHEN re >= rs THEN re ELSE y0 + 11 END AS re
      FROM amounts
    ), inside AS (
      SELECT *, GREATEST(0, LEAST(re, ${monthIndex(s.to)}::int) - GREATEST(rs, ${monthIndex(s.from)}::int) + 1) AS months FROM running
    )
    SELECT "projectId"::text AS "projectId", SUM(ROUND(cents::numeric * months / (re - rs + 1)))::bigint AS cost,
           bool_or("isActual") FILTER (WHERE months > 0) AS "anyActual",
           bool_or(NOT "isActual") FILTER (WHERE months > 0) AS "anyPlanned"
    FROM inside GROUP BY 1`;
}

function placed(s: Selection): Promise<PlacedSql[]> {
  // Enrolments of the period as the impact page counts them: active in its first month,
  // plus those enrolled later in it (only for the suppression of the placements).
  return dashboardDb.$queryRaw<PlacedSql[]>`
    WITH ${activeCtes(s)}
    SELECT p.id::text AS "projectId",
      COALESCE((SELECT SUM(r.value) FROM "RollupProjectMonth" r WHERE r."projectId" = p.id AND r.figure = 'placed'
                AND r.month BETWEEN ${isoDay(s.from)}::date AND ${isoDay(s.to)}::date), 0)::int AS placed,
      (COALESCE((SELECT SUM(a.active) FROM active a WHERE a."projectId" = p.id AND a.month = ${isoDay(s.from)}::date), 0)
       + COALESCE((SELECT SUM(a.enrolled) FROM active a WHERE a."projectId" = p.id AND a.month > ${isoDay(s.from)}::date), 0))::int AS active
    FROM unnest(${s.projectIds}::uuid[]) AS p(id)`;
}

function savings(s: Selection, last: Date): Promise<SavingsSql[]> {
  // Open spans started before a month fill it wholly (30 thirtieths each): carried in from
  // before the period, then summed month by month.
  return dashboardDb.$queryRaw<SavingsSql[]>`
    WITH months AS (
      SELECT generate_series(${isoDay(s.from)}::timestamp, ${isoDay(last)}::timestamp, interval '1 month')::date AS month
    ), stored AS (
      SELECT "projectId", month, thirtieths, "openStarted" FROM "RollupSavingsMonth"
      WHERE "projectId" = ANY(${s.projectIds}::uuid[]) AND month <= ${isoDay(last)}::date
    ), carried AS (
      SELECT "projectId", SUM("openStarted") AS open FROM stored WHERE month < ${isoDay(s.from)}::date GROUP BY 1
    ), grid AS (
      SELECT p.id AS "projectId", m.month, COALESCE(st.thirtieths, 0) AS thirtieths, COALESCE(st."openStarted", 0) AS started
      FROM unnest(${s.projectIds}::uuid[]) AS p(id) CROSS JOIN months m
      LEFT JOIN stored st ON st."projectId" = p.id AND st.month = m.month
    ), units AS (
      SELECT g."projectId", g.month,
             g.thirtieths + 30 * (COALESCE(c.open, 0) + SUM(g.started) OVER w - g.started) AS thirtieths
      FROM grid g LEFT JOIN carried c ON c."projectId" = g."projectId"
      WINDOW w AS (PARTITION BY g."projectId" ORDER BY g.month)
    )
    SELECT u."projectId"::text AS "projectId",
           SUM(ROUND(COALESCE(rate.cents, 0)::numeric * u.thirtieths / 30))::bigint AS cents
    FROM units u
    LEFT JOIN LATERAL (
      SELECT b."standardRateCents" + b."housingCostsCents" AS cents FROM "BenefitRate" b
      WHERE b."validFrom" <= u.month ORDER BY b."validFrom" DESC LIMIT 1
    ) rate ON true
    GROUP BY 1`;
}

function basisOf(anyActual: boolean, anyPlanned: boolean): CostBasis {
  if (anyActual) return anyPlanned ? 'mixed' : 'actual';
  return anyPlanned ? 'planned' : 'none';
}

const perPlacement = (cents: number | null, placements: Count) =>
  cents === null || placements.suppressed || placements.value === 0 ? null : Math.round(cents / placements.value);

function figures(basis: CostBasis, costCents: number | null, placements: Count, savingsCents: number | null): CostFigures {
  const saved = placements.suppressed ? null : savingsCents;
  return {
    basis, costCents, placements,
    costPerPlacementCents: perPlacement(costCents, placements),
    savingsCents: saved,
    savingsPerPlacementCents: perPlacement(saved, placements),
    netCostCents: costCents === null || saved === null ? null : costCents - saved,
  };
}

/** Placements per project and in total, suppressed as placementsFor suppresses the total. */
function suppressPlacements(rows: readonly PlacedSql[], exact: boolean): { cells: Count[]; total: Count } {
  const total = rows.reduce((sum, r) => ({ placed: sum.placed + r.placed, active: sum.active + r.active }), { placed: 0, active: 0 });
  if (exact) return { cells: rows.map((r) => shown(r.placed)), total: shown(total.placed) };
  const parts = rows.map((r) => suppressPart(r.active, r.placed));
  return suppressLine(rows.map((r) => r.placed), suppressPart(total.active, total.placed).part, parts.map((p) => p.part.suppressed));
}

export async function costPerPlacementFor(selection: Selection, today: Date = berlinToday()): Promise<CostPerPlacement> {
  // Savings count to the end of the previous month: the month running now is not over.
  const lastMonth = new Date(Math.min(selection.to.getTime(), addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), -1).getTime()));
  const countable = lastMonth >= selection.from;
  if (selection.projectIds.length === 0) {
    return { projects: [], total: figures('none', null, shown(0), null), costMissing: [], savingsThrough: null };
  }
  const [costRows, placedRows, savingsRows] = await Promise.all([
    costs(selection), placed(selection), countable ? savings(selection, lastMonth) : Promise.resolve([]),
  ]);
  const cost = new Map(costRows.map((r) => [r.projectId, r]));
  const saved = new Map(savingsRows.map((r) => [r.projectId, Number(r.cents)]));
  const placedById = new Map(placedRows.map((r) => [r.projectId, r]));
  const projects = selection.options.projects.filter((p) => selection.projectIds.includes(p.id));
  const ordered = projects.map((p) => placedById.get(p.id) ?? { projectId: p.id, placed: 0, active: 0 });
  const placements = suppressPlacements(ordered, selection.exact);
  const savingsOf = (id: string) => (countable ? (saved.get(id) ?? 0) : null);
  const rows = projects.map((p, i) => {
    const c = cost.get(p.id);
    const costCents = c?.cost === null || c?.cost === undefined ? null : Number(c.cost);
    const basis = basisOf(c?.anyActual === true, c?.anyPlanned === true);
    return { projectId: p.id, name: p.name, ...figures(basis, basis === 'none' ? null : costCents, placements.cells[i]!, savingsOf(p.id)) };
  });
  const counted = rows.filter((r) => r.costCents !== null);
  const totalBasis = basisOf(costRows.some((r) => r.anyActual === true), costRows.some((r) => r.anyPlanned === true));
  const totalCost = counted.length > 0 ? counted.reduce((sum, r) => sum + r.costCents!, 0) : null;
  const totalSavings = countable ? projects.reduce((sum, p) => sum + (saved.get(p.id) ?? 0), 0) : null;
  // Per placement and net only over like with like: a project without cost data would
  // add placements and savings but no cost, and make every project look cheaper.
  const total = figures(totalBasis, totalCost, placements.total, totalSavings);
  const incomplete = counted.length < rows.length;
  return {
    projects: rows,
    total: incomplete ? { ...total, costPerPlacementCents: null, savingsPerPlacementCents: null, netCostCents: null } : total,
    costMissing: incomplete ? rows.filter((r) => r.costCents === null).map((r) => r.name) : [],
    savingsThrough: countable ? new Date(addMonths(lastMonth, 1).getTime() - 86_400_000) : null,
  };
}
