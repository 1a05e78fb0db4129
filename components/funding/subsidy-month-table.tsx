import { getTranslations } from 'next-intl/server';
import type { SubsidySchedule } from '@/lib/funding/subsidy';
import { formatEuroCents } from '@/lib/funding/subsidy-format';

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const distinct = <T,>(values: T[]) => [...new Set(values)];

/** Month by month: what the calculator did, so a reader can follow every figure. */
export async function SubsidyMonthTable({ schedule, caption }: { schedule: SubsidySchedule; caption: string }) {
  const t = await getTranslations('subsidy.months');
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('month')}</th>
            <th scope="col" className="num">{t('days')}</th>
            <th scope="col" className="num">{t('hourly')}</th>
            <th scope="col" className="num">{t('baseWage')}</th>
            <th scope="col" className="num">{t('employerShare')}</th>
            <th scope="col" className="num">{t('eligible')}</th>
            <th scope="col" className="num">{t('rate')}</th>
            <th scope="col" className="num">{t('subsidy')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="font-normal">{MONTH.format(new Date(`${m.month}-01T00:00:00Z`))}</th>
              <td className="num">{m.days === m.daysInMonth ? t('fullMonth') : t('partMonth', { days: m.days, of: m.daysInMonth })}</td>
              <td className="num">{distinct(m.segments.map((s) => (s.wageSource === 'MISSING' ? t('noMinimumWage') : formatEuroCents(s.hourlyCents)))).join(' / ')}</td>
              <td className="num">{formatEuroCents(m.baseWageCents)}</td>
              <td className="num">{formatEuroCents(m.employerShareCents)}</td>
              <td className="num">{formatEuroCents(m.eligibleCents)}</td>
              <td className="num">{distinct(m.segments.map((s) => `${s.subsidyPercent} %`)).join(' / ')}</td>
              <td className="num">{formatEuroCents(m.subsidyCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {schedule.years.map((y) => (
            <tr key={y.year}>
              <th scope="row" colSpan={3}>{t('year', { year: y.year })}</th>
              <td className="num">{formatEuroCents(y.baseWageCents)}</td>
              <td className="num">{formatEuroCents(y.employerShareCents)}</td>
              <td className="num">{formatEuroCents(y.eligibleCents)}</td>
              <td />
              <td className="num">{formatEuroCents(y.subsidyCents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" colSpan={3}>{t('total')}</th>
            <td className="num font-semibold">{formatEuroCents(schedule.total.baseWageCents)}</td>
            <td className="num font-semibold">{formatEuroCents(schedule.total.employerShareCents)}</td>
            <td className="num font-semibold">{formatEuroCents(schedule.total.eligibleCents)}</td>
            <td />
            <td className="num font-semibold">{formatEuroCents(schedule.total.subsidyCents)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
