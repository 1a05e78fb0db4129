'use client';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { FormFields } from '@/components/casework/casework-form';

export interface TenderFormFrameProps {
  action: (formData: FormData) => void;
  /** Absent when a tender is being created. */
  tender?: { id: string; version: number };
  fields: FormFields<string>;
  summaryTitle: string;
  idFor: (field: string) => string;
  children: ReactNode;
}

// What every form on a tender page shares: the tender and its version (every change on the
// tender is matched on it, so concurrent edits are refused), the error summary and the status.
export function TenderFormFrame({ action, tender, fields, summaryTitle, idFor, children }: TenderFormFrameProps) {
  return (
    <form action={action} noValidate key={JSON.stringify(fields.values)} className="max-w-2xl">
      {tender && (
        <>
          <input type="hidden" name="tenderId" value={tender.id} />
          <input type="hidden" name="version" value={tender.version} />
        </>
      )}
      <ErrorSummary title={summaryTitle} message={fields.message} errors={Object.entries(fields.errors).map(([field, error]) => [idFor(field), error as string])} />
      <p role="status" className={fields.saved ? 'mb-4 border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {fields.saved ?? ''}
      </p>
      {children}
    </form>
  );
}

export function SubmitButton({ pending, label, saving }: { pending: boolean; label: string; saving: string }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
      {pending ? saving : label}
    </button>
  );
}

export interface Option {
  value: string;
  label: string;
}

export type Texts = Record<string, string>;
