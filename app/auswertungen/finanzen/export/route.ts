import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/dashboard/csv-response';
import { FINANCE_TABLES, costTable, financingTable, type FinanceTable } from '@/lib/dashboard/finance-tables';
import { getFinanceDashboard } from '@/lib/dashboard/financing';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import type { DataTable, Translate } from '@/lib/dashboard/tables';

// One table of the finance dashboard as CSV: the rows of the page, aggregates only.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const tabelle = FINANCE_TABLES.find((name) => name === params.tabelle);
  if (!tabelle) notFound();
  const dashboard = await getFinanceDashboard(actor, DashboardFilterSchema.parse(params));
  if (!dashboard) notFound();
  const [t, funding] = await Promise.all([getTranslations('dashboard'), getTranslations('funding')]);
  const tr = t as unknown as Translate;
  const builders: Record<FinanceTable, () => DataTable> = {
    finanzierung: () => financingTable(dashboard.financing, tr, (kind) => funding(kind)),
    kosten: () => costTable(dashboard.cost, tr),
  };
  return csvResponse(builders[tabelle](), dashboard.selection, t('filter.levels.land'));
}
