'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import { deleteReferenceRow, saveBenefitRate, saveMinimumWage, type ReferenceResult, type ReferenceTable } from './subsidy-reference';
import type { BenefitRateField, MinimumWageField } from './subsidy-reference-schema';

export type ReferenceFormState<F extends string> =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<F, string>>; values: Record<string, string> };

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const FORBIDDEN = 'Referenzdaten dürfen nur Administratorinnen und Administratoren ändern.';

function toState<F extends string>(result: ReferenceResult<F>, values: Record<string, string>): ReferenceFormState<F> {
  if (result.ok) {
    revalidatePath('/verwaltung/mindestlohn');
    revalidatePath('/projekte/[id]/foerderung', 'page');
    return { status: 'saved', message: result.message };
  }
  switch (result.kind) {
    case 'invalid':
      return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
    case 'conflict':
      return { status: 'error', message: result.message, fieldErrors: {}, values };
    case 'forbidden':
      return { status: 'error', message: FORBIDDEN, fieldErrors: {}, values };
  }
}

export async function saveMinimumWageAction(_previous: ReferenceFormState<MinimumWageField>, formData: FormData): Promise<ReferenceFormState<MinimumWageField>> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await saveMinimumWage(actor, values), values);
}

export async function saveBenefitRateAction(_previous: ReferenceFormState<BenefitRateField>, formData: FormData): Promise<ReferenceFormState<BenefitRateField>> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  return toState(await saveBenefitRate(actor, values), values);
}

export async function deleteReferenceRowAction(_previous: ReferenceFormState<'validFrom'>, formData: FormData): Promise<ReferenceFormState<'validFrom'>> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const table: ReferenceTable = values.table === 'BenefitRate' ? 'BenefitRate' : 'MinimumWage';
  return toState(await deleteReferenceRow(actor, table, values), values);
}
