import { getTranslations } from 'next-intl/server';
import type { EsfReport, EsfTable } from '@/lib/reports/esf';
import { ESF_MESSAGE_KEY, esfFilterQuery, type EsfFilter } from '@/lib/reports/esf-schema';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatInteger } from '@/lib/format';

// Always one decimal, so a column of shares lines up (13,0 % beside 78,8 %).
const percentFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

type T = Awaited<ReturnType<typeof getTranslations<'esfReport'>>>;

/** One line in words with the same figures as the table, for readers who prefer text. */
function summary(t: T, table: EsfTable, title: string): string {
  const key = ESF_MESSAGE_KEY[table.key];
  if (table.total.value === null) return t('summarySmall', { title });
  if (table.total.value === 0) return t('summaryNone', { title });
  const largest = table.rows.reduce<EsfTable['rows'][number] | null>(
    (best, row) => (row.count.value !== null && (best === null || row.count.value > (best.count.value ?? -1)) ? row : best),
    null,
  );
  if (!largest || largest.count.value === null) return t('summaryHidden', { title, total: formatInteger(table.total.value) });
  return t('summary', {
    title,
    total: formatInteger(table.total.value),
    category: t(`categories.${key}.${largest.category}`),
    count: formatInteger(largest.count.value),
    percent: percentFormat.format(largest.percent ?? 0),
  });
}

/** The six tables of the ESF+ report, each with caption, text summary and (on screen) its CSV link. */
export async function EsfTables({ report, filter, print = false }: { report: EsfReport; filter: EsfFilter; print?: boolean }) {
  const t = await getTranslations('esfReport');
  return (
    <div className="space-y-10 print:space-y-6">
      {report.tables.map((table) => {
        const key = ESF_MESSAGE_KEY[table.key];
        const caption = t(`tables.${key}.caption`);
        return (
          <div key={table.key} className="esf-table space-y-2">
            <table id={`esf-${table.key}`}>
              <caption className="text-lg">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`tables.${key}.column`)}</th>
                  <th scope="col" className="num">{t('count')}</th>
                  <th scope="col" className="num">{t('share')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.category}>
                    <th scope="row" className="bg-transparent font-normal">{t(`categories.${key}.${row.category}`)}</th>
                    <td className="num">{formatCountCell(row.count)}</td>
                    <td className="num">{row.percent === null ? '' : `${percentFormat.format(row.percent)} %`}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  <td className="num font-semibold">{formatCountCell(table.total)}</td>
                  <td className="num">{table.total.value ? '100 %' : ''}</td>
                </tr>
              </tfoot>
            </table>
            <p>{summary(t, table, caption)}</p>
            {!print && (
              <p className="no-print">
                <a href={`/auswertungen/esf/export${esfFilterQuery(filter, { tabelle: table.key })}`} download>
                  {t('csvLink', { table: caption })}
                </a>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
