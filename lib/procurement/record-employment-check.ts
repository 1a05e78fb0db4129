import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { checkDueAt, checkOpen, checkOpensAt } from './employment-check';
import { EmploymentCheckSchema, type EmploymentCheckField } from './schema';
import { findEditableTender, invalid, mayWriteTenders, withClaimedTender, type WriteResult } from './tender-access';

const INVALID = 'Die Prüfung wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const DUE = 'Bitte wählen Sie die fällige Prüfung aus der Liste.';

/**
 * Records whether a person hired under the clause is still employed 6 or 12 months after
 * the hire (the sustainability of the hire), once it falls due; once only.
 */
export async function recordEmploymentCheck(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<WriteResult<EmploymentCheckField>> {
  const scope = enrolmentScope(actor);
  if (!mayWriteTenders(actor) || !scope) return { ok: false, kind: 'not-found' };
  const parsed = EmploymentCheckSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<EmploymentCheckField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'record-employment-check');
  if (!tender) return { ok: false, kind: 'not-found' };
  const { deliveredHireId, months } = input.due;
  // Only a hire of this tender's clause whose enrolment the actor may see.
  const hire = tender.socialClause
    ? await db.deliveredHire.findFirst({
        where: { id: deliveredHireId, socialClauseId: tender.socialClause.id, enrolment: scope },
        select: { id: true, hiredAt: true, stillEmployed6m: true, stillEmployed12m: true },
      })
    : null;
  if (!hire) return invalid(INVALID, { due: DUE });
  const field = months === 6 ? 'stillEmployed6m' : 'stillEmployed12m';
  if (hire[field] !== null) return { ok: false, kind: 'conflict', message: `Die Prüfung nach ${months} Monaten ist für diese Einstellung bereits erfasst.` };
  if (!checkOpen(hire.hiredAt, months, today)) {
    const message = `Die Prüfung nach ${months} Monaten ist am ${formatDay(checkDueAt(hire.hiredAt, months))} fällig; erfassen lässt sie sich frühestens ab ${formatDay(checkOpensAt(hire.hiredAt, months))}.`;
    return invalid(INVALID, { due: message });
  }

  return withClaimedTender(tender.id, input.version, async (tx) => {
    const done = await tx.deliveredHire.updateMany({
      where: { id: hire.id, [field]: null },
      data: { [field]: input.stillEmployed, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new Error('delivered hire changed inside a claimed tender');
    await audit(tx, actor, 'update', 'DeliveredHire', hire.id, { tenderId: tender.id, fields: [field] });
    return { ok: true, id: hire.id } as const;
  });
}
