'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import type { Finding, LimitSummary } from './phase-rules';
import { enterPhase } from './enter-phase';
import type { EnterPhaseField } from './schema';

export type PhaseFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<EnterPhaseField, string>>; values: Record<string, string>; limits: LimitSummary[] }
  | { status: 'confirm'; warnings: Finding[]; limits: LimitSummary[]; values: Record<string, string> };

export async function enterPhaseAction(_previous: PhaseFormState, formData: FormData): Promise<PhaseFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', fieldErrors: {}, values, limits: [] };
  const result = await enterPhase(actor, values);
  if (result.ok) {
    revalidatePath('/teilnehmende/[id]', 'page');
    return { status: 'saved', message: 'Die Phase wurde gespeichert.' };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values, limits: result.limits ?? [] };
    case 'confirm':
      return { status: 'confirm', warnings: result.warnings, limits: result.limits, values };
    case 'conflict':
      return { status: 'error', message: result.message, fieldErrors: {}, values, limits: [] };
    case 'not-found':
      return { status: 'error', message: 'Diese Teilnahme gibt es nicht oder Sie haben keinen Zugriff darauf.', fieldErrors: {}, values, limits: [] };
  }
}
