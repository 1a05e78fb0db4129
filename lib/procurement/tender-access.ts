import 'server-only';
// The steps every change on a tender shares: find the tender inside the actor's edit scope
// (else it does not exist for them, and the attempt is audited), then claim its version.
import { db } from '../db';
import { audit } from '../audit';
import { tenderEditScope, type ActorContext } from '../auth/authorize';
import type { Prisma } from '../generated/prisma/client';

export type WriteResult<F extends string> =
  | { ok: true; id: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<F, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

export const TENDER_CONFLICT =
  'Diese Vergabe wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.';

export function invalid<F extends string>(message: string, fieldErrors: Partial<Record<F, string>> = {}): WriteResult<F> {
  return { ok: false, kind: 'invalid', message, fieldErrors };
}

const TENDER_SELECT = {
  id: true,
  version: true,
  organisationId: true,
  projectId: true,
  suitabilityCheck: { select: { id: true, suitable: true, reason: true, checkedAt: true } },
  socialClause: { select: { id: true, termStart: true, termEnd: true } },
} satisfies Prisma.TenderSelect;

export type EditableTender = Prisma.TenderGetPayload<{ select: typeof TENDER_SELECT }>;

/** Whether the actor may change tenders at all; no record is touched yet. */
export function mayWriteTenders(actor: ActorContext): boolean {
  return tenderEditScope(actor) !== null;
}

/** The tender if the actor may change it; otherwise null, and the attempt is audited. */
export async function findEditableTender(actor: ActorContext, tenderId: string, action: string): Promise<EditableTender | null> {
  const scope = tenderEditScope(actor);
  const tender = scope ? await db.tender.findFirst({ where: { AND: [{ id: tenderId }, scope] }, select: TENDER_SELECT }) : null;
  if (!tender) await audit(db, actor, 'access.denied', 'Tender', tenderId, { action });
  return tender;
}

/** Optimistic concurrency: true if the tender was still the version the form showed. */
export async function claimTender(tx: Prisma.TransactionClient, tenderId: string, version: number): Promise<boolean> {
  const claimed = await tx.tender.updateMany({ where: { id: tenderId, version }, data: { version: { increment: 1 } } });
  return claimed.count === 1;
}

/** Thrown inside a transaction to roll it back when the version moved on. */
export class StaleTender extends Error {}

/** Runs `work` inside a transaction that first claims the tender; a stale form changes nothing. */
export async function withClaimedTender<T>(
  tenderId: string,
  version: number,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | { ok: false; kind: 'conflict'; message: string }> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await claimTender(tx, tenderId, version))) throw new StaleTender();
      return work(tx);
    });
  } catch (error) {
    if (error instanceof StaleTender) return { ok: false, kind: 'conflict', message: TENDER_CONFLICT };
    throw error;
  }
}
