import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { comparisonTable } from '@/lib/dashboard/comparison-table';
import { csvResponse } from '@/lib/dashboard/csv-response';
import { getDashboard } from '@/lib/dashboard/queries';
import { DASHBOARD_TABLES, DashboardFilterSchema, type DashboardTable } from '@/lib/dashboard/schema';
import { contactsTable, funnelTable, placementsTable, sustainabilityTable, type DataTable, type Translate } from '@/lib/dashboard/tables';

// One table of the impact dashboard as CSV. Aggregates only.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const tabelle = DASHBOARD_TABLES.find((name) => name === params.tabelle);
  if (!tabelle) notFound();
  const dashboard = await getDashboard(actor, DashboardFilterSchema.parse(params));
  if (!dashboard) notFound();
  const { comparison } = dashboard;
  // The comparison exists at city and Land level only.
  if (tabelle === 'vergleich' && !comparison) notFound();
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const builders: Record<DashboardTable, () => DataTable> = {
    vermittlungen: () => placementsTable(dashboard.placements, t),
    nachhaltigkeit: () => sustainabilityTable(dashboard.sustainability, t),
    phasen: () => funnelTable(dashboard.funnel, t),
    kontakte: () => contactsTable(dashboard.contacts, t),
    vergleich: () => comparisonTable(comparison!, t),
  };
  return csvResponse(builders[tabelle](), dashboard.selection, t('filter.levels.land'));
}
