import 'server-only';
// Which projects a dashboard view aggregates, for whom, and over which months: the actor's
// dashboard scope applied to the URL's filter. Everything outside the scope is as if it
// did not exist: an unknown project or city falls back to the default view.
import { dashboardDb } from '../db';
import { dashboardScope, type ActorContext, type DashboardLevel } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { LEVEL_PARAM, MAX_MONTHS, monthKey, monthStart, STEP_PARAM, type DashboardFilter, type LevelParam, type Step, type StepParam } from './schema';

export interface DashboardProject {
  id: string;
  name: string;
  city: string;
  operatorId: string;
  startDate: Date;
  endDate: Date | null;
}

export interface DashboardSelection {
  level: DashboardLevel;
  /** The project's name, the city, or null for the whole Land. */
  label: string | null;
  projectIds: string[];
  /** Exact counts: the actor runs every project aggregated here. Otherwise small counts are hidden. */
  exact: boolean;
  /** First days of the first and last month, inclusive. */
  from: Date;
  to: Date;
  /** The rows of the time series: months, quarters or years. */
  step: Step;
  /** The filter as applied, for the form and the export links; einteilung null = chosen by length. */
  applied: { ebene: LevelParam; projekt: string | null; stadt: string | null; von: string; bis: string; einteilung: StepParam | null };
  options: { levels: DashboardLevel[]; projects: { id: string; name: string; city: string }[]; cities: string[] };
}

const PARAM_OF: Record<DashboardLevel, LevelParam> = { project: 'projekt', city: 'stadt', land: 'land' };

/**
 * Without a choice: months up to two years, quarters up to eight, years beyond. A programme's
 * whole life month by month (up to 240 rows) is more than a chart or a reader can take in.
 */
export function defaultStep(from: Date, to: Date): Step {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  return months <= 24 ? 'month' : months <= 96 ? 'quarter' : 'year';
}

function addMonths(month: Date, n: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + n, 1));
}

function firstOfMonth(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

/**
 * Default: the selected projects' whole running time up to this month (at most MAX_MONTHS).
 * Programmes are judged over their life, and many have ended: a view of the last three
 * years would show the Land official nothing for them.
 */
function period(projects: DashboardProject[], filter: DashboardFilter, today: Date): { from: Date; to: Date } {
  const thisMonth = firstOfMonth(today);
  const ends = projects.map((p) => (p.endDate && p.endDate < thisMonth ? firstOfMonth(p.endDate) : thisMonth));
  const lastEnd = ends.length > 0 ? new Date(Math.max(...ends.map((d) => d.getTime()))) : thisMonth;
  const firstStart = projects.length > 0 ? firstOfMonth(new Date(Math.min(...projects.map((p) => p.startDate.getTime())))) : thisMonth;
  let to = filter.bis ? monthStart(filter.bis) : lastEnd;
  let from = filter.von ? monthStart(filter.von) : firstStart;
  if (from > to) [from, to] = [to, from];
  if (addMonths(from, MAX_MONTHS - 1) < to) from = addMonths(to, -(MAX_MONTHS - 1));
  return { from, to };
}

export async function resolveSelection(actor: ActorContext, filter: DashboardFilter, today: Date = berlinToday()): Promise<DashboardSelection | null> {
  const scope = dashboardScope(actor);
  if (!scope) return null;
  const all: DashboardProject[] = await dashboardDb.project.findMany({
    where: scope.projects,
    select: { id: true, name: true, city: true, operatorId: true, startDate: true, endDate: true },
    orderBy: [{ city: 'asc' }, { name: 'asc' }],
  });
  const cities = [...new Set(all.map((p) => p.city))];
  const levels = [...scope.levels];
  const asked = filter.ebene ? LEVEL_PARAM[filter.ebene] : undefined;
  const level: DashboardLevel = asked && levels.includes(asked) ? asked : levels[levels.length - 1]!;

  let projects = all;
  let label: string | null = null;
  if (level === 'project') {
    const project = all.find((p) => p.id === filter.projekt) ?? all[0];
    projects = project ? [project] : [];
    label = project?.name ?? null;
  } else if (level === 'city') {
    const city = cities.find((c) => c === filter.stadt) ?? cities.find((c) => c === actor.city) ?? cities[0] ?? null;
    projects = all.filter((p) => p.city === city);
    label = city;
  }
  const { from, to } = period(projects, filter, today);
  return {
    level,
    label,
    projectIds: projects.map((p) => p.id),
    exact: projects.length > 0 && projects.every((p) => scope.exact(p)),
    from,
    to,
    step: filter.einteilung ? STEP_PARAM[filter.einteilung] : defaultStep(from, to),
    applied: {
      ebene: PARAM_OF[level],
      projekt: level === 'project' ? (projects[0]?.id ?? null) : null,
      stadt: level === 'city' ? label : null,
      von: monthKey(from),
      bis: monthKey(to),
      einteilung: filter.einteilung ?? null,
    },
    options: { levels, projects: all.map(({ id, name, city }) => ({ id, name, city })), cities },
  };
}
