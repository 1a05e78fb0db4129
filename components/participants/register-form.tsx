'use client';
import { useActionState } from 'react';
import Link from 'next/link';
import { registerParticipantAction } from '@/lib/participants/actions';
import type { ActionState, RegisterField } from '@/lib/participants/schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

interface Option {
  value: string;
  label: string;
}

export interface RegisterFormProps {
  texts: Record<string, string>;
  projects: Option[];
  jobCoaches: (Option & { group: string })[];
  sexes: Option[];
  educationLevels: Option[];
  today: string;
}

export function RegisterForm({ texts: t, projects, jobCoaches, sexes, educationLevels, today }: RegisterFormProps) {
  const [state, action, pending] = useActionState<ActionState<RegisterField>, FormData>(registerParticipantAction, { status: 'idle' });
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'idle' ? {} : (state.values ?? {});
  const value = (name: string, fallback = '') => values[name] ?? fallback;
  const onlyNameMatches = state.status === 'duplicate' && state.duplicates.every((d) => d.reason === 'NAME_AND_BIRTH_DATE');
  const groups = [...new Set(jobCoaches.map((c) => c.group))];

  return (
    // key: after a server answer the uncontrolled inputs take the returned values
    <form action={action} noValidate key={JSON.stringify(values)} className="max-w-2xl">
      <ErrorSummary
        title={t.errorSummary!}
        message={state.status === 'error' ? state.message : null}
        errors={Object.entries(errors) as [string, string][]}
      />
      {state.status === 'duplicate' && (
        <section role="alert" aria-labelledby="dubletten" className="mb-6 border-l-4 border-action bg-info-bg p-4">
          <h2 id="dubletten" className="text-lg mb-2">{state.message}</h2>
          <ul className="mb-3 space-y-1">
            {state.duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/teilnehmende/${d.id}`}>{`${d.name}, ${t.born} ${d.birthDate.split('-').reverse().join('.')}, ${t.customerNumber} ${d.customerNumber} (${d.pseudonym})`}</Link>
              </li>
            ))}
          </ul>
          {onlyNameMatches && (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirmedDifferentPerson" value="ja" className="size-5" />
              {t.confirmDifferent}
            </label>
          )}
        </section>
      )}

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.personHeading}</legend>
        <p className="mb-4 text-sm text-muted">{t.personHint}</p>
        <TextField name="firstName" label={t.firstName!} autoComplete="off" defaultValue={value('firstName')} error={errors.firstName} />
        <TextField name="lastName" label={t.lastName!} autoComplete="off" defaultValue={value('lastName')} error={errors.lastName} />
        <TextField name="birthDate" type="date" label={t.birthDate!} defaultValue={value('birthDate')} error={errors.birthDate} />
        <TextField name="customerNumber" label={t.customerNumber!} hint={t.customerNumberHint} autoComplete="off" defaultValue={value('customerNumber')} error={errors.customerNumber} />
        <TextField name="street" label={t.street!} autoComplete="off" defaultValue={value('street')} error={errors.street} />
        <TextField name="postalCode" label={t.postalCode!} inputMode="numeric" autoComplete="off" defaultValue={value('postalCode')} error={errors.postalCode} />
        <TextField name="city" label={t.city!} autoComplete="off" defaultValue={value('city')} error={errors.city} />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.statisticsHeading}</legend>
        <SelectField name="sex" label={t.sex!} defaultValue={value('sex')} error={errors.sex}>
          <option value="">{t.choose}</option>
          {sexes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
        <SelectField name="educationLevel" label={t.educationLevel!} defaultValue={value('educationLevel')} error={errors.educationLevel}>
          <option value="">{t.choose}</option>
          {educationLevels.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
        <TextField name="unemployedSince" type="date" label={t.unemployedSince!} hint={t.unemployedSinceHint} defaultValue={value('unemployedSince')} error={errors.unemployedSince} />
        <TextField name="benefitYearsInLast7" type="number" min={0} max={7} label={t.benefitYears!} hint={t.benefitYearsHint} defaultValue={value('benefitYearsInLast7')} error={errors.benefitYearsInLast7} />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.enrolmentHeading}</legend>
        <SelectField name="projectId" label={t.project!} defaultValue={value('projectId')} error={errors.projectId}>
          <option value="">{t.choose}</option>
          {projects.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
        <TextField name="enrolledAt" type="date" label={t.enrolledAt!} defaultValue={value('enrolledAt', today)} error={errors.enrolledAt} />
        <SelectField name="jobCoachId" label={t.jobCoach!} hint={t.jobCoachHint} defaultValue={value('jobCoachId')} error={errors.jobCoachId}>
          <option value="">{t.noJobCoach}</option>
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {jobCoaches.filter((c) => c.group === group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          ))}
        </SelectField>
      </fieldset>

      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
