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
