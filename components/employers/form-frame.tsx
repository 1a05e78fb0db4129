'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { EmployerFormState } from '@/lib/employers/actions';
import { ErrorSummary } from '@/components/ui/error-summary';

export interface FormView {
  errors: Record<string, string>;
  value: (name: string, fallback?: string) => string;
}

/** What a form shows from its action's answer: errors, typed values, the saved message. */
export function formView(state: EmployerFormState): FormView {
  const values = state.status === 'error' ? state.values : {};
  return { errors: state.status === 'error' ? state.fieldErrors : {}, value: (name, fallback = '') => values[name] ?? fallback };
}

export interface FormFrameProps {
  state: EmployerFormState;
  action: (formData: FormData) => void;
  hidden: Record<string, string | number>;
  idFor: (field: string) => string;
  /** Clear the inputs after saving (a create form); an edit form keeps what was saved. */
  resetOnSave?: boolean;
  children: ReactNode;
}

// Hidden ids and the version (optimistic concurrency), the error summary at the top and
// the saved message in a live region: what every form of this domain shares.
export function FormFrame({ state, action, hidden, idFor, resetOnSave = false, children }: FormFrameProps) {
  const t = useTranslations('employers.form');
  // Remount with the returned values after an error, or empty after a create saved.
  const key = state.status === 'error' ? JSON.stringify(state.values) : state.status === 'saved' && resetOnSave ? String(state.savedAt) : 'form';
  return (
    <form action={action} noValidate key={key} className="max-w-2xl">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <ErrorSummary
        title={t('errorSummary')}
        message={state.status === 'error' ? state.message : null}
        errors={state.status === 'error' ? Object.entries(state.fieldErrors).map(([field, error]) => [idFor(field), error]) : []}
      />
      <p role="status" className={state.status === 'saved' ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {state.status === 'saved' ? state.message : ''}
      </p>
      {children}
    </form>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className="cursor-pointer rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70">
      {pending ? pendingLabel : label}
    </button>
  );
}
