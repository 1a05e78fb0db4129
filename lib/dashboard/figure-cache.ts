import 'server-only';
// Statistics (small counts hidden) are the same for everyone who selects the same projects,
// period and rows, and many read the same view at once: a council meeting, a monthly report.
// This process keeps them for up to a minute, so such a crowd costs one set of queries; the
// page's "Stand" names the time they were read. Exact figures are for those who run the
// projects and have just changed them: never kept. Per process and bounded, so several
// instances stay independent and memory stays flat.
import { readEnv } from '../env.js';
import type { DashboardSelection } from './selection';

const MAX_ENTRIES = 500;
let maxAgeMs: number | undefined;

/** DASHBOARD_STATISTICS_MAX_AGE_S, read once: 60 s unless the operator wants less. */
export function statisticsMaxAgeMs(): number {
  maxAgeMs ??= readEnv().DASHBOARD_STATISTICS_MAX_AGE_S * 1000;
  return maxAgeMs;
}

interface Entry { at: number; figures: Promise<unknown> }

const entries = new Map<string, Entry>();

/** What the figures depend on: never the actor, only what the actor's scope resolved to. */
function keyOf(page: string, selection: DashboardSelection): string {
  const { projectIds, from, to, step } = selection;
  return [page, from.toISOString(), to.toISOString(), step, ...[...projectIds].sort()].join('|');
}

/**
 * `load()` for exact figures; for statistics the figures read less than a minute ago for the
 * same page and selection, or `load()` once for everyone asking at the same moment.
 */
export function keptStatistics<T>(page: string, selection: DashboardSelection, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
  if (selection.exact || statisticsMaxAgeMs() === 0) return load();
  const key = keyOf(page, selection);
  const kept = entries.get(key);
  if (kept && now - kept.at < statisticsMaxAgeMs()) return kept.figures as Promise<T>;
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const figures = load();
  entries.set(key, { at: now, figures });
  // A failed read is not kept: the next reader tries again.
  figures.catch(() => {
    if (entries.get(key)?.figures === figures) entries.delete(key);
  });
  return figures;
}

/** For tests: forget everything kept, and read the setting again. */
export function forgetKeptStatistics(): void {
  entries.clear();
  maxAgeMs = undefined;
}
