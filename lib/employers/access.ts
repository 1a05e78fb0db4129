import 'server-only';
// The lookups every employer use case shares: the record inside the actor's scope, or
// null with the refused attempt audited (outside the scope a record does not exist).
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { employerScope, projectEmployerEditScope, type ActorContext } from '../auth/authorize';
import { shown, suppressSmall, type Count } from '../dashboard/suppress';

export const CONFLICT =
  'Dieser Eintrag wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.';

export type UseCaseResult<F extends string, T = object> =
  | ({ ok: true } & T)
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<F, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

/** Thrown inside a transaction to roll it back when the row's version moved on. */
export class StaleVersion extends Error {}

/** Refuses an actor without the permission at all, auditing which record they aimed at. */
export async function denied(actor: ActorContext, raw: unknown, entity = 'Employer', idField = 'employerId'): Promise<{ ok: false; kind: 'not-found' }> {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[idField] : undefined;
  await audit(db, actor, 'access.denied', entity, typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null, { action: 'update' });
  return { ok: false, kind: 'not-found' };
}

/** A project whose positions, job coaches and acquisition the actor may change. */
export async function findEditableProject(actor: ActorContext, projectId: string, action: string) {
  const scope = projectEmployerEditScope(actor);
  const project = scope
    ? await db.project.findFirst({ where: { AND: [{ id: projectId }, scope] }, select: { id: true, operatorId: true } })
    : null;
  if (!project) await audit(db, actor, 'access.denied', 'Project', projectId, { action });
  return project;
}

/** An employer the actor sees, so may offer positions at or acquire for one of their projects. */
export async function findVisibleEmployer(actor: ActorContext, employerId: string) {
  const scope = employerScope(actor);
  return scope ? db.employer.findFirst({ where: { AND: [{ id: employerId }, scope] }, select: { id: true, name: true } }) : null;
}

/**
 * Counts of people (filled places) are exact for those who run the project; for everyone
 * else they are statistics, and small ones are hidden (as in listProjectFigures).
 */
export function runsProject(actor: ActorContext, operatorId: string): boolean {
  return can(actor, 'employer.write') && operatorId === actor.organisationId;
}

export function peopleCount(exact: boolean, value: number): Count {
  return exact ? shown(value) : suppressSmall(value);
}

