// The two figures of /auswertungen/stellen as data tables (the page's table and its CSV
// export) and as text summaries, from the same numbers. Pure; the caller passes the
// translator of the "dashboard" messages.
import { formatInteger } from '../format';
import type { CaseloadRole, ProjectCaseloadFigure } from './caseload';
import type { Positions } from './positions';
import { formatCountCell, formatDecimal, formatPercent, type DataTable, type Translate } from './tables';

/** The tables a CSV export of this page can be asked for (?tabelle=). */
export const POSITIONS_TABLES = ['arbeitsplaetze', 'betreuung'] as const;
export type PositionsTable = (typeof POSITIONS_TABLES)[number];

const ROLES: readonly CaseloadRole[] = ['caseworker', 'jobCoach'];

/** Row headings must be unique: a name that occurs twice (two cities' Caritas) gets its city. */
function headings<T>(items: readonly T[], name: (item: T) => string, city: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  for (const item of items) seen.set(name(item), (seen.get(name(item)) ?? 0) + 1);
  return items.map((item) => ((seen.get(name(item)) ?? 0) > 1 ? `${name(item)} (${city(item)})` : name(item)));
}

export function employerHeadings(data: Positions): string[] {
  return headings(data.employers, (e) => e.name, (e) => e.city);
}

export function projectHeadings(projects: readonly ProjectCaseloadFigure[]): string[] {
  return headings(projects, (p) => p.name, (p) => p.city);
}

export function positionsTable(data: Positions, t: Translate): DataTable {
  const names = employerHeadings(data);
  return {
    id: 'arbeitsplaetze',
    caption: t('positions.caption'),
    columns: [t('positions.employer'), t('positions.kind'), t('positions.offered'), t('positions.filled'), t('positions.share')],
    rows: [
      ...data.employers.map((e, i) => ({
        header: names[i]!,
        cells: [t(`positions.kinds.${e.kind}`), formatInteger(e.offered), formatCountCell(e.filled), formatPercent(e.share)],
      })),
      {
        header: t('positions.total', { employers: data.total.employers }),
        cells: ['', formatInteger(data.total.offered), formatCountCell(data.total.filled), formatPercent(data.total.share)],
      },
    ],
  };
}

function ratioCell(ratio: number | null, t: Translate): string {
  return ratio && ratio > 0 ? t('caseload.ratio', { ratio }) : '–';
}

export function caseloadTable(projects: readonly ProjectCaseloadFigure[], t: Translate): DataTable {
  const names = projectHeadings(projects);
  return {
    id: 'betreuung',
    caption: t('caseload.caption'),
    columns: [
      t('caseload.projectRole'), t('caseload.target'), t('caseload.active'), t('caseload.assigned'), t('caseload.persons'),
      t('caseload.average'), t('caseload.maximum'), t('caseload.overTarget'),
    ],
    rows: projects.flatMap((p, i) =>
      ROLES.map((role) => {
        const r = p.roles[role];
        return {
          header: t('caseload.rowHeading', { project: names[i]!, role: t(`caseload.roles.${role}`) }),
          cells: [
            ratioCell(p.ratio, t), formatCountCell(p.active), formatCountCell(r.assigned), formatInteger(r.persons),
            formatDecimal(r.average), formatCountCell(r.maximum), r.overTarget === null ? '–' : formatInteger(r.overTarget),
          ],
        };
      }),
    ),
  };
}

export function positionsSummary(data: Positions, t: Translate): string {
  const { total } = data;
  if (total.employers === 0) return t('positions.summaryNone');
  const offered = { employers: total.employers, offered: formatInteger(total.offered) };
  if (total.filled.suppressed) return t('positions.summaryHidden', offered);
  const text = t('positions.summary', { ...offered, filled: formatInteger(total.filled.value), share: formatPercent(total.share) });
  const names = employerHeadings(data);
  const top = data.employers.reduce<number | null>((best, e, i) => (e.share !== null && (best === null || e.share > data.employers[best]!.share!) ? i : best), null);
  return top === null || data.employers.length < 2
    ? text
    : `${text} ${t('positions.summaryTop', { employer: names[top]!, share: formatPercent(data.employers[top]!.share) })}`;
}

export function caseloadSummary(projects: readonly ProjectCaseloadFigure[], t: Translate): string {
  if (projects.length === 0) return t('noData');
  const persons = (role: CaseloadRole, withRatio: boolean) =>
    projects.reduce((sum, p) => sum + (!withRatio || p.roles[role].overTarget !== null ? p.roles[role].persons : 0), 0);
  if (ROLES.every((role) => persons(role, false) === 0)) return t('caseload.summaryNobody');
  if (projects.every((p) => p.ratio === null || p.ratio <= 0)) return t('caseload.summaryNoTarget');
  const over = (role: CaseloadRole) => projects.reduce((sum, p) => sum + (p.roles[role].overTarget ?? 0), 0);
  // Staff counts only (see caseload.ts): no participant count can be summed up from them.
  const clauses = ROLES.filter((role) => persons(role, true) > 0)
    .map((role) => t('caseload.summaryRole', { role: t(`caseload.roles.${role}`), over: over(role), persons: persons(role, true) }));
  const text = clauses.length > 0 ? t('caseload.summary', { list: clauses.join(', ') }) : t('caseload.summaryNobodyWithTarget');
  // The highest shown average against its project's ratio.
  const names = projectHeadings(projects);
  let top: { project: string; role: CaseloadRole; average: number; ratio: number } | null = null;
  for (const [i, p] of projects.entries()) {
    for (const role of ROLES) {
      const average = p.roles[role].average;
      if (average !== null && p.ratio && p.ratio > 0 && (!top || average > top.average)) top = { project: names[i]!, role, average, ratio: p.ratio };
    }
  }
  return top
    ? `${text} ${t('caseload.summaryTop', { project: top.project, role: t(`caseload.roles.${top.role}`), average: formatDecimal(top.average), ratio: top.ratio })}`
    : text;
}
