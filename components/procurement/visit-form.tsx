'use client';
import { useActionState } from 'react';
import { recordMonitoringVisitAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton, TenderFormFrame, type Texts } from './tender-form-frame';

export function VisitForm({ tender, today, texts: t }: { tender: { id: string; version: number }; today: string; texts: Texts }) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(recordMonitoringVisitAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `vorort-${name}`;
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <TextField id={id('visitedAt')} name="visitedAt" type="date" max={today} label={t.visitedAt!} defaultValue={value('visitedAt', today)} error={errors.visitedAt} />
      <TextAreaField id={id('findings')} name="findings" label={t.findings!} hint={t.findingsHint} maxLength={2000} defaultValue={value('findings')} error={errors.findings} />
      <RadioGroupField
        id={id('deviation')} name="deviation" legend={t.deviationQuestion!} defaultValue={value('deviation')} error={errors.deviation}
        options={[{ value: 'ja', label: t.yes! }, { value: 'nein', label: t.no! }]}
      />
      <TextField id={id('sanction')} name="sanction" label={t.sanction!} hint={t.sanctionHint} maxLength={500} defaultValue={value('sanction')} error={errors.sanction} />
      <SubmitButton pending={pending} label={t.saveVisit!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
