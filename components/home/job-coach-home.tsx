import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { listAssignedParticipants } from '@/lib/casework/queries';
import { formatDay, formatInteger } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';
import { WorklistSection } from '@/components/casework/worklist-section';

export async function JobCoachHome({ actor }: { actor: ActorContext }) {
  const [t, { active, rows }] = await Promise.all([getTranslations(), listAssignedParticipants(actor)]);
  return (
    <div className="space-y-10">
    <WorklistSection actor={actor} />
    <section aria-labelledby="teilnehmende" className="space-y-6">
      <h2 id="teilnehmende">{t('jobCoach.heading')}</h2>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <StatCard label={t('jobCoach.assigned')} value={formatInteger(active)} />
      </dl>
      {rows.length === 0 ? (
        <p>{t('jobCoach.none')}</p>
      ) : (
        <table>
          <caption>{t('jobCoach.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobCoach.pseudonym')}</th>
              <th scope="col">{t('jobCoach.project')}</th>
              <th scope="col">{t('jobCoach.phase')}</th>
              <th scope="col">{t('jobCoach.since')}</th>
              <th scope="col">{t('jobCoach.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.enrolmentId}>
                <td>{a.pseudonym}</td>
                <td>{a.project}</td>
                <td>{t(`phases.${a.phase ?? 'NONE'}`)}</td>
                <td>{a.phaseSince ? formatDay(a.phaseSince) : '–'}</td>
                <td>{a.exitedAt ? t('jobCoach.exited', { date: formatDay(a.exitedAt) }) : t('jobCoach.active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
    </div>
  );
}
