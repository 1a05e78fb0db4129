'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import { createProject, type ProjectResult } from './create-project';
import type { ProjectFormState } from './schema';
import { updateProject } from './update-project';
import { EDGE_FIELD_PREFIX, edgeField, modelTransitions, PROJECT_MODELS } from './templates';

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Dieses Projekt gibt es nicht oder Sie dürfen es nicht bearbeiten.';

function failed(result: Exclude<ProjectResult, { ok: true }>, values: Record<string, string>): ProjectFormState {
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
    case 'conflict':
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'not-found':
      return { status: 'error', message: NOT_FOUND, fieldErrors: {}, values };
  }
}

/** The "apply template" button: the typed values with the template's edges instead of the ticked ones. */
function withTemplate(formData: FormData): ProjectFormState | null {
  if (formData.get('intent') !== 'template') return null;
  const values = formValues(formData);
  delete values.intent;
  const model = PROJECT_MODELS.find((m) => m === values.model);
  if (!model) return { status: 'template', values };
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith(EDGE_FIELD_PREFIX)));
  return { status: 'template', values: { ...kept, ...Object.fromEntries(modelTransitions(model).map((e) => [edgeField(e), '1'])) } };
}

export async function createProjectAction(_previous: ProjectFormState, formData: FormData): Promise<ProjectFormState> {
  const template = withTemplate(formData);
  if (template) return template;
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await createProject(actor, values);
  if (!result.ok) return failed(result, values);
  revalidatePath('/projekte');
  revalidatePath('/');
  redirect(`/projekte/${result.projectId}`);
}

export async function updateProjectAction(_previous: ProjectFormState, formData: FormData): Promise<ProjectFormState> {
  const template = withTemplate(formData);
  if (template) return template;
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await updateProject(actor, values);
  if (!result.ok) return failed(result, values);
  revalidatePath('/projekte');
  revalidatePath(`/projekte/${result.projectId}`, 'layout');
  revalidatePath('/');
  redirect(`/projekte/${result.projectId}`);
}
