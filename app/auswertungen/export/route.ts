import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { getDashboard } from '@/lib/dashboard/queries';
import { DASHBOARD_TABLES, DashboardFilterSchema, type DashboardTable } from '@/lib/dashboard/schema';
import { contactsTable, funnelTable, placementsTable, sustainabilityTable, tableRows, type Translate } from '@/lib/dashboard/tables';
import { toCsv } from '@/lib/participants/csv';

// One dashboard table as CSV: the same query and the same table rows as the page, so the
// file says exactly what the screen says (small counts as "< 5"). Aggregates only.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const tabelle = DASHBOARD_TABLES.find((name) => name === params.tabelle);
  if (!tabelle) notFound();
  const dashboard = await getDashboard(actor, DashboardFilterSchema.parse(params));
  if (!dashboard) notFound();
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const builders: Record<DashboardTable, () => ReturnType<typeof placementsTable>> = {
    vermittlungen: () => placementsTable(dashboard.placements, t),
    nachhaltigkeit: () => sustainabilityTable(dashboard.sustainability, t),
    phasen: () => funnelTable(dashboard.funnel, t),
    kontakte: () => contactsTable(dashboard.contacts, t),
  };
  const { applied } = dashboard.selection;
  const scope = (dashboard.selection.label ?? t('filter.levels.land')).replace(/[^A-Za-z0-9äöüÄÖÜß-]+/g, '-');
  return new Response(toCsv(tableRows(builders[tabelle]())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${tabelle}-${scope}-${applied.von}-bis-${applied.bis}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
