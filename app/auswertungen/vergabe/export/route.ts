import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/dashboard/csv-response';
import { getProcurementDashboard } from '@/lib/dashboard/procurement';
import { PROCUREMENT_TABLES, procurementRetentionTable, procurementYearsTable, type ProcurementTable } from '@/lib/dashboard/procurement-tables';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import type { DataTable, Translate } from '@/lib/dashboard/tables';

// One table of the procurement dashboard as CSV. Aggregates only.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const tabelle = PROCUREMENT_TABLES.find((name) => name === params.tabelle);
  if (!tabelle) notFound();
  const dashboard = await getProcurementDashboard(actor, DashboardFilterSchema.parse(params));
  if (!dashboard) notFound();
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const builders: Record<ProcurementTable, () => DataTable> = {
    vergaben: () => procurementYearsTable(dashboard.procurement, t),
    verbleib: () => procurementRetentionTable(dashboard.procurement, t),
  };
  return csvResponse(builders[tabelle](), dashboard.selection, t('filter.levels.land'));
}
