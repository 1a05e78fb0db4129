'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import { formatInteger } from '../format';
import { reassignEnrolments } from './reassign';
import type { ReassignField } from './reassign-schema';

export type ReassignFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<ReassignField, string>>; values: { targetId: string; selected: string[] } };

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Dieses Projekt gibt es nicht oder Sie dürfen seine Teilnahmen nicht übergeben.';

export async function reassignAction(_previous: ReassignFormState, formData: FormData): Promise<ReassignFormState> {
  const selected = formData.getAll('enrolment').filter((v): v is string => typeof v === 'string');
  const targetId = typeof formData.get('targetId') === 'string' ? (formData.get('targetId') as string) : '';
  const values = { targetId, selected };
  const actor = await getActor();
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await reassignEnrolments(actor, { projectId: formData.get('projectId'), role: formData.get('role'), targetId, enrolments: selected });
  if (result.ok) {
    revalidatePath('/fallzahlen');
    const count = result.count === 1 ? 'Eine Teilnahme wurde' : `${formatInteger(result.count)} Teilnahmen wurden`;
    return { status: 'saved', message: `${count} an ${result.targetName} übergeben.` };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
    case 'conflict':
      // Show the current versions, so the next attempt is made on what is there now.
      revalidatePath('/fallzahlen');
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'not-found':
      return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
}
