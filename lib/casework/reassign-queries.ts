import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { assignableCaseworkers, assignableJobCoaches, reassignEnrolmentScope, reassignProjectScope, type ActorContext } from '../auth/authorize';
import type { Prisma } from '../generated/prisma/client';
import type { PhaseKind } from '../generated/prisma/enums';
import type { ReassignRole } from './reassign-schema';

/** Rows per page of the reassignment list; more are paged by key. */
export const REASSIGN_PAGE_SIZE = 100;

export interface HeldEnrolment {
  enrolmentId: string;
  version: number;
  participantId: string;
  pseudonym: string;
  /** "Last, First" if the actor may read identity, else null. */
  name: string | null;
  enrolledAt: Date;
  phase: PhaseKind | null;
  phaseSince: Date | null;
}

export interface HeldFilter {
  projectId: string;
  role: ReassignRole;
  /** null = the enrolments without a caseworker (or job coach). */
  personId: string | null;
  /** Key of the last row shown (an enrolment id). */
  after?: string;
}

function holder(role: ReassignRole, personId: string | null): Prisma.EnrolmentWhereInput {
  return role === 'caseworker' ? { caseworkerId: personId } : { jobCoachId: personId };
}

/**
 * A page of the active enrolments one person holds in a project the actor reassigns,
 * oldest first, paged by key (enrolledAt, id). Names are read only with
 * participant.readIdentity, and that read is audited with the ids shown.
 */
export async function listHeldEnrolments(actor: ActorContext, filter: HeldFilter): Promise<{ rows: HeldEnrolment[]; next: string | null }> {
  const scope = reassignEnrolmentScope(actor);
  if (!scope) return { rows: [], next: null };
  const where: Prisma.EnrolmentWhereInput[] = [scope, { projectId: filter.projectId }, holder(filter.role, filter.personId)];
  if (filter.after) {
    const last = await db.enrolment.findFirst({ where: { AND: [{ id: filter.after }, scope] }, select: { enrolledAt: true } });
    if (last) where.push({ OR: [{ enrolledAt: { gt: last.enrolledAt } }, { enrolledAt: last.enrolledAt, id: { gt: filter.after } }] });
  }
  const found = await db.enrolment.findMany({
    where: { AND: where },
    orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }],
    take: REASSIGN_PAGE_SIZE + 1,
    select: {
      id: true, version: true, enrolledAt: true, participantId: true,
      participant: { select: { pseudonym: true } },
      phases: { orderBy: { startDate: 'desc' }, take: 1, select: { kind: true, startDate: true } },
    },
  });
  const page = found.slice(0, REASSIGN_PAGE_SIZE);
  const names = new Map<string, string>();
  if (page.length > 0 && can(actor, 'participant.readIdentity')) {
    const ids = page.map((e) => e.participantId);
    const identities = await db.participantIdentity.findMany({ where: { participantId: { in: ids } }, select: { participantId: true, firstName: true, lastName: true } });
    for (const i of identities) names.set(i.participantId, `${i.lastName}, ${i.firstName}`);
    if (identities.length > 0) {
      await audit(db, actor, 'read.identity', 'Participant', null, { ids: identities.map((i) => i.participantId), purpose: 'reassign-list', fields: ['firstName', 'lastName'] });
    }
  }
  const rows = page.map((e) => ({
    enrolmentId: e.id,
    version: e.version,
    participantId: e.participantId,
    pseudonym: e.participant.pseudonym,
    name: names.get(e.participantId) ?? null,
    enrolledAt: e.enrolledAt,
    phase: e.phases[0]?.kind ?? null,
    phaseSince: e.phases[0]?.startDate ?? null,
  }));
  return { rows, next: found.length > REASSIGN_PAGE_SIZE ? (rows.at(-1)?.enrolmentId ?? null) : null };
}

export interface ReassignTarget {
  id: string;
  name: string;
}

/**
 * Who the enrolments of a project can be handed to: for casework, the active caseworkers
 * of the jobcenters whose participants are active in the project; for coaching, the
 * project's job coaches. The same rules (authorize.ts) decide the check on saving.
 */
export async function listReassignTargets(actor: ActorContext, projectId: string, role: ReassignRole): Promise<ReassignTarget[]> {
  const projects = reassignProjectScope(actor);
  if (!projects) return [];
  const project = await db.project.findFirst({ where: { AND: [{ id: projectId }, projects] }, select: { id: true } });
  if (!project) return [];
  if (role === 'caseworker') {
    return db.user.findMany({
      where: assignableCaseworkers({ enrolments: { some: { projectId: project.id, exitedAt: null } } }),
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }
  return db.jobCoach.findMany({ where: assignableJobCoaches(project.id), select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}
