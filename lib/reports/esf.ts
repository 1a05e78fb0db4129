import 'server-only';
// The ESF+ indicator report (participants by sex, age group, education and status at
// entry; results at exit and 6 months after), for the projects in the actor's scope.
// One query function feeds the tables, their text summaries, the print view and the CSV
// export, so they cannot disagree; suppression happens here, not in the components.
import { db } from '../db';
import { audit } from '../audit';
import { AppError } from '../errors';
import { can } from '../auth/permissions';
import { projectScope, type ActorContext } from '../auth/authorize';
import { ESF_CATEGORIES, ESF_TABLES, type EsfFilter, type EsfTableKey } from './esf-schema';
import { esfCounts, type Dimension, type EsfCountRow } from './esf-sql';
import type { Count } from '../dashboard/suppress';
import { exactBreakdown, suppressBreakdown } from './suppress-breakdown';

export interface EsfRow {
  category: string;
  count: Count;
  /** Share of the total in per cent (one decimal), only where both are shown. */
  percent: number | null;
}

export interface EsfTable {
  key: EsfTableKey;
  rows: EsfRow[];
  total: Count;
}

export interface EsfReport {
  /** Every project the actor may report on, for the filter. */
  projects: { id: string; name: string }[];
  /** The projects counted: the chosen one, or all of them. */
  selected: { id: string; name: string }[];
  /** The entry period actually counted (widened to whole quarters for statistics readers). */
  from: Date | null;
  to: Date | null;
  periodWidened: boolean;
  /** Exact counts (the operator's own staff) or statistics with small counts hidden. */
  exact: boolean;
  tables: EsfTable[];
}

const DIMENSION: Record<EsfTableKey, Dimension> = {
  geschlecht: 'sex',
  alter: 'age_group',
  bildung: 'education',
  status: 'status',
  austritt: 'exit_result',
  'nach-6-monaten': 'after_6_months',
};

// Someone who may only see statistics could otherwise take the difference of two periods
// a day apart and learn the entries of a single day. Whole quarters make that coarse;
// they do not make it impossible (see the report's notes).
function quarterStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));
}
function quarterEnd(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3 + 3, 0));
}

function table(key: EsfTableKey, counts: EsfCountRow[], total: number, exact: boolean): EsfTable {
  const categories: readonly string[] = ESF_CATEGORIES[key];
  const byCategory = new Map(counts.filter((c) => c.dimension === DIMENSION[key]).map((c) => [c.category, c.count]));
  const values = categories.map((category) => byCategory.get(category) ?? 0);
  const suppressed = exact ? exactBreakdown(total, values) : suppressBreakdown(total, values);
  const totalValue = suppressed.total.value;
  return {
    key,
    total: suppressed.total,
    rows: categories.map((category, i) => {
      const count = suppressed.parts[i]!;
      const percent = count.value !== null && totalValue ? Math.round((count.value / totalValue) * 1000) / 10 : null;
      return { category, count, percent };
    }),
  };
}

/**
 * The report for the actor's scope and the filter. Throws FORBIDDEN without dashboard.read
 * and NOT_FOUND (audited) for a project outside the scope.
 */
export async function getEsfReport(actor: ActorContext, filter: EsfFilter): Promise<EsfReport> {
  if (!can(actor, 'dashboard.read')) throw new AppError('FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung.');
  const projects = await db.project.findMany({
    where: projectScope(actor),
    select: { id: true, name: true, operatorId: true },
    orderBy: [{ city: 'asc' }, { name: 'asc' }],
  });
  const selected = filter.projekt ? projects.filter((p) => p.id === filter.projekt) : projects;
  if (filter.projekt && selected.length === 0) {
    await audit(db, actor, 'access.denied', 'Project', filter.projekt, { report: 'esf' });
    throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  }
  // The same rule as the project figures (lib/projects/queries.ts): exact counts only for
  // those who run every counted project; for anyone else they are statistics.
  const exact = selected.length > 0 && can(actor, 'project.update') && selected.every((p) => p.operatorId === actor.organisationId);
  const from = filter.von ? (exact ? filter.von : quarterStart(filter.von)) : null;
  const to = filter.bis ? (exact ? filter.bis : quarterEnd(filter.bis)) : null;
  const counts = await esfCounts({ projectIds: selected.map((p) => p.id), from, to });
  const total = counts.find((c) => c.dimension === 'total')?.count ?? 0;
  return {
    projects: projects.map(({ id, name }) => ({ id, name })),
    selected: selected.map(({ id, name }) => ({ id, name })),
    from,
    to,
    periodWidened: (from?.getTime() ?? null) !== (filter.von?.getTime() ?? null) || (to?.getTime() ?? null) !== (filter.bis?.getTime() ?? null),
    exact,
    tables: ESF_TABLES.map((key) => table(key, counts, total, exact)),
  };
}
