'use client';
import { useActionState } from 'react';
import {
  deleteReferenceRowAction, saveBenefitRateAction, saveMinimumWageAction, type ReferenceFormState,
} from '@/lib/funding/subsidy-reference-actions';
import type { BenefitRateField, MinimumWageField } from '@/lib/funding/subsidy-reference-schema';
import { formFields } from '@/components/casework/casework-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';

type Texts = Record<string, string>;

/** The row being edited: its original day and version; the form's fields start with its values. */
export interface EditedRow {
  validFrom: string;
  version: number;
  values: Record<string, string>;
}

const BUTTON = 'rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer';

function Frame({ title, fields, idFor, edited, action, children, texts: t, pending }: {
  title: string;
  fields: ReturnType<typeof formFields<string>>;
  idFor: (field: string) => string;
  edited: EditedRow | null;
  action: (formData: FormData) => void;
  children: React.ReactNode;
  texts: Texts;
  pending: boolean;
}) {
  return (
    <form action={action} noValidate key={`${edited?.validFrom ?? 'neu'}|${JSON.stringify(fields.values)}`} className="max-w-2xl rounded border border-line p-4">
      <h3 className="mb-3">{title}</h3>
      {edited && (
        <>
          <input type="hidden" name="originalValidFrom" value={edited.validFrom} />
          <input type="hidden" name="version" value={edited.version} />
        </>
      )}
      <ErrorSummary title={t.errorSummary!} message={fields.message} errors={Object.entries(fields.errors).map(([f, e]) => [idFor(f), e as string])} />
      <p role="status" className={fields.saved ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>{fields.saved ?? ''}</p>
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} aria-busy={pending} className={BUTTON}>{pending ? t.saving : t.save}</button>
        {edited && <a href="/verwaltung/mindestlohn">{t.cancelEdit}</a>}
      </div>
    </form>
  );
}

export function MinimumWageForm({ edited, texts: t }: { edited: EditedRow | null; texts: Texts }) {
  const [state, action, pending] = useActionState<ReferenceFormState<MinimumWageField>, FormData>(saveMinimumWageAction, { status: 'idle' });
  const fields = formFields<string>(state);
  const value = (name: string) => fields.values[name] ?? (state.status === 'saved' ? '' : (edited?.values[name] ?? ''));
  const id = (name: string) => `mindestlohn-${name}`;
  return (
    <Frame title={edited ? t.editWage! : t.addWage!} fields={fields} idFor={id} edited={state.status === 'saved' ? null : edited} action={action} texts={t} pending={pending}>
      <TextField id={id('validFrom')} name="validFrom" type="date" label={t.validFrom!} defaultValue={value('validFrom')} error={fields.errors.validFrom} />
      <TextField id={id('hourly')} name="hourly" inputMode="decimal" label={t.hourly!} hint={t.hourlyHint} defaultValue={value('hourly')} error={fields.errors.hourly} />
    </Frame>
  );
}

export function BenefitRateForm({ edited, texts: t }: { edited: EditedRow | null; texts: Texts }) {
  const [state, action, pending] = useActionState<ReferenceFormState<BenefitRateField>, FormData>(saveBenefitRateAction, { status: 'idle' });
  const fields = formFields<string>(state);
  const value = (name: string) => fields.values[name] ?? (state.status === 'saved' ? '' : (edited?.values[name] ?? ''));
  const id = (name: string) => `leistungssatz-${name}`;
  return (
    <Frame title={edited ? t.editRate! : t.addRate!} fields={fields} idFor={id} edited={state.status === 'saved' ? null : edited} action={action} texts={t} pending={pending}>
      <TextField id={id('validFrom')} name="validFrom" type="date" label={t.validFrom!} defaultValue={value('validFrom')} error={fields.errors.validFrom} />
      <TextField id={id('standardRate')} name="standardRate" inputMode="decimal" label={t.standardRate!} hint={t.standardRateHint} defaultValue={value('standardRate')} error={fields.errors.standardRate} />
      <TextField id={id('housingCosts')} name="housingCosts" inputMode="decimal" label={t.housingCosts!} hint={t.housingCostsHint} defaultValue={value('housingCosts')} error={fields.errors.housingCosts} />
    </Frame>
  );
}

/** One row's delete button; a stale version is refused and said so next to the button. */
export function DeleteRowForm({ table, validFrom, version, label, texts: t }: { table: 'MinimumWage' | 'BenefitRate'; validFrom: string; version: number; label: string; texts: Texts }) {
  const [state, action, pending] = useActionState<ReferenceFormState<'validFrom'>, FormData>(deleteReferenceRowAction, { status: 'idle' });
  return (
    <form action={action} className="inline">
      <input type="hidden" name="table" value={table} />
      <input type="hidden" name="validFrom" value={validFrom} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={label} className="cursor-pointer text-danger underline underline-offset-2">{t.delete}</button>
      <span role="status" className={state.status === 'error' ? 'ml-2 font-semibold text-danger' : 'sr-only'}>{state.status === 'error' ? state.message : ''}</span>
    </form>
  );
}
