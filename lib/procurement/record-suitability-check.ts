import 'server-only';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { fieldErrors } from '../validation';
import { SuitabilityCheckSchema, type SuitabilityCheckField } from './schema';
import { findEditableTender, invalid, mayWriteTenders, withClaimedTender, type WriteResult } from './tender-access';

const INVALID = 'Das Ergebnis der Prüfung wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

/**
 * Records (or corrects) whether a tender leaves room to employ long-term unemployed people,
 * and why; the actor is the one who checked. Dortmund checks jointly (Fachstelle für
 * Beschäftigungsförderung, Vergabe- und Beschaffungszentrum, ordering department); the
 * portal records who entered the result.
 */
export async function recordSuitabilityCheck(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<WriteResult<SuitabilityCheckField>> {
  if (!mayWriteTenders(actor)) return { ok: false, kind: 'not-found' };
  const parsed = SuitabilityCheckSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<SuitabilityCheckField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'record-suitability-check');
  if (!tender) return { ok: false, kind: 'not-found' };
  if (input.checkedAt > today) return invalid(INVALID, { checkedAt: 'Das Datum der Prüfung darf nicht in der Zukunft liegen.' });
  if (!input.suitable && tender.socialClause) {
    return invalid(INVALID, {
      suitable: 'Diese Vergabe trägt bereits eine Sozialklausel. Sie kann nur als geeignet gelten, solange die Klausel besteht.',
    });
  }
  return withClaimedTender(tender.id, input.version, async (tx) => {
    const values = { suitable: input.suitable, reason: input.reason, checkedAt: input.checkedAt, checkedById: actor.id };
    const check = await tx.suitabilityCheck.upsert({
      where: { tenderId: tender.id },
      create: { tenderId: tender.id, ...values },
      update: { ...values, version: { increment: 1 } },
      select: { id: true },
    });
    // Field names only; the reason is free text.
    await audit(tx, actor, tender.suitabilityCheck ? 'update' : 'create', 'SuitabilityCheck', check.id, {
      tenderId: tender.id,
      fields: ['suitable', 'reason', 'checkedAt', 'checkedById'],
    });
    return { ok: true, id: check.id } as const;
  });
}
