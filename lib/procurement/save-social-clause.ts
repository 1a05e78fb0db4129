import 'server-only';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { SocialClauseSchema, type SocialClauseField } from './schema';
import { findEditableTender, invalid, mayWriteTenders, withClaimedTender, type WriteResult } from './tender-access';

const INVALID = 'Die Sozialklausel wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

/**
 * A social clause only where the check found room for it: § 97 Abs. 3 GWB admits social
 * aspects, but as award criterion or performance condition only in connection with the
 * subject-matter of the contract (§ 127 Abs. 3, § 128 Abs. 2 GWB), so a tender without
 * work the target group can do carries none. German reason, or null when allowed.
 */
export function clauseRefusal(tender: { suitabilityCheck: { suitable: boolean; reason: string; checkedAt: Date } | null }): string | null {
  const check = tender.suitabilityCheck;
  if (!check) return 'Eine Sozialklausel setzt eine Eignungsprüfung voraus: Diese Vergabe wurde noch nicht geprüft. Bitte erfassen Sie zuerst das Ergebnis der Prüfung.';
  if (!check.suitable) {
    return `Eine Sozialklausel ist nur bei einer geeigneten Vergabe möglich: Diese Vergabe wurde am ${formatDay(check.checkedAt)} als nicht geeignet geprüft („${check.reason}“).`;
  }
  return null;
}

/** Applies the social clause to a tender checked suitable, or changes it. */
export async function saveSocialClause(actor: ActorContext, raw: unknown): Promise<WriteResult<SocialClauseField>> {
  if (!mayWriteTenders(actor)) return { ok: false, kind: 'not-found' };
  const parsed = SocialClauseSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<SocialClauseField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'save-social-clause');
  if (!tender) return { ok: false, kind: 'not-found' };
  const refusal = clauseRefusal(tender);
  if (refusal) return invalid(refusal);

  return withClaimedTender(tender.id, input.version, async (tx) => {
    const values = {
      type: input.type,
      committedHires: input.committedHires ?? 0,
      committedHours: input.committedHours ?? null,
      protectsExistingStaff: input.protectsExistingStaff,
      contractor: input.contractor ?? null,
      termStart: input.termStart ?? null,
      termEnd: input.termEnd ?? null,
    };
    const clause = await tx.socialClause.upsert({
      where: { tenderId: tender.id },
      create: { tenderId: tender.id, ...values },
      update: { ...values, version: { increment: 1 } },
      select: { id: true },
    });
    await audit(tx, actor, tender.socialClause ? 'update' : 'create', 'SocialClause', clause.id, {
      tenderId: tender.id,
      fields: Object.keys(values),
    });
    return { ok: true, id: clause.id } as const;
  });
}
