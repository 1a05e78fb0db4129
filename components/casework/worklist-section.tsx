import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { getWorklist, WORKLIST } from '@/lib/casework/worklist';
import { formatDay, formatInteger } from '@/lib/format';

export async function WorklistSection({ actor }: { actor: ActorContext }) {
  const [t, worklist] = await Promise.all([getTranslations('worklist'), getWorklist(actor)]);
  if (!worklist) return null;
  const link = (r: { participantId: string; pseudonym: string }) => <Link href={`/teilnehmende/${r.participantId}`}>{r.pseudonym}</Link>;
  return (
    <section aria-labelledby="arbeitsliste" className="space-y-6">
      <h2 id="arbeitsliste">{t('heading')}</h2>
      <p className="text-muted">{t('intro')}</p>

      <table>
        <caption>{t('followUpsCaption', { days: WORKLIST.followUpHorizonDays, count: worklist.followUps.length })}</caption>
        <thead>
          <tr><th scope="col">{t('person')}</th><th scope="col">{t('project')}</th><th scope="col">{t('followUp')}</th><th scope="col">{t('due')}</th></tr>
        </thead>
        <tbody>
          {worklist.followUps.length === 0 && <tr><td colSpan={4}>{t('noFollowUps')}</td></tr>}
          {worklist.followUps.map((r) => (
            <tr key={`${r.enrolmentId}-${r.monthsAfter}`}>
              <td>{link(r)}</td><td>{r.project}</td><td>{t('afterMonths', { months: r.monthsAfter })}</td><td>{formatDay(r.dueAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table>
        <caption>{t('contactsCaption', { days: WORKLIST.contactWindowDays, count: worklist.contacts.length })}</caption>
        <thead>
          <tr><th scope="col">{t('person')}</th><th scope="col">{t('project')}</th><th scope="col" className="num">{t('contacts')}</th><th scope="col">{t('lastContact')}</th></tr>
        </thead>
        <tbody>
          {worklist.contacts.length === 0 && <tr><td colSpan={4}>{t('noContacts')}</td></tr>}
          {worklist.contacts.map((r) => (
            <tr key={r.enrolmentId}>
              <td>{link(r)}</td><td>{r.project}</td>
              <td className="num">{t('ofTarget', { count: formatInteger(r.recentContacts), target: formatInteger(r.target) })}</td>
              <td>{r.lastContactAt ? formatDay(r.lastContactAt) : t('never')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table>
        <caption>{t('aftercareCaption', { days: WORKLIST.aftercareHorizonDays, count: worklist.aftercare.length })}</caption>
        <thead>
          <tr><th scope="col">{t('person')}</th><th scope="col">{t('project')}</th><th scope="col">{t('endsAt')}</th></tr>
        </thead>
        <tbody>
          {worklist.aftercare.length === 0 && <tr><td colSpan={3}>{t('noAftercare')}</td></tr>}
          {worklist.aftercare.map((r) => (
            <tr key={r.enrolmentId}><td>{link(r)}</td><td>{r.project}</td><td>{formatDay(r.endsAt)}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
