import 'server-only';
// The dashboard's figures for one actor and filter: pure functions of (actor, filter), so
// the page, the CSV export and the benchmark call the same code. Each reads only the
// rollup tables. Figures an official sees have small counts suppressed here, never in
// the component.
import type { ActorContext } from '../auth/authorize';
import { comparisonFor, type Comparison } from './comparison';
import { contactsFor, type Contacts } from './contacts';
import { dashboardPage } from './dashboard-page';
import { funnelFor, type FunnelStage } from './funnel';
import { placementsFor, type Placements } from './placements';
import type { DashboardSelection } from './selection';
import { sustainabilityFor, type SustainabilityRow } from './sustainability';
import type { DashboardFilter } from './schema';

export { getContacts } from './contacts';
export { getFunnel } from './funnel';
export { getPlacements } from './placements';
export { getSustainability } from './sustainability';
export { resolveSelection } from './selection';

export interface Dashboard {
  selection: DashboardSelection;
  placements: Placements;
  sustainability: SustainabilityRow[];
  funnel: FunnelStage[];
  contacts: Contacts;
  /** Programmes side by side: only at city and Land level, where there are several to compare. */
  comparison?: Comparison;
  /** How current the figures are (freshness.ts). */
  readAt: Date;
}

/** null = this actor has no dashboards. */
export function getDashboard(actor: ActorContext, filter: DashboardFilter): Promise<Dashboard | null> {
  return dashboardPage('impact', actor, filter, async (selection) => {
    const [placements, sustainability, funnel, contacts, comparison] = await Promise.all([
      placementsFor(selection), sustainabilityFor(selection), funnelFor(selection), contactsFor(selection),
      selection.level === 'project' ? undefined : comparisonFor(selection),
    ]);
    return { placements, sustainability, funnel, contacts, ...(comparison ? { comparison } : {}) };
  });
}
