'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createJobCoachAction, updateJobCoachAction, type EmployerFormState } from '@/lib/employers/actions';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { FormFrame, SubmitButton, formView } from './form-frame';

export interface CoachFormProps {
  projectId: string;
  employers: { id: string; name: string }[];
  accounts: { id: string; name: string; linkedTo: string | null }[];
  coach?: { id: string; version: number; name: string; employerId: string | null; userId: string | null };
}

export function CoachForm({ projectId, employers, accounts, coach }: CoachFormProps) {
  const t = useTranslations('employers');
  const [state, action, pending] = useActionState<EmployerFormState, FormData>(coach ? updateJobCoachAction : createJobCoachAction, { status: 'idle' });
  const { errors, value } = formView(state);
  const id = (name: string) => `jobcoach-${name}-${coach?.id ?? 'neu'}`;
  const hidden: Record<string, string | number> = coach ? { projectId, jobCoachId: coach.id, version: coach.version } : { projectId };
  // An account already linked to another coach is not offered (one account, one coach).
  const free = accounts.filter((a) => a.linkedTo === null || a.linkedTo === coach?.id);
  return (
    <FormFrame state={state} action={action} hidden={hidden} idFor={id} resetOnSave={!coach}>
      <TextField id={id('name')} name="name" label={t('coachForm.name')} defaultValue={value('name', coach?.name)} error={errors.name} />
      <SelectField id={id('employerId')} name="employerId" label={t('coachForm.employer')} defaultValue={value('employerId', coach?.employerId ?? '')} error={errors.employerId}>
        <option value="">{t('coachForm.byProject')}</option>
        {employers.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
      </SelectField>
      <SelectField id={id('userId')} name="userId" label={t('coachForm.account')} hint={t('coachForm.accountHint')} defaultValue={value('userId', coach?.userId ?? '')} error={errors.userId}>
        <option value="">{t('coachForm.noAccount')}</option>
        {free.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </SelectField>
      <SubmitButton pending={pending} label={coach ? t('form.save') : t('coachForm.create')} pendingLabel={t('form.saving')} />
    </FormFrame>
  );
}
