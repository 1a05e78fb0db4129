'use client';
import { useActionState } from 'react';
import { enterPhaseAction, type PhaseFormState } from '@/lib/casework/actions';
import { CaseworkForm, formFields } from './casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

interface Option {
  value: string;
  label: string;
}

export interface PhaseFormProps {
  enrolmentId: string;
  version: number;
  hint: string;
  phases: Option[];
  instruments: Option[];
  employers: Option[];
  exitReasons: Option[];
  texts: Record<string, string>;
  today: string;
}

export function PhaseForm({ enrolmentId, version, hint, phases, instruments, employers, exitReasons, texts: t, today }: PhaseFormProps) {
  const [state, action, pending] = useActionState<PhaseFormState, FormData>(enterPhaseAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const limits = state.status === 'error' || state.status === 'confirm' ? state.limits : [];
  const id = (name: string) => `${name}-${enrolmentId}`;
  return (
    <CaseworkForm
      action={action}
      enrolmentId={enrolmentId}
      version={version}
      fields={fields}
      summaryTitle={t.errorSummary!}
      idFor={id}
    >
      {state.status === 'confirm' && (
        <div role="alert" className="mb-4 border-l-4 border-action bg-info-bg p-4">
          <p className="font-semibold">{t.warningsTitle}</p>
          <ul className="list-disc pl-6 mb-3">
            {state.warnings.map((w) => <li key={w.code + w.field}>{w.message}</li>)}
          </ul>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="warningsConfirmed" value="ja" className="size-5" />
            {t.confirmWarnings}
          </label>
        </div>
      )}
      {limits.length > 0 && (
        <section aria-label={t.limitsTitle} className="mb-4 border-l-4 border-line bg-hued p-4">
          <p className="font-semibold">{t.limitsTitle}</p>
          <ul className="list-disc pl-6">
            {limits.map((l) => <li key={l.instrument}>{l.message}</li>)}
          </ul>
        </section>
      )}
      <SelectField id={id('kind')} name="kind" label={t.phase!} hint={hint} defaultValue={value('kind')} error={errors.kind}>
        <option value="">{t.choose}</option>
        {phases.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('startDate')} name="startDate" type="date" label={t.startDate!} defaultValue={value('startDate', today)} error={errors.startDate} />
      <TextField id={id('plannedEndDate')} name="plannedEndDate" type="date" label={t.plannedEndDate!} defaultValue={value('plannedEndDate')} error={errors.plannedEndDate} />
      <SelectField id={id('instrument')} name="instrument" label={t.instrument!} defaultValue={value('instrument')} error={errors.instrument}>
        <option value="">{t.noInstrument}</option>
        {instruments.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <SelectField id={id('employerId')} name="employerId" label={t.employer!} defaultValue={value('employerId')} error={errors.employerId}>
        <option value="">{t.noEmployer}</option>
        {employers.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('hoursPerWeek')} name="hoursPerWeek" inputMode="decimal" label={t.hoursPerWeek!} defaultValue={value('hoursPerWeek')} error={errors.hoursPerWeek} />
      <TextField id={id('monthlyWage')} name="monthlyWage" inputMode="decimal" label={t.monthlyWage!} defaultValue={value('monthlyWage')} error={errors.monthlyWage} />
      <SelectField id={id('exitReason')} name="exitReason" label={t.exitReason!} defaultValue={value('exitReason')} error={errors.exitReason}>
        <option value="">{t.noExitReason}</option>
        {exitReasons.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.saving : t.save}
      </button>
    </CaseworkForm>
  );
}
