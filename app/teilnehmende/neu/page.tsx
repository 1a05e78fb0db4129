import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { getRegistrationOptions } from '@/lib/participants/queries';
import { formatDay } from '@/lib/format';
import { RegisterForm } from '@/components/participants/register-form';

export const metadata: Metadata = { title: 'Teilnehmende registrieren' };

const TEXT_KEYS = [
  'errorSummary', 'personHeading', 'personHint', 'firstName', 'lastName', 'birthDate', 'customerNumber', 'customerNumberHint',
  'street', 'postalCode', 'city', 'statisticsHeading', 'sex', 'educationLevel', 'unemployedSince', 'unemployedSinceHint',
  'benefitYears', 'benefitYearsHint', 'enrolmentHeading', 'project', 'enrolledAt', 'jobCoach', 'jobCoachHint', 'noJobCoach',
  'choose', 'submit', 'submitting', 'born', 'confirmDifferent',
] as const;

export default async function RegisterParticipantPage() {
  const actor = await requireActor();
  const options = await getRegistrationOptions(actor);
  if (!options) notFound();
  const t = await getTranslations('participants');
  const today = new Date().toISOString().slice(0, 10);
  const projectName = new Map(options.projects.map((p) => [p.id, p.name]));
  return (
    <>
      <h1 className="mb-2">{t('register')}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t('registerIntro')}</p>
      <RegisterForm
        texts={Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]))}
        projects={options.projects.map((p) => ({
          value: p.id,
          label: p.endDate && p.endDate.toISOString().slice(0, 10) < today ? t('ended', { name: p.name, date: formatDay(p.endDate) }) : p.name,
        }))}
        jobCoaches={options.jobCoaches.map((c) => ({ value: c.id, label: c.name, group: projectName.get(c.projectId) ?? '' }))}
        sexes={(['FEMALE', 'MALE', 'DIVERSE'] as const).map((v) => ({ value: v, label: t(`sexes.${v}`) }))}
        educationLevels={(['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'] as const).map((v) => ({ value: v, label: t(`education.${v}`) }))}
        today={today}
      />
    </>
  );
}
