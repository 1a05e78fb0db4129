// The retention rule (Art. 5(1)(e) and Art. 17 GDPR, §84 SGB X): once a participant's
// deletion date has come, their identifying data go; the pseudonymous record, its
// enrolments, phases, contacts and services stay for the statistics. Runs as
// `npm run retention` across every organisation, so it bypasses the actor scope
// (`unsafe…`) and never belongs in a request. No `server-only`: a script imports it.
import type { PrismaClient } from '../generated/prisma/client';
import { audit } from '../audit';

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Sign-in throttle rows carry an e-mail or IP address. Once their counting window and
 * any lock have ended they count for nothing (the next attempt starts afresh), so
 * they go; a day is far longer than the sign-in window and lock (15 minutes each).
 */
export const THROTTLE_STALE_HOURS = 24;

/** The identifying fields that retention removes, for the audit trail (names, never values). */
const DELETED_FIELDS = ['ParticipantIdentity.*', 'Contact.note', 'SupportService.note'];

export interface RetentionOptions {
  /** Today's calendar day (UTC midnight, as DATE columns are read); due on or before it = deleted. */
  today: Date;
  batchSize?: number;
  now?: Date;
}

export interface RetentionResult {
  identitiesDeleted: number;
  contactNotesCleared: number;
  supportServiceNotesCleared: number;
  batches: number;
  throttleRowsPruned: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Each batch is one transaction (identities deleted, notes cleared, identityDeletedAt
 * set, audit event written), so a crash leaves every participant either fully done or
 * untouched and the next run carries on. Batches walk the deletionDueAt index with a
 * cursor, so each one starts where the last ended, even at a million participants.
 */
export async function unsafeRunRetention(prisma: PrismaClient, options: RetentionOptions): Promise<RetentionResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('Die Stapelgröße muss eine positive ganze Zahl sein.');
  const now = options.now ?? new Date();
  const today = isoDay(options.today);
  const result: RetentionResult = { identitiesDeleted: 0, contactNotesCleared: 0, supportServiceNotesCleared: 0, batches: 0, throttleRowsPruned: 0 };
  let cursor = { due: '0001-01-01', id: '00000000-0000-0000-0000-000000000000' };

  for (;;) {
    const batch = await prisma.$transaction(
      async (tx) => {
        // Someone still enrolled keeps their identity whatever the date says: casework
        // needs it (e.g. the birth date for §16e/§16i limits). SKIP LOCKED: a row being
        // changed right now is left for tomorrow's run instead of waited for.
        const due = await tx.$queryRaw<{ id: string; deletionDueAt: Date }[]>`
          SELECT p.id, p."deletionDueAt"
          FROM "Participant" p
          WHERE p."deletionDueAt" <= ${today}::date
            AND p."deletionDueAt" >= ${cursor.due}::date
            AND (p."deletionDueAt", p.id) > (${cursor.due}::date, ${cursor.id}::uuid)
            AND p."identityDeletedAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."participantId" = p.id AND e."exitedAt" IS NULL)
          ORDER BY p."deletionDueAt", p.id
          LIMIT ${batchSize}
          FOR UPDATE OF p SKIP LOCKED`;
        if (due.length === 0) return null;
        const ids = due.map((row) => row.id);
        const identities = await tx.participantIdentity.deleteMany({ where: { participantId: { in: ids } } });
        // Free text can name a person or their circumstances; the kind, date and duration stay.
        const contacts = await tx.contact.updateMany({
          where: { enrolment: { participantId: { in: ids } }, note: { not: null } },
          data: { note: null, version: { increment: 1 } },
        });
        const services = await tx.supportService.updateMany({
          where: { enrolment: { participantId: { in: ids } }, note: { not: null } },
          data: { note: null, version: { increment: 1 } },
        });
        await tx.participant.updateMany({ where: { id: { in: ids } }, data: { identityDeletedAt: now, version: { increment: 1 } } });
        await audit(tx, null, 'delete', 'ParticipantIdentity', null, {
          reason: 'retention',
          dueOnOrBefore: today,
          participantIds: ids,
          fields: DELETED_FIELDS,
          identities: identities.count,
          contactNotes: contacts.count,
          supportServiceNotes: services.count,
        });
        const last = due[due.length - 1]!;
        return { last, participants: ids.length, contacts: contacts.count, services: services.count };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    if (!batch) break;
    result.batches += 1;
    result.identitiesDeleted += batch.participants;
    result.contactNotesCleared += batch.contacts;
    result.supportServiceNotesCleared += batch.services;
    cursor = { due: isoDay(batch.last.deletionDueAt), id: batch.last.id };
    if (batch.participants < batchSize) break;
  }

  result.throttleRowsPruned = await pruneSignInThrottle(prisma, now);
  return result;
}

async function pruneSignInThrottle(prisma: PrismaClient, now: Date): Promise<number> {
  const staleBefore = new Date(now.getTime() - THROTTLE_STALE_HOURS * 3_600_000);
  const pruned = await prisma.signInThrottle.deleteMany({
    where: { windowStart: { lt: staleBefore }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
  if (pruned.count > 0) await audit(prisma, null, 'delete', 'SignInThrottle', null, { reason: 'retention', count: pruned.count });
  return pruned.count;
}
