'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createPositionAction, deletePositionAction, updatePositionAction, type EmployerFormState } from '@/lib/employers/actions';
import { SUBSIDY_INSTRUMENTS } from '@/lib/employers/schema';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { FormFrame, SubmitButton, formView } from './form-frame';

export interface PositionValues {
  id: string;
  version: number;
  employerId: string;
  count: number;
  occupationalField: string;
  fullTime: boolean;
  hoursPerWeek: string | null;
  instrument: string;
  hourlyWageCents: number | null;
  collectiveAgreement: boolean;
}

/** Cents as the German amount a person types ("13,90"). */
const euros = (cents: number | null) => (cents === null ? '' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

export function PositionForm({ projectId, employers, position }: { projectId: string; employers: { id: string; name: string }[]; position?: PositionValues }) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(position ? updatePositionAction : createPositionAction, { status: 'idle' });
  const { errors, value } = formView(state);
  const id = (name: string) => `stelle-${name}-${position?.id ?? 'neu'}`;
  const hidden: Record<string, string | number> = position ? { projectId, positionId: position.id, version: position.version } : { projectId };
  return (
    <FormFrame state={state} action={action} hidden={hidden} idFor={id} resetOnSave={!position}>
      <SelectField id={id('employerId')} name="employerId" label={t('positionForm.employer')} defaultValue={value('employerId', position?.employerId)} error={errors.employerId}>
        <option value="">{t('form.choose')}</option>
        {employers.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
      </SelectField>
      <TextField id={id('count')} name="count" type="number" inputMode="numeric" min={1} step={1} label={t('positionForm.count')} defaultValue={value('count', position ? String(position.count) : '')} error={errors.count} />
      <TextField id={id('occupationalField')} name="occupationalField" label={t('positionForm.field')} defaultValue={value('occupationalField', position?.occupationalField)} error={errors.occupationalField} />
      <RadioGroupField
        id={id('workingTime')} name="workingTime" legend={t('positionForm.workingTime')} error={errors.workingTime}
        defaultValue={value('workingTime', position ? (position.fullTime ? 'FULL' : 'PART') : 'FULL')}
        options={[{ value: 'FULL', label: t('positionForm.fullTime') }, { value: 'PART', label: t('positionForm.partTime') }]}
      />
      <TextField
        id={id('hoursPerWeek')} name="hoursPerWeek" inputMode="decimal" label={t('positionForm.hours')} hint={t('positionForm.hoursHint')}
        defaultValue={value('hoursPerWeek', position?.hoursPerWeek?.replace('.', ',') ?? '')} error={errors.hoursPerWeek}
      />
      <SelectField id={id('instrument')} name="instrument" label={t('positionForm.instrument')} defaultValue={value('instrument', position?.instrument)} error={errors.instrument}>
        <option value="">{t('form.choose')}</option>
        {SUBSIDY_INSTRUMENTS.map((i) => <option key={i} value={i}>{t(`instruments.${i}`)}</option>)}
      </SelectField>
      <TextField
        id={id('hourlyWage')} name="hourlyWage" inputMode="decimal" label={t('positionForm.wage')} hint={t('positionForm.wageHint')}
        defaultValue={value('hourlyWage', euros(position?.hourlyWageCents ?? null))} error={errors.hourlyWage}
      />
      <div className="mb-5 flex items-start gap-2">
        <input
          type="checkbox" id={id('collectiveAgreement')} name="collectiveAgreement" value="ja" className="mt-1 size-5"
          defaultChecked={state.status === 'error' ? state.values.collectiveAgreement === 'ja' : (position?.collectiveAgreement ?? false)}
        />
        <label htmlFor={id('collectiveAgreement')}>{t('positionForm.collective')}</label>
      </div>
      <SubmitButton pending={pending} label={position ? t('form.save') : t('positionForm.create')} pendingLabel={t('form.saving')} />
    </FormFrame>
  );
}

export function DeletePositionForm({ projectId, positionId, version, label }: { projectId: string; positionId: string; version: number; label: string }) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(deletePositionAction, { status: 'idle' });
  return (
    <FormFrame state={state} action={action} hidden={{ projectId, positionId, version }} idFor={(f) => `loeschen-${f}-${positionId}`}>
      <button type="submit" disabled={pending} aria-busy={pending} className="cursor-pointer rounded border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-danger-bg disabled:opacity-70">
        {pending ? t('positionForm.deleting') : label}
      </button>
    </FormFrame>
  );
}
