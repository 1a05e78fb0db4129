import 'server-only';
import { db } from '../db';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import { can } from '../auth/permissions';
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
}

/** The job coach's own participants, pseudonymous: no identifying field is loaded. */
export async function listAssignedParticipants(actor: ActorContext, take = 50): Promise<AssignedParticipant[]> {
  if (!can(actor, 'participant.read')) return [];
  const scope = enrolmentScope(actor);
  if (!scope) return [];
  const enrolments = await db.enrolment.findMany({
    where: { AND: [scope, { jobCoach: { userId: actor.id } }, { exitedAt: null }] },
    select: {
      id: true,
      participant: { select: { pseudonym: true } },
      project: { select: { name: true } },
      phases: { select: { kind: true, startDate: true }, orderBy: { startDate: 'desc' }, take: 1 },
    },
    orderBy: { enrolledAt: 'desc' },
    take,
  });
  return enrolments.map((e) => ({
    enrolmentId: e.id,
    pseudonym: e.participant.pseudonym,
    project: e.project.name,
    phase: e.phases[0]?.kind ?? null,
    phaseSince: e.phases[0]?.startDate ?? null,
  }));
}
