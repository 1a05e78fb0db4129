'use client';
import { useActionState } from 'react';
import { recordEmploymentCheckAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton, TenderFormFrame, type Option, type Texts } from './tender-form-frame';

export function EmploymentCheckForm({ tender, due, texts: t }: { tender: { id: string; version: number }; due: Option[]; texts: Texts }) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(recordEmploymentCheckAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `weiterbeschaeftigung-${name}`;
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <SelectField id={id('due')} name="due" label={t.due!} defaultValue={value('due', due[0]?.value)} error={errors.due}>
        {due.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <RadioGroupField
        id={id('stillEmployed')} name="stillEmployed" legend={t.stillEmployedQuestion!} defaultValue={value('stillEmployed')} error={errors.stillEmployed}
        options={[{ value: 'ja', label: t.yes! }, { value: 'nein', label: t.no! }]}
      />
      <SubmitButton pending={pending} label={t.saveEmploymentCheck!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
