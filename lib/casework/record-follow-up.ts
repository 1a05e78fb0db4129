import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { berlinToday } from './activity-window';
import { CONFLICT_MESSAGE, claimEnrolment, findActivityEnrolment, mayWriteCasework } from './activity-enrolment';
import { FOLLOW_UP_EARLY_DAYS, RecordFollowUpSchema, type RecordFollowUpField } from './follow-up-schema';

export type RecordFollowUpResult =
  | { ok: true }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<RecordFollowUpField, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

const INVALID = 'Die Nachbefragung wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const DAY = 24 * 3600 * 1000;

/**
 * Records the result of a follow-up 6 or 12 months after exit: still employed, and
 * income covering needs (no more benefits). Unlike contacts it is taken whenever it
 * falls due, also after the 12-month aftercare window; once only.
 */
export async function recordFollowUp(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<RecordFollowUpResult> {
  if (!mayWriteCasework(actor)) return { ok: false, kind: 'not-found' };
  const parsed = RecordFollowUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<RecordFollowUpField>(parsed.error) };
  const input = parsed.data;

  const enrolment = await findActivityEnrolment(actor, input.enrolmentId, 'record-follow-up');
  if (!enrolment) return { ok: false, kind: 'not-found' };
  const followUp = await db.followUp.findFirst({
    where: { id: input.followUpId, enrolmentId: enrolment.id },
    select: { id: true, dueAt: true, completedAt: true, monthsAfter: true },
  });
  if (!followUp) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { followUpId: 'Bitte wählen Sie die Nachbefragung aus.' } };
  if (followUp.completedAt) return { ok: false, kind: 'conflict', message: `Diese Nachbefragung wurde bereits am ${formatDay(followUp.completedAt)} erfasst.` };
  if (input.completedAt > today) {
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { completedAt: 'Das Datum der Nachbefragung darf nicht in der Zukunft liegen.' } };
  }
  const earliest = new Date(followUp.dueAt.getTime() - FOLLOW_UP_EARLY_DAYS * DAY);
  if (input.completedAt < earliest) {
    const message = `Die Nachbefragung nach ${followUp.monthsAfter} Monaten ist am ${formatDay(followUp.dueAt)} fällig; erfassen lässt sie sich frühestens ab ${formatDay(earliest)}.`;
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { completedAt: message } };
  }

  return db.$transaction(async (tx) => {
    if (!(await claimEnrolment(tx, enrolment, input.version))) return { ok: false, kind: 'conflict', message: CONFLICT_MESSAGE } as const;
    const done = await tx.followUp.updateMany({
      where: { id: followUp.id, completedAt: null },
      data: { completedAt: input.completedAt, stillEmployed: input.stillEmployed, needsCovering: input.needsCovering, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new Error('follow-up changed inside a claimed enrolment');
    await audit(tx, actor, 'update', 'FollowUp', followUp.id, { enrolmentId: enrolment.id, fields: ['completedAt', 'stillEmployed', 'needsCovering'] });
    return { ok: true } as const;
  });
}
