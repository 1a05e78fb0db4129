'use client';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';

export interface CaseworkFormProps {
  action: (formData: FormData) => void;
  enrolmentId: string;
  version: number;
  /** Values returned after an error: remounting with them keeps what was typed. */
  values: Record<string, string>;
  summaryTitle: string;
  message: string | null;
  errors: Partial<Record<string, string>>;
  saved: string | null;
  idFor: (field: string) => string;
  children: ReactNode;
}

// What every casework form on the participant page shares: the enrolment and
// its version (optimistic concurrency), the error summary and the saved status.
export function CaseworkForm({ action, enrolmentId, version, values, summaryTitle, message, errors, saved, idFor, children }: CaseworkFormProps) {
  return (
    <form action={action} noValidate key={JSON.stringify(values)} className="max-w-2xl">
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary title={summaryTitle} message={message} errors={Object.entries(errors).map(([field, error]) => [idFor(field), error!])} />
      <p role="status" className={saved ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {saved ?? ''}
      </p>
      {children}
    </form>
  );
}
