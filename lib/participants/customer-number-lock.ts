import 'server-only';
import type { Prisma } from '../generated/prisma/client';

/**
 * Serialises registrations of the same customer numbers in one jobcenter for the rest
 * of the transaction. The number lives in ParticipantIdentity and the jobcenter in
 * Participant, so no unique index can hold it; without the lock two people saving the
 * same person at once would both pass the duplicate check. Sorted, so two imports
 * with overlapping numbers take their locks in the same order.
 */
export async function lockCustomerNumbers(tx: Prisma.TransactionClient, organisationId: string, numbers: readonly string[]): Promise<void> {
  const keys = [...new Set(numbers)].sort();
  if (keys.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${organisationId} || ':' || s.k, 0))
    FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k) s`;
}

/** Which of these numbers the jobcenter already holds (call after lockCustomerNumbers). */
export async function heldCustomerNumbers(tx: Prisma.TransactionClient, organisationId: string, numbers: readonly string[]): Promise<Set<string>> {
  const rows = await tx.participantIdentity.findMany({
    where: { customerNumber: { in: [...new Set(numbers)] }, participant: { organisationId } },
    select: { customerNumber: true },
  });
  return new Set(rows.map((r) => r.customerNumber));
}
