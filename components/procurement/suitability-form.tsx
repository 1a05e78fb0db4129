'use client';
import { useActionState } from 'react';
import { recordSuitabilityCheckAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton, TenderFormFrame, type Texts } from './tender-form-frame';

export interface SuitabilityFormProps {
  tender: { id: string; version: number };
  initial: { suitable: string; reason: string; checkedAt: string };
  today: string;
  texts: Texts;
}

export function SuitabilityForm({ tender, initial, today, texts: t }: SuitabilityFormProps) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(recordSuitabilityCheckAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `eignung-${name}`;
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <RadioGroupField
        id={id('suitable')} name="suitable" legend={t.suitableQuestion!} defaultValue={value('suitable', initial.suitable)} error={errors.suitable}
        options={[{ value: 'ja', label: t.yes! }, { value: 'nein', label: t.no! }]}
      />
      <TextAreaField id={id('reason')} name="reason" label={t.reason!} hint={t.reasonHint} maxLength={1000} defaultValue={value('reason', initial.reason)} error={errors.reason} />
      <TextField id={id('checkedAt')} name="checkedAt" type="date" max={today} label={t.checkedAt!} hint={t.checkedAtHint} defaultValue={value('checkedAt', initial.checkedAt)} error={errors.checkedAt} />
      <SubmitButton pending={pending} label={t.saveCheck!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
