import 'server-only';
// The dashboard's figures for one actor and filter: pure functions of (actor, filter), so
// the page, the CSV export and the benchmark call the same code. Each reads only the
// rollup tables. Figures an official sees have small counts suppressed here, never in
// the component.
import type { ActorContext } from '../auth/authorize';
import { contactsFor, type Contacts } from './contacts';
import { funnelFor, type FunnelStage } from './funnel';
import { placementsFor, type Placements } from './placements';
import { resolveSelection, type DashboardSelection } from './selection';
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
  /** When the figures were read: the rollups are current to the last committed write. */
  readAt: Date;
}

/** null = this actor has no dashboards. */
export async function getDashboard(actor: ActorContext, filter: DashboardFilter): Promise<Dashboard | null> {
  const selection = await resolveSelection(actor, filter);
  if (!selection) return null;
  const readAt = new Date();
  const [placements, sustainability, funnel, contacts] = await Promise.all([
    placementsFor(selection), sustainabilityFor(selection), funnelFor(selection), contactsFor(selection),
  ]);
  return { selection, placements, sustainability, funnel, contacts, readAt };
}
