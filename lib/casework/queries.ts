import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import type { PhaseKind } from '../generated/prisma/enums';

export interface CaseworkFigures {
  activeParticipants: number;
  myCaseload: number;
  myContactsLast30Days: number;
  followUpsDue: number;
}

export async function getCaseworkFigures(actor: ActorContext, now = new Date()): Promise<CaseworkFigures | null> {
  const scope = enrolmentScope(actor);
  if (!scope) return null;
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const active = { AND: [scope, { exitedAt: null }] };
  const [activeParticipants, myCaseload, myContactsLast30Days, followUpsDue] = await Promise.all([
    db.enrolment.count({ where: active }),
    db.enrolment.count({ where: { AND: [active, { caseworkerId: actor.id }] } }),
    db.contact.count({ where: { byUserId: actor.id, occurredAt: { gte: since } } }),
    db.followUp.count({ where: { completedAt: null, dueAt: { lte: now }, enrolment: { AND: [scope, { caseworkerId: actor.id }] } } }),
  ]);
  return { activeParticipants, myCaseload, myContactsLast30Days, followUpsDue };
}

export interface AssignedParticipant {
  enrolmentId: string;
  pseudonym: string;
  project: string;
  phase: PhaseKind | null;
  phaseSince: Date | null;
  exitedAt: Date | null;
}

export interface AssignedParticipants {
  active: number;
  rows: AssignedParticipant[];
}

/**
 * The job coach's own participants, active first, then the most recently exited
 * (aftercare follows them after exit). Pseudonymous: no identifying field is loaded.
 */
export async function listAssignedParticipants(actor: ActorContext, take = 50): Promise<AssignedParticipants> {
  const scope = enrolmentScope(actor);
  if (!scope) return { active: 0, rows: [] };
  const mine = { AND: [scope, { jobCoach: { userId: actor.id } }] };
  const [active, enrolments] = await Promise.all([
    db.enrolment.count({ where: { AND: [mine, { exitedAt: null }] } }),
    db.enrolment.findMany({
      where: mine,
      select: {
        id: true,
        exitedAt: true,
        participant: { select: { pseudonym: true } },
        project: { select: { name: true } },
        phases: { select: { kind: true, startDate: true }, orderBy: { startDate: 'desc' }, take: 1 },
      },
      orderBy: [{ exitedAt: { sort: 'desc', nulls: 'first' } }, { enrolledAt: 'desc' }],
      take,
    }),
  ]);
  // Pseudonymous, but still a read of participant records (DOMAIN.md): audited.
  if (enrolments.length > 0) await audit(db, actor, 'read', 'Enrolment', null, { ids: enrolments.map((e) => e.id), purpose: 'job-coach-start-page' });
  return {
    active,
    rows: enrolments.map((e) => ({
      enrolmentId: e.id,
      pseudonym: e.participant.pseudonym,
      project: e.project.name,
      phase: e.phases[0]?.kind ?? null,
      phaseSince: e.phases[0]?.startDate ?? null,
      exitedAt: e.exitedAt,
    })),
  };
}
