'use client';
import { useActionState } from 'react';
import { recordFollowUpAction, type FollowUpFormState } from '@/lib/casework/contact-actions';
import { CaseworkForm, formFields } from './casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { RadioGroupField } from '@/components/ui/radio-group-field';

export interface FollowUpFormProps {
  enrolmentId: string;
  version: number;
  /** Open follow-ups, labelled ("nach 6 Monaten, fällig am …"). */
  followUps: { value: string; label: string }[];
  texts: Record<string, string>;
  today: string;
}

export function FollowUpForm({ enrolmentId, version, followUps, texts: t, today }: FollowUpFormProps) {
  const [state, action, pending] = useActionState<FollowUpFormState, FormData>(recordFollowUpAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `nachbefragung-${name}-${enrolmentId}`;
  const yesNo = [{ value: 'ja', label: t.yes! }, { value: 'nein', label: t.no! }];
  return (
    <CaseworkForm action={action} enrolmentId={enrolmentId} version={version} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <SelectField id={id('followUpId')} name="followUpId" label={t.followUp!} defaultValue={value('followUpId', followUps[0]?.value)} error={errors.followUpId}>
        {followUps.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('completedAt')} name="completedAt" type="date" max={today} label={t.completedAt!} defaultValue={value('completedAt', today)} error={errors.completedAt} />
      <RadioGroupField id={id('stillEmployed')} name="stillEmployed" legend={t.stillEmployedQuestion!} options={yesNo} defaultValue={value('stillEmployed')} error={errors.stillEmployed} />
      <RadioGroupField id={id('needsCovering')} name="needsCovering" legend={t.needsCoveringQuestion!} options={yesNo} defaultValue={value('needsCovering')} error={errors.needsCovering} />
      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.saving : t.saveFollowUp}
      </button>
    </CaseworkForm>
  );
}
