import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ParticipantSchedule } from '@/lib/funding/subsidy-participants';
import { formatEuroCents, formatHoursTenths } from '@/lib/funding/subsidy-format';
import { formatDay, formatInteger } from '@/lib/format';
import { Disclosure } from '@/components/ui/disclosure';
import { SubsidyMonthTable } from './subsidy-month-table';

interface Props {
  projectId: string;
  list: { rows: ParticipantSchedule[]; total: number; page: number; pages: number };
}

/** Per participant, pseudonymous: the pseudonym only, never a name. */
export async function ParticipantSchedules({ projectId, list }: Props) {
  const t = await getTranslations('subsidy');
  if (list.total === 0) return <p>{t('participants.none')}</p>;
  const wage = (p: ParticipantSchedule) => (p.wage.kind === 'COLLECTIVE_AGREEMENT' ? t('wage.agreed', { amount: formatEuroCents(p.wage.hourlyCents) }) : t('wage.minimum'));
  const href = (page: number) => `/projekte/${projectId}/foerderung?seite=${page}#teilnehmende`;
  return (
    <>
      <>
        <table>
          <caption>{t('participants.caption', { page: list.page, pages: list.pages, total: formatInteger(list.total) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participants.pseudonym')}</th>
              <th scope="col">{t('positions.employer')}</th>
              <th scope="col">{t('instrument')}</th>
              <th scope="col">{t('term')}</th>
              <th scope="col" className="num">{t('hours')}</th>
              <th scope="col">{t('wage.label')}</th>
              <th scope="col" className="num">{t('participants.subsidy')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((p) => (
              <tr key={p.phaseId}>
                <th scope="row" className="font-normal">{p.pseudonym}</th>
                <td>{p.employer ?? '–'}</td>
                <td>{t(`instruments.${p.instrument}`)}</td>
                <td>{`${formatDay(p.start)} – ${p.schedule ? formatDay(p.schedule.end) : p.end ? formatDay(p.end) : t('open')}`}{!p.end && p.schedule ? ` ${t('participants.openTerm')}` : ''}</td>
                <td className="num">{p.hoursPerWeekTenths ? formatHoursTenths(p.hoursPerWeekTenths) : t('missingHours')}</td>
                <td>{wage(p)}</td>
                <td className="num">{p.schedule ? formatEuroCents(p.schedule.total.subsidyCents) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
      {list.pages > 1 && (
        <nav aria-label={t('participants.pagination')} className="flex gap-4">
          {list.page > 1 && <Link href={href(list.page - 1)}>{t('participants.previous')}</Link>}
          <span>{t('participants.pageOf', { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && <Link href={href(list.page + 1)}>{t('participants.next')}</Link>}
        </nav>
      )}
      {list.rows.map((p) =>
        p.schedule ? (
          <Disclosure key={p.phaseId} summary={t('participants.monthly', { pseudonym: p.pseudonym })}>
            <SubsidyMonthTable schedule={p.schedule} caption={t('participants.monthlyCaption', { pseudonym: p.pseudonym })} />
          </Disclosure>
        ) : null,
      )}
    </>
  );
}
