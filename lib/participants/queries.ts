import 'server-only';
import { db } from '../db';
import { can } from '../auth/permissions';
import { projectScope, type ActorContext } from '../auth/authorize';

export interface RegistrationOptions {
  projects: { id: string; name: string; endDate: Date | null }[];
  jobCoaches: { id: string; name: string; projectId: string }[];
}

/** Projects this actor may enrol into (running ones first) and their job coaches. */
export async function getRegistrationOptions(actor: ActorContext, today = new Date()): Promise<RegistrationOptions | null> {
  if (!can(actor, 'participant.create')) return null;
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { transitions: { some: { fromKind: null } } }] },
    select: { id: true, name: true, endDate: true },
    orderBy: { name: 'asc' },
  });
  const running = (p: { endDate: Date | null }) => p.endDate === null || p.endDate >= today;
  projects.sort((a, b) => Number(running(b)) - Number(running(a)));
  const jobCoaches = await db.jobCoach.findMany({
    where: { projectId: { in: projects.map((p) => p.id) } },
    select: { id: true, name: true, projectId: true },
    orderBy: { name: 'asc' },
  });
  return { projects, jobCoaches: jobCoaches.map((c) => ({ id: c.id, name: c.name, projectId: c.projectId! })) };
}

export interface ListFilterOptions {
  projects: { id: string; name: string }[];
  caseworkers: { id: string; name: string }[];
  jobCoaches: { id: string; name: string }[];
}

/**
 * What the participant list can be filtered by: the projects the actor sees, the
 * caseworkers of their organisation (and, for a coordinator, of the jobcenters in
 * their city) and the job coaches of their projects. A job coach sees only their
 * own participants, so those two filters say nothing to them.
 */
export async function getListFilterOptions(actor: ActorContext): Promise<ListFilterOptions | null> {
  if (!can(actor, 'participant.readIdentity')) return null;
  const projects = await db.project.findMany({ where: projectScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } });
  if (!can(actor, 'participant.reassign') && !can(actor, 'participant.create')) return { projects, caseworkers: [], jobCoaches: [] };
  const [caseworkers, jobCoaches] = await Promise.all([
    db.user.findMany({
      where: {
        role: 'CASEWORKER',
        OR: [{ organisationId: actor.organisationId }, ...(can(actor, 'participant.reassign') && actor.city ? [{ organisation: { city: actor.city, kind: 'JOBCENTER' as const } }] : [])],
      },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    db.jobCoach.findMany({ where: { projectId: { in: projects.map((p) => p.id) } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { projects, caseworkers, jobCoaches };
}
