import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { getParticipant } from '@/lib/participants/get-participant';
import { formatDay } from '@/lib/format';
import { TimelineList } from '@/components/participants/timeline-list';
import { PhaseFormSection } from '@/components/casework/phase-form-section';
import { ActivityFormsSection } from '@/components/casework/activity-forms-section';
import { FollowUpFormSection } from '@/components/casework/follow-up-form-section';
import { activityOpen, berlinToday } from '@/lib/casework/activity-window';
import { can } from '@/lib/auth/permissions';

export const metadata: Metadata = { title: 'Teilnehmende' };

export default async function ParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const participant = await orNotFound(getParticipant(actor, id));
  const t = await getTranslations('participants');
  const identity = participant.identity;
  return (
    <>
      <h1 className="mb-1">{identity ? `${identity.firstName} ${identity.lastName}` : participant.pseudonym}</h1>
      <p className="mb-6 text-muted">
        {t('pseudonym')}: {participant.pseudonym}
      </p>
      <section aria-labelledby="person" className="mb-8">
        <h2 id="person" className="mb-3">{t('identity')}</h2>
        {participant.identityDeletedAt ? (
          <p>{t('identityDeleted', { date: formatDay(berlinToday(participant.identityDeletedAt)) })}</p>
        ) : identity ? (
          <dl className="grid max-w-2xl grid-cols-[12rem_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t('birthDate')}</dt>
            <dd>{formatDay(identity.birthDate)}</dd>
            <dt className="font-semibold">{t('customerNumber')}</dt>
            <dd>{identity.customerNumber}</dd>
            {(identity.street || identity.city) && (
              <>
                <dt className="font-semibold">{t('address')}</dt>
                <dd>{[identity.street, [identity.postalCode, identity.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>
            {t('birthYear')}: {participant.birthYear}
          </p>
        )}
      </section>
      <section aria-labelledby="zuweisungen">
        <h2 id="zuweisungen" className="mb-3">{t('enrolments')}</h2>
        {participant.enrolments.map((e) => (
          <article key={e.id} aria-labelledby={`zuweisung-${e.id}`} className="mb-8">
            <h3 id={`zuweisung-${e.id}`} className="mb-1">{e.project}</h3>
            <p className="mb-3 text-muted">
              {t('caseworker')}: {e.caseworker ?? t('noCaseworker')}
              {e.jobCoach && ` · ${t('coach')}: ${e.jobCoach}`}
            </p>
            {can(actor, 'casework.write') && !e.exitedAt && <PhaseFormSection enrolment={e} />}
            {can(actor, 'casework.write') && activityOpen(e.exitedAt) && <ActivityFormsSection enrolment={e} />}
            {can(actor, 'casework.write') && e.openFollowUps.length > 0 && <FollowUpFormSection enrolment={e} />}
            <h4 id={`verlauf-${e.id}`} className="sr-only">{`${t('timeline')} ${e.project}`}</h4>
            <TimelineList entries={e.timeline} labelledBy={`verlauf-${e.id}`} />
          </article>
        ))}
      </section>
    </>
  );
}
