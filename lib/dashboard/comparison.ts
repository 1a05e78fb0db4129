import 'server-only';
// Programmes side by side (city and Land level): per project the participants in the
// period, placements and placement rate, the share still employed 6 months after exit and
// the contacts per participant and month against the project's target. The same figures
// as placements.ts, sustainability.ts and contacts.ts, grouped by project in one query
// over the rollup (cost: projects × months, whatever the number of participants).
import { dashboardDb } from '../db';
import { shareOf, shown, suppressLine, suppressPart, SUPPRESSION_THRESHOLD, type Count } from './suppress';
import { activeCtes, type Period } from './rollup-sql';
import type { DashboardSelection } from './selection';

export interface ComparisonFigures {
  participants: Count;
  placed: Count;
  rate: number | null;
  /** Per cent of the 6-month follow-ups taken that found the person still employed. */
  employedShare: number | null;
  contactsPerParticipant: number | null;
  /** The project's target; for all together the targets weighted by active months. */
  contactsTarget: number | null;
}

export interface ComparisonRow extends ComparisonFigures { projectId: string; name: string; city: string }

export interface Comparison { rows: ComparisonRow[]; total: ComparisonFigures }

interface Row {
  projectId: string;
  name: string;
  city: string;
  target: number | null;
  participants: number;
  activeMonths: number;
  placed: number;
  due6: number;
  completed6: number;
  employed6: number;
  contacts: number;
}

type Sums = Omit<Row, 'projectId' | 'name' | 'city' | 'target'> & { expected: number; activeWithTarget: number };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

async function rows(selection: Period): Promise<Row[]> {
  const { projectIds, from, to } = selection;
  return dashboardDb.$queryRaw<Row[]>`
    WITH ${activeCtes(selection)}, people AS (
      -- As placements.ts: active in the first month, plus everyone enrolled later in the period.
      SELECT "projectId",
             SUM(active) FILTER (WHERE month = (SELECT min(month) FROM months))
               + COALESCE(SUM(enrolled) FILTER (WHERE month > (SELECT min(month) FROM months)), 0) AS participants,
             SUM(active) AS "activeMonths"
      FROM active GROUP BY 1
    ), sums AS (
      SELECT "projectId",
             SUM(value) FILTER (WHERE figure = 'placed') AS placed,
             SUM(value) FILTER (WHERE figure = 'followUp6.due') AS due6,
             SUM(value) FILTER (WHERE figure = 'followUp6.completed') AS completed6,
             SUM(value) FILTER (WHERE figure = 'followUp6.employed') AS employed6,
             SUM(value) FILTER (WHERE figure = 'contacts') AS contacts
      FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${projectIds}::uuid[])
        AND figure IN ('placed', 'followUp6.due', 'followUp6.completed', 'followUp6.employed', 'contacts')
        AND month BETWEEN ${isoDay(from)}::date AND ${isoDay(to)}::date
      GROUP BY 1
    )
    SELECT p.id AS "projectId", p.name, p.city, p."contactsPerMonth" AS target,
           COALESCE(a.participants, 0)::int AS participants, COALESCE(a."activeMonths", 0)::int AS "activeMonths",
           COALESCE(s.placed, 0)::int AS placed, COALESCE(s.due6, 0)::int AS due6,
           COALESCE(s.completed6, 0)::int AS completed6, COALESCE(s.employed6, 0)::int AS employed6,
           COALESCE(s.contacts, 0)::int AS contacts
    FROM "Project" p LEFT JOIN people a ON a."projectId" = p.id LEFT JOIN sums s ON s."projectId" = p.id
    WHERE p.id = ANY(${projectIds}::uuid[])
    ORDER BY p.city, p.name, p.id`;
}

function totals(list: Row[]): Sums {
  const sum = (pick: (r: Row) => number) => list.reduce((s, r) => s + pick(r), 0);
  return {
    participants: sum((r) => r.participants), activeMonths: sum((r) => r.activeMonths), placed: sum((r) => r.placed),
    due6: sum((r) => r.due6), completed6: sum((r) => r.completed6), employed6: sum((r) => r.employed6), contacts: sum((r) => r.contacts),
    // As contacts.ts: the targets weighted by the active months of the projects that have one.
    expected: sum((r) => (r.target === null ? 0 : r.target * r.activeMonths)),
    activeWithTarget: sum((r) => (r.target === null ? 0 : r.activeMonths)),
  };
}

function exact(r: Sums | Row, target: number | null): ComparisonFigures {
  return {
    participants: shown(r.participants),
    placed: shown(r.placed),
    rate: shareOf(shown(r.placed), shown(r.participants)),
    employedShare: shareOf(shown(r.employed6), shown(r.completed6)),
    contactsPerParticipant: ratio(r.contacts, r.activeMonths),
    contactsTarget: target,
  };
}

/** Suppressed as sustainability.ts: follow-ups taken and still employed are parts with no small rest. */
function employedShare(r: Sums | Row): number | null {
  const completed = suppressPart(r.due6, r.completed6).part;
  return shareOf(suppressPart(r.completed6, r.employed6).part, completed);
}

/** As contacts.ts: a ratio shows only with both its counts, or it would give one away. */
function contactsPerParticipant(r: Sums | Row): number | null {
  return r.contacts >= SUPPRESSION_THRESHOLD && r.activeMonths >= SUPPRESSION_THRESHOLD ? ratio(r.contacts, r.activeMonths) : null;
}

/**
 * For a viewer without exact counts. The projects' participants and placements add up to
 * the totals the page shows under "Vermittlungen", so as there each column is a line
 * (suppressLine): no hidden cell may follow from the total by subtraction.
 */
function suppressed(list: Row[], sums: Sums, totalTarget: number | null): Comparison {
  const totalParts = suppressPart(sums.participants, sums.placed);
  const rowParts = list.map((r) => suppressPart(r.participants, r.placed));
  const people = suppressLine(list.map((r) => r.participants), totalParts.total);
  const placed = suppressLine(list.map((r) => r.placed), totalParts.part, rowParts.map((p) => p.part.suppressed));
  const figures = (r: Sums | Row, participants: Count, placedCount: Count, target: number | null): ComparisonFigures => ({
    participants,
    placed: placedCount,
    rate: shareOf(placedCount, participants),
    employedShare: employedShare(r),
    contactsPerParticipant: contactsPerParticipant(r),
    contactsTarget: target,
  });
  return {
    rows: list.map((r, i) => ({ projectId: r.projectId, name: r.name, city: r.city, ...figures(r, people.cells[i]!, placed.cells[i]!, r.target) })),
    total: figures(sums, people.total, placed.total, totalTarget),
  };
}

export async function comparisonFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<Comparison> {
  const list = selection.projectIds.length === 0 ? [] : await rows(selection);
  const sums = totals(list);
  const totalTarget = ratio(sums.expected, sums.activeWithTarget);
  if (!selection.exact) return suppressed(list, sums, totalTarget);
  return {
    rows: list.map((r) => ({ projectId: r.projectId, name: r.name, city: r.city, ...exact(r, r.target) })),
    total: exact(sums, totalTarget),
  };
}
