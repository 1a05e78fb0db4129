'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import type { LogContactField, RecordSupportServiceField } from './contact-schema';
import { logContact } from './log-contact';
import { recordSupportService } from './record-support-service';
import type { RecordFollowUpField } from './follow-up-schema';
import { recordFollowUp } from './record-follow-up';

export type ActivityFormState<F extends string> =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<F, string>>; values: Record<string, string> };

export type ContactFormState = ActivityFormState<LogContactField>;
export type SupportServiceFormState = ActivityFormState<RecordSupportServiceField>;
export type FollowUpFormState = ActivityFormState<RecordFollowUpField>;

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Diese Teilnahme gibt es nicht oder Sie haben keinen Zugriff darauf.';

type Result<F extends string> = { ok: true } | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<F, string>> } | { ok: false; kind: 'conflict'; message: string } | { ok: false; kind: 'not-found' };

function toState<F extends string>(result: Result<F>, saved: string, values: Record<string, string>): ActivityFormState<F> {
  if (result.ok) {
    revalidatePath('/teilnehmende/[id]', 'page');
    return { status: 'saved', message: saved };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
    case 'conflict':
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'not-found':
      return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
}

export async function logContactAction(_previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await logContact(actor, values), 'Der Kontakt wurde gespeichert.', values);
}

export async function recordSupportServiceAction(_previous: SupportServiceFormState, formData: FormData): Promise<SupportServiceFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await recordSupportService(actor, values), 'Die flankierende Leistung wurde gespeichert.', values);
}

export async function recordFollowUpAction(_previous: FollowUpFormState, formData: FormData): Promise<FollowUpFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await recordFollowUp(actor, values), 'Die Nachbefragung wurde gespeichert.', values);
}
