import { getTranslations } from 'next-intl/server';
import { Disclosure } from '@/components/ui/disclosure';
import type { ParticipantView } from '@/lib/participants/get-participant';
import { activityClosesAfter, berlinToday } from '@/lib/casework/activity-window';
import { CONTACT_KINDS, SERVICE_KINDS, SERVICE_STATUSES } from '@/lib/casework/contact-schema';
import { formatDay } from '@/lib/format';
import { ContactForm } from './contact-form';
import { SupportServiceForm } from './support-service-form';

const TEXT_KEYS = [
  'occurredAt', 'contactKind', 'durationMinutes', 'durationHint', 'note', 'noteHint', 'saveContact',
  'serviceKind', 'serviceKindHint', 'status', 'startDate', 'endDate', 'provider', 'serviceNote', 'serviceNoteHint', 'saveService',
  'saving', 'errorSummary', 'choose',
] as const;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Contacts and support services of one enrolment; the page decides whether to render it. */
export async function ActivityFormsSection({ enrolment }: { enrolment: ParticipantView['enrolments'][number] }) {
  const [t, participants] = await Promise.all([getTranslations('activity'), getTranslations('participants')]);
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]));
  const today = isoDay(berlinToday());
  return (
    <>
      {enrolment.exitedAt && <p className="mb-4 text-muted">{t('aftercareWindow', { date: formatDay(activityClosesAfter(enrolment.exitedAt)) })}</p>}
      <Disclosure summary={t('logContact')}>
        <ContactForm
          enrolmentId={enrolment.id}
          version={enrolment.version}
          kinds={CONTACT_KINDS.map((k) => ({ value: k, label: participants(`contactKinds.${k}`) }))}
          texts={texts}
          today={today}
          enrolledAt={isoDay(enrolment.enrolledAt)}
        />
      </Disclosure>
      <Disclosure summary={t('recordService')}>
        <SupportServiceForm
          enrolmentId={enrolment.id}
          version={enrolment.version}
          kinds={SERVICE_KINDS.map((k) => ({ value: k, label: participants(`serviceKinds.${k}`) }))}
          statuses={SERVICE_STATUSES.map((k) => ({ value: k, label: participants(`serviceStatus.${k}`) }))}
          texts={texts}
          today={today}
        />
      </Disclosure>
    </>
  );
}
