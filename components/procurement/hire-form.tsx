'use client';
import { useActionState } from 'react';
import { recordDeliveredHireAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton, TenderFormFrame, type Texts } from './tender-form-frame';

export function HireForm({ tender, today, texts: t }: { tender: { id: string; version: number }; today: string; texts: Texts }) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(recordDeliveredHireAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `einstellung-${name}`;
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <TextField id={id('pseudonym')} name="pseudonym" label={t.pseudonym!} hint={t.pseudonymHint} autoComplete="off" spellCheck={false} maxLength={23} defaultValue={value('pseudonym')} error={errors.pseudonym} />
      <TextField id={id('hiredAt')} name="hiredAt" type="date" max={today} label={t.hiredAt!} defaultValue={value('hiredAt')} error={errors.hiredAt} />
      <SubmitButton pending={pending} label={t.saveHire!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
