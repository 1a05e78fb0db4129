import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/dashboard/csv-response';
import { getPositionsDashboard } from '@/lib/dashboard/positions';
import { caseloadTable, positionsTable, POSITIONS_TABLES, type PositionsTable } from '@/lib/dashboard/positions-tables';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import type { DataTable, Translate } from '@/lib/dashboard/tables';

// One table of /auswertungen/stellen as CSV: the same rows as on screen. Aggregates only.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const tabelle = POSITIONS_TABLES.find((name) => name === params.tabelle);
  if (!tabelle) notFound();
  // null without dashboard.read: a route handler is not below app/auswertungen/layout.tsx.
  const dashboard = await getPositionsDashboard(actor, DashboardFilterSchema.parse(params));
  if (!dashboard) notFound();
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const builders: Record<PositionsTable, () => DataTable> = {
    arbeitsplaetze: () => positionsTable(dashboard.positions, t),
    betreuung: () => caseloadTable(dashboard.caseload, t),
  };
  return csvResponse(builders[tabelle](), dashboard.selection, t('filter.levels.land'));
}
