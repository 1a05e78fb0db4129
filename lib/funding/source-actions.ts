'use server';
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import type { ActorContext } from '../auth/authorize';
import { formValues } from '../validation';
import type { FundingResult } from './funding-access';
import { createFundingAmount, deleteFundingAmount, updateFundingAmount } from './save-funding-amount';
import { createFundingSource, deleteFundingSource, updateFundingSource } from './save-funding-source';
import type { FundingFormState } from './source-schema';

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const NOT_FOUND = 'Diesen Eintrag gibt es nicht oder Sie dürfen ihn nicht ändern.';

async function run(
  formData: FormData,
  perform: (actor: ActorContext, raw: unknown) => Promise<FundingResult<string>>,
  saved: string,
): Promise<FundingFormState> {
  const actor = await getActor();
  const values = formValues(formData);
  if (!actor) return { status: 'error', message: EXPIRED, fieldErrors: {}, values };
  const result = await perform(actor, values);
  if (result.ok) {
    revalidatePath(`/projekte/${result.projectId}`, 'layout');
    revalidatePath('/');
    return { status: 'saved', message: saved, nonce: crypto.randomUUID() };
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

export async function createFundingSourceAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, createFundingSource, 'Die Finanzierungsquelle wurde angelegt.');
}
export async function updateFundingSourceAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, updateFundingSource, 'Die Finanzierungsquelle wurde gespeichert.');
}
export async function deleteFundingSourceAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, deleteFundingSource, 'Die Finanzierungsquelle wurde gelöscht.');
}
export async function createFundingAmountAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, createFundingAmount, 'Der Betrag wurde gespeichert.');
}
export async function updateFundingAmountAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, updateFundingAmount, 'Der Betrag wurde gespeichert.');
}
export async function deleteFundingAmountAction(_p: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return run(formData, deleteFundingAmount, 'Der Betrag wurde gelöscht.');
}
