'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { formValues } from '../validation';
import { registerParticipant } from './register-participant';
import type { ActionState, RegisterField } from './schema';

export async function registerParticipantAction(_previous: ActionState<RegisterField>, formData: FormData): Promise<ActionState<RegisterField>> {
  const actor = await getActor();
  if (!actor) return { status: 'error', message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', fieldErrors: {} };
  const values = formValues(formData);
  const result = await registerParticipant(actor, values);
  if (!result.ok) {
    if (result.kind === 'duplicate') {
      const byNumber = result.duplicates.some((d) => d.reason === 'CUSTOMER_NUMBER');
      return {
        status: 'duplicate',
        message: byNumber
          ? 'Zu dieser Kundennummer gibt es bereits einen Datensatz. Bitte verwenden Sie den vorhandenen.'
          : 'Es gibt bereits einen Datensatz mit gleichem Namen und Geburtsdatum. Ist es dieselbe Person?',
        duplicates: result.duplicates,
        values,
      };
    }
    return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
  }
  revalidatePath('/teilnehmende');
  redirect(`/teilnehmende/${result.participantId}`);
}
