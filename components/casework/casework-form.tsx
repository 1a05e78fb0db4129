'use client';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';

export interface FormFields<F extends string> {
  errors: Partial<Record<F, string>>;
  /** Values returned after an error: remounting with them keeps what was typed. */
  values: Record<string, string>;
  value: (name: string, fallback?: string) => string;
  message: string | null;
  saved: string | null;
}

/** What a form shows from its action's answer, whatever else that answer carries. */
export function formFields<F extends string>(state: { status: string }): FormFields<F> {
  const s = state as { status: string; message?: string; fieldErrors?: Partial<Record<F, string>>; values?: Record<string, string> };
  const values = s.values ?? {};
  return {
    errors: s.status === 'error' ? (s.fieldErrors ?? {}) : {},
    values,
    value: (name, fallback = '') => values[name] ?? fallback,
    message: s.status === 'error' ? (s.message ?? null) : null,
    saved: s.status === 'saved' ? (s.message ?? null) : null,
  };
}

export interface CaseworkFormProps {
  action: (formData: FormData) => void;
  enrolmentId: string;
  version: number;
  fields: FormFields<string>;
  summaryTitle: string;
  idFor: (field: string) => string;
  children: ReactNode;
}

// What every casework form on the participant page shares: the enrolment and
// its version (optimistic concurrency), the error summary and the saved status.
export function CaseworkForm({ action, enrolmentId, version, fields, summaryTitle, idFor, children }: CaseworkFormProps) {
  return (
    <form action={action} noValidate key={JSON.stringify(fields.values)} className="max-w-2xl">
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary title={summaryTitle} message={fields.message} errors={Object.entries(fields.errors).map(([field, error]) => [idFor(field), error as string])} />
      <p role="status" className={fields.saved ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {fields.saved ?? ''}
      </p>
      {children}
    </form>
  );
}
