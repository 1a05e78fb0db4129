import 'server-only';
// "May this actor do this to this record?" — answered here and nowhere else.
// scopeWhere builds the Prisma filter of what an actor may see; a record outside
// it does not exist for them (404), and the attempt is audited.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { audit } from '../audit';
import { AppError } from '../errors';
import { can, type Actor, type Permission } from './permissions';

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung.');
}

// Landesweite Sicht: officials and admins of the Land see every city's aggregates.
export interface ActorContext extends Actor {
  organisationKind: 'CITY' | 'JOBCENTER' | 'EMPLOYER_NETWORK' | 'LAND';
  city: string | null;
}

export interface ActorSource {
  id: string;
  name: string;
  role: Actor['role'];
  organisationId: string;
  organisation: { kind: ActorContext['organisationKind']; city: string | null };
}

export function toActorContext(user: ActorSource): ActorContext {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    organisationKind: user.organisation.kind,
    city: user.organisation.city,
  };
}

export function projectScope(actor: ActorContext): Prisma.ProjectWhereInput {
  if (actor.organisationKind === 'LAND') return {};
  switch (actor.role) {
    case 'COORDINATOR':
      return { OR: [{ operatorId: actor.organisationId }, ...(actor.city ? [{ city: actor.city }] : [])] };
    case 'JOB_COACH':
      return { jobCoaches: { some: { userId: actor.id } } };
    default:
      return actor.city ? { city: actor.city } : { operatorId: actor.organisationId };
  }
}

/** Projects whose records (employers, funding, tenders) this actor may change. */
export function projectEditScope(actor: ActorContext): Prisma.ProjectWhereInput | null {
  return can(actor, 'project.update') ? { operatorId: actor.organisationId } : null;
}

/** null = this actor sees no participant record at all. */
export function participantScope(actor: ActorContext): Prisma.ParticipantWhereInput | null {
  if (!can(actor, 'participant.read')) return null;
  switch (actor.role) {
    case 'JOB_COACH':
      return { enrolments: { some: { jobCoach: { userId: actor.id } } } };
    case 'COORDINATOR':
      return {
        OR: [
          { organisationId: actor.organisationId },
          { enrolments: { some: { project: { operatorId: actor.organisationId } } } },
        ],
      };
    default:
      return { organisationId: actor.organisationId };
  }
}

export function enrolmentScope(actor: ActorContext): Prisma.EnrolmentWhereInput | null {
  if (!can(actor, 'participant.read')) return null;
  switch (actor.role) {
    case 'JOB_COACH':
      return { jobCoach: { userId: actor.id } };
    case 'COORDINATOR':
      return {
        OR: [{ project: { operatorId: actor.organisationId } }, { participant: { organisationId: actor.organisationId } }],
      };
    default:
      return { participant: { organisationId: actor.organisationId } };
  }
}

type Db = Pick<PrismaClient, 'participant' | 'auditEvent'>;

/**
 * Loads the pseudonymous participant if the actor may see it, else throws NOT_FOUND
 * and audits the refused attempt.
 */
export async function assertParticipantAccess(db: Db, actor: ActorContext, participantId: string, permission: Permission) {
  const scope = participantScope(actor);
  const found =
    scope && can(actor, permission)
      ? await db.participant.findFirst({ where: { AND: [{ id: participantId }, scope] }, select: { id: true, organisationId: true, version: true } })
      : null;
  if (!found) {
    await audit(db, actor, 'access.denied', 'Participant', participantId, { permission });
    throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  }
  return found;
}
