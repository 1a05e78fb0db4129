import { getTranslations } from 'next-intl/server';
import { Disclosure } from '@/components/ui/disclosure';
import type { ParticipantView } from '@/lib/participants/get-participant';
import { PhaseForm } from './phase-form';

const TEXT_KEYS = [
  'phase', 'startDate', 'plannedEndDate', 'instrument', 'noInstrument', 'employer', 'noEmployer', 'hoursPerWeek',
  'monthlyWage', 'exitReason', 'noExitReason', 'save', 'saving', 'errorSummary', 'warningsTitle', 'confirmWarnings', 'limitsTitle', 'choose',
] as const;

export async function PhaseFormSection({ enrolment }: { enrolment: ParticipantView['enrolments'][number] }) {
  const [t, phases, participants] = await Promise.all([getTranslations('casework'), getTranslations('phases'), getTranslations('participants')]);
  const allowed = enrolment.allowedNext.map((k) => phases(k)).join(', ');
  const hint = enrolment.currentPhase ? t('allowedAfter', { current: phases(enrolment.currentPhase), allowed }) : t('allowedFirst', { allowed });
  return (
    <Disclosure summary={t('newPhase')}>
      <PhaseForm
        enrolmentId={enrolment.id}
        version={enrolment.version}
        hint={hint}
        phases={enrolment.projectPhases.map((k) => ({ value: k, label: phases(k) }))}
        instruments={(['PARA_16D', 'PARA_16E', 'PARA_16I'] as const).map((v) => ({ value: v, label: t(`instruments.${v}`) }))}
        employers={enrolment.employers.map((e) => ({ value: e.id, label: e.name }))}
        exitReasons={(['REGULAR_JOB', 'SUBSIDISED_JOB_ENDED', 'COMPLETED', 'DROPPED_OUT', 'ILLNESS', 'MOVED', 'OTHER'] as const).map((v) => ({ value: v, label: participants(`exitReasons.${v}`) }))}
        texts={Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]))}
        today={new Date().toISOString().slice(0, 10)}
      />
    </Disclosure>
  );
}
