'use client';
import { useActionState } from 'react';
import { createTenderAction, updateTenderAction, type TenderFormState } from '@/lib/procurement/actions';
import { formFields } from '@/components/casework/casework-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { SubmitButton, TenderFormFrame, type Option, type Texts } from './tender-form-frame';

export interface TenderValues {
  reference: string;
  title: string;
  orderingDepartment: string;
  kind: string;
  estimatedValue: string;
  publishedAt: string;
  projectId: string;
}

export interface TenderFormProps {
  /** Absent: a new tender. */
  tender?: { id: string; version: number };
  initial: TenderValues;
  kinds: Option[];
  projects: Option[];
  texts: Texts;
}

export function TenderForm({ tender, initial, kinds, projects, texts: t }: TenderFormProps) {
  const [state, action, pending] = useActionState<TenderFormState, FormData>(tender ? updateTenderAction : createTenderAction, { status: 'idle' });
  const fields = formFields(state);
  const { errors, value } = fields;
  const id = (name: string) => `vergabe-${name}`;
  const v = (name: keyof TenderValues) => value(name, initial[name]);
  return (
    <TenderFormFrame action={action} tender={tender} fields={fields} summaryTitle={t.errorSummary!} idFor={id}>
      <TextField id={id('reference')} name="reference" label={t.reference!} hint={t.referenceHint} maxLength={50} defaultValue={v('reference')} error={errors.reference} />
      <TextField id={id('title')} name="title" label={t.title!} maxLength={200} defaultValue={v('title')} error={errors.title} />
      <TextField id={id('orderingDepartment')} name="orderingDepartment" label={t.department!} hint={t.departmentHint} maxLength={200} defaultValue={v('orderingDepartment')} error={errors.orderingDepartment} />
      <SelectField id={id('kind')} name="kind" label={t.kind!} defaultValue={v('kind')} error={errors.kind}>
        <option value="">{t.choose}</option>
        {kinds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <TextField id={id('estimatedValue')} name="estimatedValue" label={t.value!} hint={t.valueHint} inputMode="decimal" defaultValue={v('estimatedValue')} error={errors.estimatedValue} />
      <TextField id={id('publishedAt')} name="publishedAt" type="date" label={t.publishedAt!} defaultValue={v('publishedAt')} error={errors.publishedAt} />
      <SelectField id={id('projectId')} name="projectId" label={t.project!} hint={t.projectHint} defaultValue={v('projectId')} error={errors.projectId}>
        <option value="">{t.noProject}</option>
        {projects.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <SubmitButton pending={pending} label={tender ? t.saveTender! : t.createTender!} saving={t.saving!} />
    </TenderFormFrame>
  );
}
