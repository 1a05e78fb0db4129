'use client';
import { useActionState } from 'react';
import { saveSocialClauseAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton, TenderFormFrame, type Option, type Texts } from './tender-form-frame';

export interface ClauseValues {
  type: string;
  committedHires: string;
  committedHours: string;
  protectsExistingStaff: boolean;
  contractor: string;
  termStart: string;
  termEnd: string;
}

export interface ClauseFormProps {
  tender: { id: string; version: number };
  initial: ClauseValues;
  types: Option[];
  texts: Texts;
}

export function ClauseForm({ tender, initial, types, texts: t }: ClauseFormProps) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(saveSocialClauseAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value, values } = fields;
  const id = (name: string) => `klausel-${name}`;
  const v = (name: Exclude<keyof ClauseValues, 'protectsExistingStaff'>) => value(name, initial[name]);
  // After an error the form comes back with what was sent; an unticked box sends nothing.
  const protects = state.status === 'error' ? values.protectsExistingStaff === 'ja' : initial.protectsExistingStaff;
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <SelectField id={id('type')} name="type" label={t.clauseType!} hint={t.clauseTypeHint} defaultValue={v('type')} error={errors.type}>
        <option value="">{t.choose}</option>
        {types.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('committedHires')} name="committedHires" type="number" inputMode="numeric" min={0} step={1} label={t.committedHires!} hint={t.committedHiresHint} defaultValue={v('committedHires')} error={errors.committedHires} />
      <TextField id={id('committedHours')} name="committedHours" type="number" inputMode="numeric" min={0} step={1} label={t.committedHours!} hint={t.committedHoursHint} defaultValue={v('committedHours')} error={errors.committedHours} />
      <div className="mb-5 flex items-start gap-2">
        <input id={id('protectsExistingStaff')} name="protectsExistingStaff" type="checkbox" value="ja" defaultChecked={protects} className="mt-1 size-5" />
        <label htmlFor={id('protectsExistingStaff')} className="font-semibold">{t.protectsStaff}</label>
      </div>
      <TextField id={id('contractor')} name="contractor" label={t.contractor!} hint={t.contractorHint} maxLength={200} defaultValue={v('contractor')} error={errors.contractor} />
      <TextField id={id('termStart')} name="termStart" type="date" label={t.termStart!} defaultValue={v('termStart')} error={errors.termStart} />
      <TextField id={id('termEnd')} name="termEnd" type="date" label={t.termEnd!} defaultValue={v('termEnd')} error={errors.termEnd} />
      <SubmitButton pending={pending} label={t.saveClause!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
