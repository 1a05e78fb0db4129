import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import type { ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';

// What a caseworker or job coach should do next, for the enrolments assigned to
// them: follow-ups due, contacts behind the project's target, aftercare ending.
// Pseudonymous (no identifying field is loaded); computed in SQL with the
// (enrolmentId, occurredAt) and caseworker/job-coach indexes, so it stays fast on
// a large caseload. The read is audited.

export const WORKLIST = { followUpHorizonDays: 14, aftercareHorizonDays: 30, contactWindowDays: 30, rows: 50 } as const;

export interface WorklistRow {
  enrolmentId: string;
  participantId: string;
  pseudonym: string;
  project: string;
}
export interface FollowUpRow extends WorklistRow { monthsAfter: number; dueAt: Date }
export interface ContactRow extends WorklistRow { recentContacts: number; target: number; lastContactAt: Date | null }
export interface AftercareRow extends WorklistRow { endsAt: Date }
export interface Worklist { followUps: FollowUpRow[]; contacts: ContactRow[]; aftercare: AftercareRow[] }

const DAY = 24 * 60 * 60 * 1000;

/** An active enrolment `e` of project `pr` with fewer contacts since `since` than the project's monthly target. */
export function behindContactTarget(since: Date): Prisma.Sql {
  return Prisma.sql`e."exitedAt" IS NULL
    AND (SELECT count(*) FROM "Contact" c WHERE c."enrolmentId" = e.id AND c."occurredAt" >= ${since}) < COALESCE(pr."contactsPerMonth", 1)`;
}

export function contactWindowStart(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - WORKLIST.contactWindowDays * DAY);
}

// The enrolments as a set read through the caseworker and job-coach indexes: as an OR in
// the WHERE clause, PostgreSQL could use neither and read every enrolment or follow-up
// of all organisations instead of one caseload.
function assignedTo(actorId: string): Prisma.Sql {
  return Prisma.sql`e.id IN (SELECT a.id FROM "Enrolment" a WHERE a."caseworkerId" = ${actorId}::uuid
    UNION ALL SELECT a.id FROM "Enrolment" a JOIN "JobCoach" j ON j.id = a."jobCoachId" WHERE j."userId" = ${actorId}::uuid)`;
}

export async function getWorklist(actor: ActorContext, today = new Date()): Promise<Worklist | null> {
  if (!can(actor, 'casework.write')) return null;
  const mine = assignedTo(actor.id);
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const followUpHorizon = new Date(day.getTime() + WORKLIST.followUpHorizonDays * DAY);
  const aftercareHorizon = new Date(day.getTime() + WORKLIST.aftercareHorizonDays * DAY);
  const contactSince = contactWindowStart(day);

  const [followUps, contacts, aftercare] = await Promise.all([
    db.$queryRaw<FollowUpRow[]>`
      SELECT e.id AS "enrolmentId", p.id AS "participantId", p.pseudonym, pr.name AS project, f."monthsAfter", f."dueAt"
      FROM "FollowUp" f
      JOIN "Enrolment" e ON e.id = f."enrolmentId"
      JOIN "Participant" p ON p.id = e."participantId"
      JOIN "Project" pr ON pr.id = e."projectId"
      WHERE ${mine} AND f."completedAt" IS NULL AND f."dueAt" <= ${followUpHorizon}::date
      ORDER BY f."dueAt", e.id LIMIT ${WORKLIST.rows}`,
    db.$queryRaw<(Omit<ContactRow, 'recentContacts'> & { recentContacts: bigint })[]>`
      SELECT e.id AS "enrolmentId", p.id AS "participantId", p.pseudonym, pr.name AS project,
             COALESCE(pr."contactsPerMonth", 1) AS target, recent.n AS "recentContacts", last."occurredAt" AS "lastContactAt"
      FROM "Enrolment" e
      JOIN "Participant" p ON p.id = e."participantId"
      JOIN "Project" pr ON pr.id = e."projectId"
      CROSS JOIN LATERAL (SELECT count(*) AS n FROM "Contact" c WHERE c."enrolmentId" = e.id AND c."occurredAt" >= ${contactSince}) recent
      LEFT JOIN LATERAL (SELECT c."occurredAt" FROM "Contact" c WHERE c."enrolmentId" = e.id ORDER BY c."occurredAt" DESC LIMIT 1) last ON true
      WHERE ${mine} AND e."exitedAt" IS NULL AND recent.n < COALESCE(pr."contactsPerMonth", 1)
      ORDER BY last."occurredAt" ASC NULLS FIRST, e.id LIMIT ${WORKLIST.rows}`,
    db.$queryRaw<AftercareRow[]>`
      SELECT e.id AS "enrolmentId", p.id AS "participantId", p.pseudonym, pr.name AS project, ph."endDate" AS "endsAt"
      FROM "Phase" ph
      JOIN "Enrolment" e ON e.id = ph."enrolmentId"
      JOIN "Participant" p ON p.id = e."participantId"
      JOIN "Project" pr ON pr.id = e."projectId"
      WHERE ${mine} AND e."exitedAt" IS NULL AND ph.kind = 'AFTERCARE'
        AND ph."endDate" BETWEEN ${day}::date AND ${aftercareHorizon}::date
      ORDER BY ph."endDate", e.id LIMIT ${WORKLIST.rows}`,
  ]);
  const worklist = { followUps, contacts: contacts.map((c) => ({ ...c, recentContacts: Number(c.recentContacts) })), aftercare };
  const ids = [...new Set([...followUps, ...contacts, ...aftercare].map((r) => r.enrolmentId))];
  if (ids.length > 0) await audit(db, actor, 'read', 'Enrolment', null, { ids, purpose: 'worklist' });
  return worklist;
}
