import 'server-only';
// "May this actor do this to this record?" — answered here and nowhere else.
// scopeWhere builds the Prisma filter of what an actor may see; a record outside
// it does not exist for them (404), and the attempt is audited.
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { audit } from '../audit';
import { AppError } from '../errors';
import { can, ROLE_PERMISSIONS, type Actor, type Permission } from './permissions';

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

/** The organisation a new project of this actor is operated by: always their own. null = may not create. */
export function projectCreateOperatorId(actor: ActorContext): string | null {
  return can(actor, 'project.create') ? actor.organisationId : null;
}

/** Projects whose funding sources and amounts this actor may change. */
export function fundingEditScope(actor: ActorContext): Prisma.ProjectWhereInput | null {
  return can(actor, 'funding.write') ? projectEditScope(actor) : null;
}

/**
 * Tenders (Vergaben) this actor may read: their organisation's and, like projects, those of
 * their city; the Land sees every city's. A tender holds no personal data; its delivered
 * hires are read through enrolmentScope. null = no tenders at all.
 */
export function tenderScope(actor: ActorContext): Prisma.TenderWhereInput | null {
  if (!can(actor, 'tender.read')) return null;
  if (actor.organisationKind === 'LAND') return {};
  return { OR: [{ organisationId: actor.organisationId }, ...(actor.city ? [{ organisation: { city: actor.city } }] : [])] };
}

/** Tenders this actor may change: the owning organisation's coordinators only. */
export function tenderEditScope(actor: ActorContext): Prisma.TenderWhereInput | null {
  return can(actor, 'tender.write') ? { organisationId: actor.organisationId } : null;
}

/**
 * Employers this actor sees: those their organisation maintains and those with positions or
 * an acquisition in a project the actor sees (the Land sees all). Firms, not people.
 */
export function employerScope(actor: ActorContext): Prisma.EmployerWhereInput | null {
  if (!can(actor, 'employer.read')) return null;
  if (actor.organisationKind === 'LAND') return {};
  const projects = projectScope(actor);
  return {
    OR: [
      { organisationId: actor.organisationId },
      { positions: { some: { project: projects } } },
      { acquisitions: { some: { project: projects } } },
    ],
  };
}

/** Employers whose master data this actor may change: the ones their organisation maintains. */
export function employerEditScope(actor: ActorContext): Prisma.EmployerWhereInput | null {
  return can(actor, 'employer.write') ? { organisationId: actor.organisationId } : null;
}

/** Projects whose positions, job coaches and employer acquisition this actor may change. */
export function projectEmployerEditScope(actor: ActorContext): Prisma.ProjectWhereInput | null {
  return can(actor, 'employer.write') ? projectEditScope(actor) : null;
}

/**
 * Projects whose funding figures (subsidy schedules, savings against cost) this actor reads:
 * those in projectScope, with funding.read. null = none.
 */
export function fundingReadScope(actor: ActorContext): Prisma.ProjectWhereInput | null {
  return can(actor, 'funding.read') ? projectScope(actor) : null;
}

export type DashboardLevel = 'project' | 'city' | 'land';

export interface DashboardScope {
  /** The projects whose figures this actor sees. */
  projects: Prisma.ProjectWhereInput;
  /** The levels they may aggregate at: a single project, a city, the whole Land. */
  levels: readonly DashboardLevel[];
  /** Whether a project's figures are shown exactly; all others have small counts suppressed. */
  exact(project: { operatorId: string }): boolean;
}

/**
 * Dashboards, aggregates only. Officials and admins see their city's projects (the Land's:
 * every city's) with small counts suppressed (DOMAIN.md); coordinators the projects their
 * organisation operates, exactly, as they read those participants' records anyway. The
 * Land and cities are levels only for those who see more than one operator's projects.
 * null = no dashboards (caseworkers and job coaches steer by their worklist).
 */
