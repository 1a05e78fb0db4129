import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { projectEditScope, type ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { invalidProject, isShortNameTaken, projectData, SHORT_NAME_TAKEN, type ProjectResult } from './create-project';
import { edgesInUse, modelChangeRefusal, removedEdgesInUse } from './edges-in-use';
import { UpdateProjectSchema, type ProjectField } from './schema';
import { edgeKey } from './templates';

export const PROJECT_CONFLICT =
  'Das Projekt wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert; bitte laden Sie die Seite neu und prüfen Sie die Angaben.';

/** Thrown inside the transaction to roll it back. */
class Stale extends Error {}
class EdgesInUse extends Error {}

/**
 * Edits a project of the actor's own organisation, matched on the version the form showed.
 * Changed edges replace the stored ones, unless enrolments already walked an edge the new
 * set lacks: then nothing changes and the coordinator is told which edges are in use.
 */
export async function updateProject(actor: ActorContext, raw: unknown): Promise<ProjectResult> {
  const scope = projectEditScope(actor);
  if (!scope) {
    await audit(db, actor, 'access.denied', 'Project', null, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  const parsed = UpdateProjectSchema.safeParse(raw);
  if (!parsed.success) return invalidProject(fieldErrors<ProjectField>(parsed.error));
  const existing = await db.project.findFirst({ where: { AND: [{ id: parsed.data.id }, scope] } });
  if (!existing) {
    await audit(db, actor, 'access.denied', 'Project', parsed.data.id, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  const input = parsed.data;
  if (existing.version !== input.version) return { ok: false, kind: 'conflict', message: PROJECT_CONFLICT };

  const data = projectData(input);
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => !same(existing[k], data[k]));
  const modelChanged = existing.model !== data.model;
  const next = input.transitions;
  const before = await db.phaseTransition.findMany({ where: { projectId: existing.id }, select: { fromKind: true, toKind: true } });
  const beforeKeys = new Set(before.map((t) => edgeKey([t.fromKind, t.toKind])));
  const nextKeys = new Set(next.map(edgeKey));
  const added = [...nextKeys].filter((k) => !beforeKeys.has(k)).sort();
  const removedKeys = [...beforeKeys].filter((k) => !nextKeys.has(k)).sort();
  const edgesChanged = added.length > 0 || removedKeys.length > 0;
  if (edgesChanged) {
    const removed = removedEdgesInUse(await edgesInUse(db, existing.id), next);
    if (removed.length > 0) return invalidProject({ transitions: modelChangeRefusal(removed) });
  }

  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.project.updateMany({ where: { id: existing.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (claimed.count !== 1) throw new Stale();
      if (edgesChanged) {
        // Checked again after the claim: a phase entered since the first check counts too.
        const removed = removedEdgesInUse(await edgesInUse(tx, existing.id), next);
        if (removed.length > 0) throw new EdgesInUse(modelChangeRefusal(removed));
        const keep = nextKeys;
        const current = await tx.phaseTransition.findMany({ where: { projectId: existing.id }, select: { id: true, fromKind: true, toKind: true } });
        const drop = current.filter((t) => !keep.has(edgeKey([t.fromKind, t.toKind]))).map((t) => t.id);
        await tx.phaseTransition.deleteMany({ where: { id: { in: drop } } });
        // Only the missing edges: a null fromKind is never a duplicate to the unique index
        // (NULLs are distinct in PostgreSQL), so skipDuplicates would not catch it.
        const have = new Set(current.map((t) => edgeKey([t.fromKind, t.toKind])));
        await tx.phaseTransition.createMany({
          data: next.filter((e) => !have.has(edgeKey(e))).map(([fromKind, toKind]) => ({ projectId: existing.id, fromKind, toKind })),
        });
      }
      await audit(tx, actor, 'update', 'Project', existing.id, {
        fields: changed,
        ...(modelChanged ? { model: { from: existing.model, to: data.model } } : {}),
        ...(edgesChanged ? { transitions: { added, removed: removedKeys } } : {}),
      });
    });
    return { ok: true, projectId: existing.id };
  } catch (error) {
    if (error instanceof Stale) return { ok: false, kind: 'conflict', message: PROJECT_CONFLICT };
    if (error instanceof EdgesInUse) return invalidProject({ transitions: error.message });
    if (isShortNameTaken(error)) return invalidProject({ shortName: SHORT_NAME_TAKEN });
    throw error;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
