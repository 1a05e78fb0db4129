import { getTranslations } from 'next-intl/server';
import { percentOf, type ProcurementCounts, type ProcurementFigures, type Retention } from '@/lib/procurement/figures';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatInteger } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';

function anySuppressed(figures: ProcurementFigures): boolean {
  const rows: ProcurementCounts[] = [figures.total, ...figures.byContractor, ...figures.byYear];
  return rows.some((r) => r.delivered.suppressed || r.after6.still.suppressed || r.after12.still.suppressed || r.after6.recorded.suppressed)
    || figures.byYear.some((y) => y.hiredInYear.suppressed);
}

/** The procurement figures: headline cards, a sentence, and tables per year and contractor. */
export async function ProcurementFiguresSection({ figures }: { figures: ProcurementFigures }) {
  const t = await getTranslations('procurement');
  const { total } = figures;
  const pct = (value: number | null) => (value === null ? t('noPercent') : t('percent', { value }));
  const checkedPercent = percentOf(total.checked, total.tenders);
  const suitablePercent = percentOf(total.suitable, total.checked);
  return (
    <section aria-labelledby="kennzahlen" className="space-y-6">
      <h2 id="kennzahlen">{t('figuresHeading')}</h2>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
        <StatCard label={t('checked')} value={t('checkedValue', { checked: formatInteger(total.checked), tenders: formatInteger(total.tenders) })} />
        <StatCard label={t('suitable')} value={`${formatInteger(total.suitable)} (${pct(suitablePercent)})`} />
        <StatCard label={t('clauses')} value={formatInteger(total.clauses)} />
        <StatCard label={t('committed')} value={formatInteger(total.committedHires)} />
        <StatCard label={t('delivered')} value={formatCountCell(total.delivered)} />
      </dl>
      <p>
        {t('summary', {
          checked: formatInteger(total.checked), tenders: formatInteger(total.tenders), checkedPercent: pct(checkedPercent),
          suitable: formatInteger(total.suitable), suitablePercent: pct(suitablePercent), clauses: formatInteger(total.clauses),
          committed: formatInteger(total.committedHires), delivered: formatCountCell(total.delivered),
        })}
      </p>
      {figures.byYear.length > 0 && (
        <div>
          <table>
            <caption>{t('byYearCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col" className="num">{t('tenders')}</th>
                <th scope="col" className="num">{t('suitable')}</th>
                <th scope="col" className="num">{t('committedShort')}</th>
                <th scope="col" className="num">{t('deliveredShort')}</th>
                <th scope="col" className="num">{t('hiredInYear')}</th>
                <th scope="col" className="num">{t('after6')}</th>
                <th scope="col" className="num">{t('after12')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row" className="bg-transparent font-normal">{y.year}</th>
                  <td className="num">{formatInteger(y.tenders)}</td>
                  <td className="num">{formatInteger(y.suitable)}</td>
                  <td className="num">{formatInteger(y.committedHires)}</td>
                  <td className="num">{formatCountCell(y.delivered)}</td>
                  <td className="num">{formatCountCell(y.hiredInYear)}</td>
                  <td className="num"><RetentionCell retention={y.after6} /></td>
                  <td className="num"><RetentionCell retention={y.after12} /></td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="bg-transparent">{t('total')}</th>
                <td className="num font-semibold">{formatInteger(total.tenders)}</td>
                <td className="num font-semibold">{formatInteger(total.suitable)}</td>
                <td className="num font-semibold">{formatInteger(total.committedHires)}</td>
                <td className="num font-semibold">{formatCountCell(total.delivered)}</td>
                <td className="num font-semibold">{formatCountCell(total.delivered)}</td>
                <td className="num font-semibold"><RetentionCell retention={total.after6} /></td>
                <td className="num font-semibold"><RetentionCell retention={total.after12} /></td>
              </tr>
            </tbody>
          </table>
          <p className="mt-1 text-sm text-muted">{t('hiredInYearHint')}</p>
        </div>
      )}
      {figures.byContractor.length > 0 && (
        <div>
          <table>
            <caption>{t('byContractorCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contractor')}</th>
                <th scope="col" className="num">{t('clauses')}</th>
                <th scope="col" className="num">{t('committedShort')}</th>
                <th scope="col" className="num">{t('deliveredShort')}</th>
                <th scope="col" className="num">{t('after6')}</th>
                <th scope="col" className="num">{t('after12')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byContractor.map((c) => (
                <tr key={c.contractor ?? ''}>
                  <th scope="row" className="bg-transparent font-normal">{c.contractor ?? t('noContractor')}</th>
                  <td className="num">{formatInteger(c.clauses)}</td>
                  <td className="num">{formatInteger(c.committedHires)}</td>
                  <td className="num">{formatCountCell(c.delivered)}</td>
                  <td className="num"><RetentionCell retention={c.after6} /></td>
                  <td className="num"><RetentionCell retention={c.after12} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {anySuppressed(figures) && <p className="text-sm text-muted">{t('suppressedNote')}</p>}
    </section>
  );
}

/** "5 von 6": still employed of the checks recorded. Once either is suppressed the cell is only "< 5", without the recorded checks beside it. */
export async function RetentionCell({ retention }: { retention: Retention }) {
  const t = await getTranslations('procurement');
  if (retention.recorded.suppressed || retention.still.suppressed) return <>{formatCountCell({ value: null, suppressed: true })}</>;
  return <>{t('retention', { still: formatInteger(retention.still.value), recorded: formatInteger(retention.recorded.value) })}</>;
}