export function dashboardScope(actor: ActorContext): DashboardScope | null {
  if (!can(actor, 'dashboard.read')) return null;
  const exact = (project: { operatorId: string }) => can(actor, 'project.update') && project.operatorId === actor.organisationId;
  if (actor.role === 'COORDINATOR') return { projects: { operatorId: actor.organisationId }, levels: ['project'], exact };
  if (actor.organisationKind === 'LAND') return { projects: {}, levels: ['project', 'city', 'land'], exact };
  return { projects: projectScope(actor), levels: actor.city ? ['project', 'city'] : ['project'], exact };
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

/** participantScope as SQL on the alias `p` ("Participant"), for queries Prisma cannot express. */
export function participantScopeSql(actor: ActorContext): Prisma.Sql | null {
  if (!can(actor, 'participant.read')) return null;
  switch (actor.role) {
    case 'JOB_COACH':
      return Prisma.sql`EXISTS (SELECT 1 FROM "Enrolment" se JOIN "JobCoach" sj ON sj.id = se."jobCoachId"
        WHERE se."participantId" = p.id AND sj."userId" = ${actor.id}::uuid)`;
    case 'COORDINATOR':
      return Prisma.sql`(p."organisationId" = ${actor.organisationId}::uuid OR EXISTS (SELECT 1 FROM "Enrolment" se
        JOIN "Project" sp ON sp.id = se."projectId" WHERE se."participantId" = p.id AND sp."operatorId" = ${actor.organisationId}::uuid))`;
    default:
      return Prisma.sql`p."organisationId" = ${actor.organisationId}::uuid`;
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

/**
 * Caseload and reassignment: the organisation that operates a project runs its staffing,
 * so a coordinator sees the caseloads of, and reassigns, the active enrolments of the
 * projects their organisation operates; nothing else. null = this actor reassigns nothing.
 */
export function reassignOperatorId(actor: ActorContext): string | null {
  return can(actor, 'participant.reassign') ? actor.organisationId : null;
}

export function reassignProjectScope(actor: ActorContext): Prisma.ProjectWhereInput | null {
  const operatorId = reassignOperatorId(actor);
  return operatorId ? { operatorId } : null;
}

export function reassignEnrolmentScope(actor: ActorContext): Prisma.EnrolmentWhereInput | null {
  const operatorId = reassignOperatorId(actor);
  return operatorId ? { exitedAt: null, project: { operatorId } } : null;
}

/**
 * Who may take over the casework of these participants: an active caseworker of the
 * participant's own organisation (the responsible jobcenter). A caseworker sees the
 * participants of their organisation only (participantScope), so anyone else could not
 * even open the record they were given. The caller still checks that every selected
 * participant belongs to the target's organisation.
 */
export function assignableCaseworkers(participants: Prisma.ParticipantWhereInput): Prisma.UserWhereInput {
  return { role: 'CASEWORKER', active: true, organisation: { participants: { some: participants } } };
}

/**
 * Job coaches of the project. Assigning one grants access (a job coach sees assigned
 * participants only), so a coach with a sign-in must be an active JOB_COACH account.
 */
export function assignableJobCoaches(projectId: string): Prisma.JobCoachWhereInput {
  return { projectId, OR: [{ userId: null }, { user: { active: true, role: 'JOB_COACH' } }] };
}

/** Who may be recorded as having won a firm for a project: active staff of its operator who maintain employers. */
export function assignableAcquirers(operatorId: string): Prisma.UserWhereInput {
  const roles = (Object.keys(ROLE_PERMISSIONS) as Actor['role'][]).filter((role) => ROLE_PERMISSIONS[role].includes('employer.write'));
  return { organisationId: operatorId, active: true, role: { in: roles } };
}

/** Sign-in accounts a job coach record of the operator's project may be linked to (linking grants access). */
export function linkableJobCoachAccounts(operatorId: string): Prisma.UserWhereInput {
  return { organisationId: operatorId, active: true, role: 'JOB_COACH' };
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
