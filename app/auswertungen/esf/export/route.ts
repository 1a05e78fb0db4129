import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor, orNotFound } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getEsfReport } from '@/lib/reports/esf';
import { esfTableCsv } from '@/lib/reports/esf-csv';
import { ESF_MESSAGE_KEY, EsfFilterSchema, EsfTableParamSchema, periodError } from '@/lib/reports/esf-schema';

// One table of the ESF+ report as CSV, from the same query function as the page, so the
// download shows exactly the (suppressed) figures the reader sees.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, 'dashboard.read')) notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const table = EsfTableParamSchema.safeParse(params.tabelle);
  const filter = EsfFilterSchema.parse(params);
  if (!table.success || periodError(filter)) notFound();
  const [t, report] = await Promise.all([getTranslations('esfReport'), orNotFound(getEsfReport(actor, filter))]);
  const data = report.tables.find((candidate) => candidate.key === table.data)!;
  const key = ESF_MESSAGE_KEY[table.data];
  const csv = esfTableCsv(data, {
    column: t(`tables.${key}.column`), count: t('count'), share: t('share'), total: t('total'),
    category: (category) => t(`categories.${key}.${category}`),
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="esf-${table.data}-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
