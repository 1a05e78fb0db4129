'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { reassignAction, type ReassignFormState } from '@/lib/casework/reassign-actions';
import type { ReassignField, ReassignRole } from '@/lib/casework/reassign-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';

export interface ReassignRowView {
  enrolmentId: string;
  version: number;
  pseudonym: string;
  name: string | null;
  phase: string;
  enrolledAt: string;
}

export interface ReassignFormProps {
  projectId: string;
  role: ReassignRole;
  caption: string;
  rows: ReassignRowView[];
  showNames: boolean;
  targets: { id: string; name: string }[];
  /** Tick every box (the "alle auswählen" link, which works without JavaScript); not again after a handover. */
  allSelected: boolean;
  selectAllHref: string;
  selectNoneHref: string;
  texts: Record<string, string>;
}

// The GET form above chose the project and the current person; this form picks the
// enrolments and the new person. Each checkbox carries "id:version" (optimistic concurrency).
export function ReassignForm({ projectId, role, caption, rows, showNames, targets, allSelected, selectAllHref, selectNoneHref, texts: t }: ReassignFormProps) {
  const [state, action, pending] = useActionState<ReassignFormState, FormData>(reassignAction, { status: 'idle' });
  const errors: Partial<Record<ReassignField, string>> = state.status === 'error' ? state.fieldErrors : {};
  const kept = state.status === 'error' ? new Set(state.values.selected.map((v) => v.split(':')[0])) : null;
  const firstBox = rows[0] ? `auswahl-${rows[0].enrolmentId}` : 'uebergabe-auswahl';
  // Hidden fields have no input of their own: point at the controls that set them.
  const idFor: Record<ReassignField, string> = { enrolments: firstBox, targetId: 'uebergabe-ziel', projectId: 'projekt', role: 'person' };
  const selectionError = errors.enrolments ? 'uebergabe-auswahl-fehler' : undefined;
  return (
    <form action={action} noValidate key={`${allSelected}|${JSON.stringify(state)}`} className="space-y-4">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="role" value={role} />
      <ErrorSummary
        title={t.errorSummary!}
        message={state.status === 'error' ? state.message : null}
        errors={Object.entries(errors).map(([field, error]) => [idFor[field as ReassignField], error as string])}
      />
      <p role="status" className={state.status === 'saved' ? 'border-l-4 border-success bg-hued p-3 font-semibold' : 'sr-only'}>
        {state.status === 'saved' ? state.message : ''}
      </p>
      <fieldset id="uebergabe-auswahl" aria-describedby={selectionError}>
        <legend className="mb-2 font-semibold">{t.selectionLegend}</legend>
        <p className="mb-2 flex gap-6">
          <Link href={selectAllHref}>{t.selectAll}</Link>
          <Link href={selectNoneHref}>{t.selectNone}</Link>
        </p>
        {errors.enrolments && <p id={selectionError} className="mb-2 font-semibold text-danger">{errors.enrolments}</p>}
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="sr-only">{t.select}</span></th>
              <th scope="col">{t.pseudonym}</th>
              {showNames && <th scope="col">{t.participantName}</th>}
              <th scope="col">{t.phase}</th>
              <th scope="col">{t.enrolledAt}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.enrolmentId}>
                <td>
                  <input
                    type="checkbox" id={`auswahl-${r.enrolmentId}`} name="enrolment" value={`${r.enrolmentId}:${r.version}`}
                    defaultChecked={kept ? kept.has(r.enrolmentId) : allSelected && state.status !== 'saved'}
                    aria-describedby={selectionError} className="h-5 w-5 cursor-pointer"
                  />
                </td>
                <td><label htmlFor={`auswahl-${r.enrolmentId}`} className="cursor-pointer">{r.pseudonym}</label></td>
                {showNames && <td>{r.name ?? '—'}</td>}
                <td>{r.phase}</td>
                <td>{r.enrolledAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <SelectField id="uebergabe-ziel" name="targetId" label={t.target!} hint={t.targetHint} defaultValue={state.status === 'error' ? state.values.targetId : ''} error={errors.targetId}>
        <option value="">{t.choose}</option>
        {targets.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </SelectField>
      <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
