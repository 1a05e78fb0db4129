import { getTranslations } from 'next-intl/server';
import { Disclosure } from '@/components/ui/disclosure';
import type { ParticipantView } from '@/lib/participants/get-participant';
import { berlinToday } from '@/lib/casework/activity-window';
import { formatDay } from '@/lib/format';
import { FollowUpForm } from './follow-up-form';

const TEXT_KEYS = ['followUp', 'completedAt', 'stillEmployedQuestion', 'needsCoveringQuestion', 'yes', 'no', 'saveFollowUp', 'saving', 'errorSummary'] as const;

/** The open 6- and 12-month follow-ups of one enrolment; the page decides whether to render it. */
export async function FollowUpFormSection({ enrolment }: { enrolment: ParticipantView['enrolments'][number] }) {
  const t = await getTranslations('activity');
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]));
  const followUps = enrolment.openFollowUps.map((f) => ({ value: f.id, label: t('followUpOption', { months: f.monthsAfter, date: formatDay(f.dueAt) }) }));
  return (
    <Disclosure summary={t('recordFollowUp')}>
      <FollowUpForm enrolmentId={enrolment.id} version={enrolment.version} followUps={followUps} texts={texts} today={berlinToday().toISOString().slice(0, 10)} />
    </Disclosure>
  );
}
