'use client';
import { useActionState, type ReactNode } from 'react';
import {
  createFundingAmountAction, createFundingSourceAction, deleteFundingAmountAction, deleteFundingSourceAction,
  updateFundingAmountAction, updateFundingSourceAction,
} from '@/lib/funding/source-actions';
import type { FundingFormState } from '@/lib/funding/source-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

type Texts = Record<string, string>;
type Action = (state: FundingFormState, formData: FormData) => Promise<FundingFormState>;
const initial: FundingFormState = { status: 'idle' };
const button = 'rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer';

/** Error summary, saved status (a live region) and hidden ids: what every funding form shares. */
function FundingForm({ action, hidden, prefix, texts: t, children }: {
  action: Action; hidden: Record<string, string | number>; prefix: string; texts: Texts;
  children: (f: { errors: Partial<Record<string, string>>; value: (name: string, fallback?: string) => string; id: (name: string) => string; pending: boolean }) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FundingFormState, FormData>(action, initial);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : {};
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <form action={formAction} noValidate key={state.status === 'error' ? JSON.stringify(values) : state.status === 'saved' ? state.nonce : 'idle'} className="max-w-2xl">
      {Object.entries(hidden).map(([name, v]) => <input key={name} type="hidden" name={name} value={v} />)}
      <ErrorSummary
        title={t.errorSummary!}
        message={state.status === 'error' ? state.message : null}
        errors={Object.entries(errors).map(([field, error]) => [id(field), error ?? ''])}
      />
      <p role="status" className={state.status === 'saved' ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {state.status === 'saved' ? state.message : ''}
      </p>
      {children({ errors, value: (name, fallback = '') => values[name] ?? fallback, id, pending })}
    </form>
  );
}

export function FundingSourceForm({ projectId, source, kinds, texts: t }: {
  projectId: string; source?: { id: string; version: number; kind: string; name: string }; kinds: { value: string; label: string }[]; texts: Texts;
}) {
  const prefix = source ? `quelle-${source.id}` : 'neue-quelle';
  const hidden: Record<string, string | number> = source ? { projectId, id: source.id, version: source.version } : { projectId };
  return (
    <FundingForm action={source ? updateFundingSourceAction : createFundingSourceAction} hidden={hidden} prefix={prefix} texts={t}>
      {({ errors, value, id, pending }) => (
        <>
          <SelectField id={id('kind')} name="kind" label={t.kind!} defaultValue={value('kind', source?.kind)} error={errors.kind}>
            <option value="">{t.choose}</option>
            {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </SelectField>
          <TextField id={id('name')} name="name" label={t.name!} hint={t.nameHint} maxLength={200} defaultValue={value('name', source?.name)} error={errors.name} />
          <button type="submit" disabled={pending} aria-busy={pending} className={button}>{pending ? t.saving : t.save}</button>
        </>
      )}
    </FundingForm>
  );
}

export function FundingAmountForm({ fundingSourceId, amount, texts: t }: {
  fundingSourceId: string; amount?: { id: string; version: number; year: number; planned: string; actual: string }; texts: Texts;
}) {
  const prefix = amount ? `betrag-${amount.id}` : `neuer-betrag-${fundingSourceId}`;
  const hidden: Record<string, string | number> = amount ? { fundingSourceId, id: amount.id, version: amount.version } : { fundingSourceId };
  return (
    <FundingForm action={amount ? updateFundingAmountAction : createFundingAmountAction} hidden={hidden} prefix={prefix} texts={t}>
      {({ errors, value, id, pending }) => (
        <>
          <TextField id={id('year')} name="year" label={t.yearField!} inputMode="numeric" maxLength={4} defaultValue={value('year', amount ? String(amount.year) : '')} error={errors.year} />
          <TextField id={id('planned')} name="planned" label={t.plannedField!} hint={t.amountHint} inputMode="decimal" defaultValue={value('planned', amount?.planned)} error={errors.planned} />
          <TextField id={id('actual')} name="actual" label={t.actualField!} hint={t.actualHint} inputMode="decimal" defaultValue={value('actual', amount?.actual)} error={errors.actual} />
          <button type="submit" disabled={pending} aria-busy={pending} className={button}>{pending ? t.saving : t.save}</button>
        </>
      )}
    </FundingForm>
  );
}

export function FundingDeleteForm({ kind, id: recordId, version, label, hint, texts: t }: {
  kind: 'source' | 'amount'; id: string; version: number; label: string; hint?: string; texts: Texts;
}) {
  return (
    <FundingForm action={kind === 'source' ? deleteFundingSourceAction : deleteFundingAmountAction} hidden={{ id: recordId, version }} prefix={`loeschen-${recordId}`} texts={t}>
      {({ pending }) => (
        <>
          {hint && <p className="mb-2 text-sm text-muted">{hint}</p>}
          <button type="submit" disabled={pending} aria-busy={pending} className="rounded border-2 border-danger px-4 py-1.5 font-semibold text-danger hover:bg-danger-bg disabled:opacity-70 cursor-pointer">
            {pending ? t.deleting : label}
          </button>
        </>
      )}
    </FundingForm>
  );
}
