'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createAcquisitionAction, moveAcquisitionAction, type EmployerFormState } from '@/lib/employers/actions';
import { ACQUISITION_STAGES } from '@/lib/employers/schema';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { FormFrame, SubmitButton, formView } from './form-frame';

function StageFields({ idFor, value, errors, stage, committed, note }: { idFor: (f: string) => string; value: (n: string, f?: string) => string; errors: Record<string, string>; stage?: string; committed?: number; note?: string | null }) {
  const t = useTranslations('employers');
  return (
    <>
      <SelectField id={idFor('stage')} name="stage" label={t('acquisitionForm.stage')} defaultValue={value('stage', stage ?? 'FIRST_CONTACT')} error={errors.stage}>
        {ACQUISITION_STAGES.map((s) => <option key={s} value={s}>{t(`stages.${s}`)}</option>)}
      </SelectField>
      <TextField
        id={idFor('positionsCommitted')} name="positionsCommitted" type="number" inputMode="numeric" min={0} step={1}
        label={t('acquisitionForm.committed')} hint={t('acquisitionForm.committedHint')}
        defaultValue={value('positionsCommitted', committed === undefined ? '' : String(committed))} error={errors.positionsCommitted}
      />
      <TextAreaField id={idFor('note')} name="note" maxLength={1000} label={t('acquisitionForm.note')} hint={t('acquisitionForm.noteHint')} defaultValue={value('note', note ?? '')} error={errors.note} />
    </>
  );
}

export interface NewAcquisitionProps {
  projectId: string;
  employers: { id: string; name: string }[];
  acquirers: { id: string; name: string }[];
  actorId: string;
  today: string;
}

export function NewAcquisitionForm({ projectId, employers, acquirers, actorId, today }: NewAcquisitionProps) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(createAcquisitionAction, { status: 'idle' });
  const { errors, value } = formView(state);
  const id = (name: string) => `akquise-${name}-neu`;
  return (
    <FormFrame state={state} action={action} hidden={{ projectId }} idFor={id} resetOnSave>
      <SelectField id={id('employerId')} name="employerId" label={t('acquisitionForm.employer')} defaultValue={value('employerId')} error={errors.employerId}>
        <option value="">{t('form.choose')}</option>
        {employers.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
      </SelectField>
      <TextField id={id('firstContactAt')} name="firstContactAt" type="date" max={today} label={t('acquisitionForm.firstContact')} defaultValue={value('firstContactAt', today)} error={errors.firstContactAt} />
      <SelectField
        id={id('acquiredById')} name="acquiredById" label={t('acquisitionForm.acquiredBy')} error={errors.acquiredById}
        defaultValue={value('acquiredById', acquirers.some((a) => a.id === actorId) ? actorId : '')}
      >
        <option value="">{t('acquisitionForm.nobody')}</option>
        {acquirers.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </SelectField>
      <StageFields idFor={id} value={value} errors={errors} />
      <SubmitButton pending={pending} label={t('acquisitionForm.create')} pendingLabel={t('form.saving')} />
    </FormFrame>
  );
}

export interface MoveAcquisitionProps {
  projectId: string;
  acquisition: { id: string; version: number; stage: string; positionsCommitted: number; note: string | null };
}

export function MoveAcquisitionForm({ projectId, acquisition }: MoveAcquisitionProps) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(moveAcquisitionAction, { status: 'idle' });
  const { errors, value } = formView(state);
  const id = (name: string) => `akquise-${name}-${acquisition.id}`;
  return (
    <FormFrame state={state} action={action} hidden={{ projectId, acquisitionId: acquisition.id, version: acquisition.version }} idFor={id}>
      <StageFields idFor={id} value={value} errors={errors} stage={acquisition.stage} committed={acquisition.positionsCommitted} note={acquisition.note} />
      <SubmitButton pending={pending} label={t('acquisitionForm.move')} pendingLabel={t('form.saving')} />
    </FormFrame>
  );
}
