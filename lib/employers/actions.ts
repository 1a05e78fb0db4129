'use server';
// Thin server actions: who is asking, then the use case (which parses, authorizes,
// checks the version and audits), then the answer for the form.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import type { UseCaseResult } from './access';
import { createEmployer } from './create-employer';
import { deletePosition } from './delete-position';
import { createAcquisition, moveAcquisition } from './save-acquisition';
import { createJobCoach, updateJobCoach } from './save-job-coach';
import { createPosition, updatePosition } from './save-position';
import { updateEmployer } from './update-employer';

export type EmployerFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string; savedAt: number }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Diesen Eintrag gibt es nicht oder Sie dürfen ihn nicht ändern.';

type Run = (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, values: Record<string, string>) => Promise<UseCaseResult<string>>;

async function run(formData: FormData, perform: Run, saved: string, path: (values: Record<string, string>) => string): Promise<EmployerFormState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await perform(actor, values);
  if (result.ok) {
    revalidatePath(path(values));
    revalidatePath('/arbeitgeber', 'layout');
    return { status: 'saved', message: saved, savedAt: Date.now() };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors as Record<string, string>, values };
    case 'conflict':
      // Show the current versions, so the next attempt is made on what is there now.
      revalidatePath(path(values));
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'not-found':
      return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
}

const projectPage = (values: Record<string, string>) => `/projekte/${values.projectId ?? ''}/arbeitgeber`;

export async function createEmployerAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await createEmployer(actor, values);
  if (!result.ok) {
    if (result.kind === 'invalid') return { status: 'error', message: result.message, fieldErrors: result.fieldErrors as Record<string, string>, values };
    return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
  revalidatePath('/arbeitgeber');
  redirect(`/arbeitgeber/${result.employerId}`);
}

export async function updateEmployerAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, updateEmployer, 'Der Arbeitgeber wurde gespeichert.', (v) => `/arbeitgeber/${v.employerId ?? ''}`);
}

export async function createPositionAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, createPosition, 'Der Arbeitsplatz wurde angelegt.', projectPage);
}

export async function updatePositionAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, updatePosition, 'Der Arbeitsplatz wurde gespeichert.', projectPage);
}

/** The deleted position's form goes with it, so the page itself says it is gone. */
export async function deletePositionAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  const state = await run(formData, deletePosition, 'Der Arbeitsplatz wurde gelöscht.', projectPage);
  if (state.status === 'saved') redirect(`/projekte/${encodeURIComponent(String(formData.get('projectId')))}/arbeitgeber?hinweis=arbeitsplatz-geloescht#stellen`);
  return state;
}

export async function createJobCoachAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, createJobCoach, 'Der Jobcoach wurde angelegt.', projectPage);
}

export async function updateJobCoachAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, updateJobCoach, 'Der Jobcoach wurde gespeichert.', projectPage);
}

export async function createAcquisitionAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, createAcquisition, 'Die Betriebsakquise wurde angelegt.', projectPage);
}

export async function moveAcquisitionAction(_previous: EmployerFormState, formData: FormData): Promise<EmployerFormState> {
  return run(formData, moveAcquisition, 'Die Betriebsakquise wurde gespeichert.', projectPage);
}
