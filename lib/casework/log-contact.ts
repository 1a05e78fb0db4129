import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { berlinToday } from './activity-window';
import { CONFLICT_MESSAGE, claimEnrolment, closedMessage, findActivityEnrolment, mayWriteCasework } from './activity-enrolment';
import { LogContactSchema, contactTimestamp, type LogContactField } from './contact-schema';

export type LogContactResult =
  | { ok: true; contactId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<LogContactField, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

const INVALID = 'Der Kontakt wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

/**
 * Logs a contact with the participant of an enrolment, by the actor. On an exited
 * enrolment contacts are still taken for 12 months after the exit (aftercare and
 * follow-up talks; see activity-window.ts), never later.
 */
export async function logContact(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<LogContactResult> {
  if (!mayWriteCasework(actor)) return { ok: false, kind: 'not-found' };
  const parsed = LogContactSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<LogContactField>(parsed.error) };
  const input = parsed.data;

  const enrolment = await findActivityEnrolment(actor, input.enrolmentId, 'log-contact');
  if (!enrolment) return { ok: false, kind: 'not-found' };
  const closed = closedMessage(enrolment, today);
  if (closed) return { ok: false, kind: 'invalid', message: closed, fieldErrors: {} };
  if (input.occurredAt > today) {
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { occurredAt: 'Das Datum des Kontakts darf nicht in der Zukunft liegen.' } };
  }
  if (input.occurredAt < enrolment.enrolledAt) {
    const message = `Das Datum des Kontakts darf nicht vor der Zuweisung am ${formatDay(enrolment.enrolledAt)} liegen.`;
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { occurredAt: message } };
  }

  return db.$transaction(async (tx) => {
    if (!(await claimEnrolment(tx, enrolment, input.version))) return { ok: false, kind: 'conflict', message: CONFLICT_MESSAGE } as const;
    const contact = await tx.contact.create({
      data: {
        enrolmentId: enrolment.id,
        byUserId: actor.id,
        occurredAt: contactTimestamp(input.occurredAt),
        kind: input.kind,
        durationMinutes: input.durationMinutes,
        note: input.note || null,
      },
      select: { id: true },
    });
    // Ids and field names only: the note is free text about a person (§67 SGB X).
    await audit(tx, actor, 'create', 'Contact', contact.id, {
      enrolmentId: enrolment.id,
      fields: ['occurredAt', 'kind', 'durationMinutes', ...(input.note ? ['note'] : [])],
    });
    return { ok: true, contactId: contact.id } as const;
  });
}
