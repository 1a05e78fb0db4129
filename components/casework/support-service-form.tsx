'use client';
import { useActionState } from 'react';
import { recordSupportServiceAction, type SupportServiceFormState } from '@/lib/casework/contact-actions';
import { CaseworkForm, formFields } from './casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';

interface Option {
  value: string;
  label: string;
}

export interface SupportServiceFormProps {
  enrolmentId: string;
  version: number;
  kinds: Option[];
  statuses: Option[];
  texts: Record<string, string>;
  today: string;
}

export function SupportServiceForm({ enrolmentId, version, kinds, statuses, texts: t, today }: SupportServiceFormProps) {
  const [state, action, pending] = useActionState<SupportServiceFormState, FormData>(recordSupportServiceAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `leistung-${name}-${enrolmentId}`;
  return (
    <CaseworkForm
      action={action}
      enrolmentId={enrolmentId}
      version={version}
      fields={fields}
      summaryTitle={t.errorSummary!}
      idFor={id}
    >
      <SelectField id={id('kind')} name="kind" label={t.serviceKind!} hint={t.serviceKindHint} defaultValue={value('kind')} error={errors.kind}>
        <option value="">{t.choose}</option>
        {kinds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <SelectField id={id('status')} name="status" label={t.status!} defaultValue={value('status')} error={errors.status}>
        <option value="">{t.choose}</option>
        {statuses.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('startDate')} name="startDate" type="date" label={t.startDate!} defaultValue={value('startDate', today)} error={errors.startDate} />
      <TextField id={id('endDate')} name="endDate" type="date" label={t.endDate!} defaultValue={value('endDate')} error={errors.endDate} />
      <TextField id={id('provider')} name="provider" maxLength={200} label={t.provider!} defaultValue={value('provider')} error={errors.provider} />
      <TextAreaField id={id('note')} name="note" maxLength={500} label={t.serviceNote!} hint={t.serviceNoteHint} defaultValue={value('note')} error={errors.note} />
      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.saving : t.saveService}
      </button>
    </CaseworkForm>
  );
}
