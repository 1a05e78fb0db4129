'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import { recordDeliveredHire } from './record-delivered-hire';
import { recordEmploymentCheck } from './record-employment-check';
import { recordMonitoringVisit } from './record-monitoring-visit';
import { recordSuitabilityCheck } from './record-suitability-check';
import { saveSocialClause } from './save-social-clause';
import { createTender, updateTender } from './save-tender';
import type { WriteResult } from './tender-access';

export type TenderFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<string, string>>; values: Record<string, string> };

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Diese Vergabe gibt es nicht oder Sie dürfen sie nicht ändern.';

function toState(result: WriteResult<string>, saved: string, values: Record<string, string>): TenderFormState {
  if (result.ok) {
    revalidatePath('/ausschreibungen', 'layout');
    return { status: 'saved', message: saved };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
    case 'conflict':
      // Show what is there now, so the next attempt is made on the current version.
      revalidatePath('/ausschreibungen', 'layout');
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'not-found':
      return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
}

type Change = (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, raw: unknown) => Promise<WriteResult<string>>;

async function run(change: Change, formData: FormData, saved: string): Promise<TenderFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await change(actor, values), saved, values);
}

export async function createTenderAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await createTender(actor, values);
  if (!result.ok) {
    if (result.kind === 'not-found') return { status: 'error', message: 'Sie dürfen keine Vergaben anlegen.', fieldErrors: {}, values };
    return toState(result, '', values);
  }
  revalidatePath('/ausschreibungen');
  redirect(`/ausschreibungen/${result.id}`);
}

export async function updateTenderAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run(updateTender, formData, 'Die Angaben zur Vergabe wurden gespeichert.');
}

export async function recordSuitabilityCheckAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run((actor, raw) => recordSuitabilityCheck(actor, raw), formData, 'Das Ergebnis der Eignungsprüfung wurde gespeichert.');
}

export async function saveSocialClauseAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run(saveSocialClause, formData, 'Die Sozialklausel wurde gespeichert.');
}

export async function recordDeliveredHireAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run((actor, raw) => recordDeliveredHire(actor, raw), formData, 'Die Einstellung wurde gespeichert.');
}

export async function recordEmploymentCheckAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run((actor, raw) => recordEmploymentCheck(actor, raw), formData, 'Die Prüfung der Weiterbeschäftigung wurde gespeichert.');
}

export async function recordMonitoringVisitAction(_previous: TenderFormState, formData: FormData): Promise<TenderFormState> {
  return run((actor, raw) => recordMonitoringVisit(actor, raw), formData, 'Die Prüfung vor Ort wurde gespeichert.');
}
