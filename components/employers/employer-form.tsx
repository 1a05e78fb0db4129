'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createEmployerAction, updateEmployerAction, type EmployerFormState } from '@/lib/employers/actions';
import { EMPLOYER_KINDS } from '@/lib/employers/schema';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { FormFrame, SubmitButton, formView } from './form-frame';

export interface EmployerFormProps {
  /** Absent: a new employer. */
  employer?: { id: string; version: number; name: string; kind: string; city: string; district: string | null; occupationalFields: string[] };
}

export function EmployerForm({ employer }: EmployerFormProps) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(employer ? updateEmployerAction : createEmployerAction, { status: 'idle' });
  const { errors, value } = formView(state);
  const id = (name: string) => `arbeitgeber-${name}`;
  return (
    <FormFrame state={state} action={action} hidden={employer ? { employerId: employer.id, version: employer.version } : {}} idFor={id}>
      <TextField id={id('name')} name="name" label={t('form.name')} autoComplete="organization" defaultValue={value('name', employer?.name)} error={errors.name} />
      <SelectField id={id('kind')} name="kind" label={t('form.kind')} defaultValue={value('kind', employer?.kind)} error={errors.kind}>
        <option value="">{t('form.choose')}</option>
        {EMPLOYER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
      </SelectField>
      <TextField id={id('city')} name="city" label={t('form.city')} defaultValue={value('city', employer?.city)} error={errors.city} />
      <TextField id={id('district')} name="district" label={t('form.district')} defaultValue={value('district', employer?.district ?? '')} error={errors.district} />
      <TextAreaField
        id={id('occupationalFields')} name="occupationalFields" rows={4} label={t('form.fields')} hint={t('form.fieldsHint')}
        defaultValue={value('occupationalFields', employer?.occupationalFields.join('\n'))} error={errors.occupationalFields}
      />
      <SubmitButton pending={pending} label={employer ? t('form.save') : t('form.createSubmit')} pendingLabel={t('form.saving')} />
    </FormFrame>
  );
}
