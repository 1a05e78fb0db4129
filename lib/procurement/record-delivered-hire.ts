import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { DeliveredHireSchema, type DeliveredHireField } from './schema';
import { findEditableTender, invalid, mayWriteTenders, withClaimedTender, type WriteResult } from './tender-access';

const INVALID = 'Die Einstellung wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const NO_CLAUSE = 'Einstellungen lassen sich erst erfassen, wenn die Vergabe eine Sozialklausel hat.';
const UNKNOWN = 'Zu diesem Pseudonym gibt es keine Teilnahme, auf die Sie Zugriff haben.';

/**
 * Records a hire the contractor made under the tender's social clause, linked to a real
 * enrolment: picked by the participant's pseudonym among the enrolments the actor may see
 * (a name is never typed in, so none is stored here). If the person has several, the one
 * in the tender's project is taken, else the latest.
 */
export async function recordDeliveredHire(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<WriteResult<DeliveredHireField>> {
  const scope = enrolmentScope(actor);
  if (!mayWriteTenders(actor) || !scope) return { ok: false, kind: 'not-found' };
  const parsed = DeliveredHireSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<DeliveredHireField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'record-delivered-hire');
  if (!tender) return { ok: false, kind: 'not-found' };
  const clause = tender.socialClause;
  if (!clause) return invalid(NO_CLAUSE);

  const enrolments = await db.enrolment.findMany({
    where: { AND: [{ participant: { pseudonym: input.pseudonym } }, scope] },
    select: { id: true, projectId: true, enrolledAt: true },
    orderBy: { enrolledAt: 'desc' },
  });
  const enrolment = enrolments.find((e) => e.projectId === tender.projectId) ?? enrolments[0];
  if (!enrolment) {
    // Which pseudonym was tried is not recorded: the event must not point at a person.
    await audit(db, actor, 'access.denied', 'Enrolment', null, { action: 'record-delivered-hire', tenderId: tender.id });
    return invalid(INVALID, { pseudonym: UNKNOWN });
  }
  const errors: Partial<Record<DeliveredHireField, string>> = {};
  if (input.hiredAt > today) errors.hiredAt = 'Das Datum der Einstellung darf nicht in der Zukunft liegen.';
  else if (clause.termStart && input.hiredAt < clause.termStart) errors.hiredAt = `Die Einstellung darf nicht vor Beginn der Vertragslaufzeit am ${formatDay(clause.termStart)} liegen.`;
  else if (clause.termEnd && input.hiredAt > clause.termEnd) errors.hiredAt = `Die Einstellung darf nicht nach Ende der Vertragslaufzeit am ${formatDay(clause.termEnd)} liegen.`;
  else if (input.hiredAt < enrolment.enrolledAt) errors.hiredAt = `Die Einstellung darf nicht vor der Zuweisung am ${formatDay(enrolment.enrolledAt)} liegen.`;
  if (await db.deliveredHire.count({ where: { socialClauseId: clause.id, enrolmentId: enrolment.id } })) {
    errors.pseudonym = 'Die Einstellung dieser Person ist für diese Vergabe bereits erfasst.';
  }
  if (Object.keys(errors).length > 0) return invalid(INVALID, errors);

  return withClaimedTender(tender.id, input.version, async (tx) => {
    const hire = await tx.deliveredHire.create({
      data: { socialClauseId: clause.id, enrolmentId: enrolment.id, hiredAt: input.hiredAt },
      select: { id: true },
    });
    await audit(tx, actor, 'create', 'DeliveredHire', hire.id, {
      tenderId: tender.id,
      socialClauseId: clause.id,
      enrolmentId: enrolment.id,
      fields: ['enrolmentId', 'hiredAt'],
    });
    return { ok: true, id: hire.id } as const;
  });
}
