import 'server-only';
// The lookups the funding use cases share: the project, source or amount inside the
// actor's edit scope (the operating organisation's coordinators and admins), or null with
// the refused attempt audited. Outside the scope a record does not exist (404).
import { db } from '../db';
import { audit } from '../audit';
import { fundingEditScope, type ActorContext } from '../auth/authorize';

export type FundingResult<F extends string> =
  | { ok: true; projectId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<F, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

export const FUNDING_CONFLICT =
  'Dieser Eintrag wurde inzwischen von jemand anderem geändert. Es wurde nichts gespeichert; bitte laden Sie die Seite neu und prüfen Sie die Angaben.';

/** Thrown inside a transaction to roll it back when the row's version moved on. */
export class StaleVersion extends Error {}

export async function refuse(actor: ActorContext, entity: string, id: unknown, action: string): Promise<{ ok: false; kind: 'not-found' }> {
  const recordId = typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
  await audit(db, actor, 'access.denied', entity, recordId, { action });
  return { ok: false, kind: 'not-found' };
}

export function rawId(raw: unknown, field: string): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
}

export async function findEditableProject(actor: ActorContext, projectId: string) {
  const scope = fundingEditScope(actor);
  return scope ? db.project.findFirst({ where: { AND: [{ id: projectId }, scope] }, select: { id: true } }) : null;
}

export async function findEditableSource(actor: ActorContext, id: string) {
  const scope = fundingEditScope(actor);
  return scope
    ? db.fundingSource.findFirst({ where: { id, project: scope }, select: { id: true, projectId: true, version: true, kind: true, name: true } })
    : null;
}

export async function findEditableAmount(actor: ActorContext, id: string) {
  const scope = fundingEditScope(actor);
  return scope
    ? db.fundingAmount.findFirst({
        where: { id, fundingSource: { project: scope } },
        select: { id: true, version: true, year: true, plannedCents: true, actualCents: true, fundingSourceId: true, fundingSource: { select: { projectId: true } } },
      })
    : null;
}
