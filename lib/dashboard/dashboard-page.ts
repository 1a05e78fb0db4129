import 'server-only';
// What every dashboard page does for one actor and filter: resolve the selection, then
// read its figures (kept up to a minute for statistics, figure-cache.ts) with the time
// they were read (freshness.ts).
import type { ActorContext } from '../auth/authorize';
import { keptStatistics } from './figure-cache';
import { dataAsOf } from './freshness';
import type { DashboardPageKey } from './pages';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

/** null = this actor has no dashboards. */
export async function dashboardPage<T extends object>(
  page: DashboardPageKey,
  actor: ActorContext,
  filter: DashboardFilter,
  load: (selection: DashboardSelection) => Promise<T>,
): Promise<(T & { selection: DashboardSelection; readAt: Date }) | null> {
  const selection = await resolveSelection(actor, filter);
  if (!selection) return null;
  const figures = await keptStatistics(page, selection, async () => {
    const [readAt, loaded] = await Promise.all([dataAsOf(), load(selection)]);
    return { ...loaded, readAt };
  });
  return { selection, ...figures };
}
