'use client';
import { useActionState } from 'react';
import { logContactAction, type ContactFormState } from '@/lib/casework/contact-actions';
import { CaseworkForm, formFields } from './casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';

interface Option {
  value: string;
  label: string;
}

export interface ContactFormProps {
  enrolmentId: string;
  version: number;
  kinds: Option[];
  texts: Record<string, string>;
  /** Berlin's calendar day, YYYY-MM-DD: the default and latest date. */
  today: string;
  enrolledAt: string;
}

export function ContactForm({ enrolmentId, version, kinds, texts: t, today, enrolledAt }: ContactFormProps) {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(logContactAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `kontakt-${name}-${enrolmentId}`;
  return (
    <CaseworkForm
      action={action}
      enrolmentId={enrolmentId}
      version={version}
      fields={fields}
      summaryTitle={t.errorSummary!}
      idFor={id}
    >
      <TextField id={id('occurredAt')} name="occurredAt" type="date" min={enrolledAt} max={today} label={t.occurredAt!} defaultValue={value('occurredAt', today)} error={errors.occurredAt} />
      <SelectField id={id('kind')} name="kind" label={t.contactKind!} defaultValue={value('kind')} error={errors.kind}>
        <option value="">{t.choose}</option>
        {kinds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField
        id={id('durationMinutes')} name="durationMinutes" type="number" inputMode="numeric" min={1} max={600} step={1}
        label={t.durationMinutes!} hint={t.durationHint} defaultValue={value('durationMinutes')} error={errors.durationMinutes}
      />
      <TextAreaField id={id('note')} name="note" maxLength={500} label={t.note!} hint={t.noteHint} defaultValue={value('note')} error={errors.note} />
      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.saving : t.saveContact}
      </button>
    </CaseworkForm>
  );
}
