import { getTranslations } from 'next-intl/server';
import type { PositionSchedule } from '@/lib/funding/subsidy-queries';
import { formatEuroCents, formatHoursTenths } from '@/lib/funding/subsidy-format';
import { formatDay, formatInteger } from '@/lib/format';
import { Disclosure } from '@/components/ui/disclosure';
import { SubsidyMonthTable } from './subsidy-month-table';

/** The plan: each subsidised position filled from the project's start, per position and in total. */
export async function PositionSchedules({ positions }: { positions: PositionSchedule[] }) {
  const t = await getTranslations('subsidy');
  if (positions.length === 0) return <p>{t('positions.none')}</p>;
  const wage = (p: PositionSchedule) => (p.wage.kind === 'COLLECTIVE_AGREEMENT' ? t('wage.agreed', { amount: formatEuroCents(p.wage.hourlyCents) }) : t('wage.minimum'));
  return (
    <>
      <>
        <table>
          <caption>{t('positions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('positions.employer')}</th>
              <th scope="col">{t('positions.field')}</th>
              <th scope="col" className="num">{t('positions.count')}</th>
              <th scope="col">{t('instrument')}</th>
              <th scope="col" className="num">{t('hours')}</th>
              <th scope="col">{t('wage.label')}</th>
              <th scope="col">{t('term')}</th>
              <th scope="col" className="num">{t('positions.perPosition')}</th>
              <th scope="col" className="num">{t('positions.all')}</th>
            </tr>
          </thead>
          <tbody>
            {positions.map((p) => (
              <tr key={p.positionId}>
                <th scope="row" className="font-normal">{p.employer}</th>
                <td>{p.occupationalField}</td>
                <td className="num">{formatInteger(p.count)}</td>
                <td>{t(`instruments.${p.instrument}`)}</td>
                <td className="num">{p.hoursPerWeekTenths ? formatHoursTenths(p.hoursPerWeekTenths) : t('missingHours')}</td>
                <td>{wage(p)}</td>
                <td>{p.schedule ? `${formatDay(p.schedule.start)} – ${formatDay(p.schedule.end)}` : '–'}</td>
                <td className="num">{p.schedule ? formatEuroCents(p.schedule.total.subsidyCents) : '–'}</td>
                <td className="num">{p.schedule ? formatEuroCents(p.schedule.total.subsidyCents * p.count) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
      {positions.map((p) =>
        p.schedule ? (
          <Disclosure key={p.positionId} summary={t('positions.monthly', { employer: p.employer, field: p.occupationalField })}>
            <SubsidyMonthTable schedule={p.schedule} caption={t('positions.monthlyCaption', { employer: p.employer, field: p.occupationalField })} />
          </Disclosure>
        ) : null,
      )}
    </>
  );
}
