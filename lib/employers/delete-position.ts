import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { projectEmployerEditScope, type ActorContext } from '../auth/authorize';
import { CONFLICT, StaleVersion, denied, findEditableProject, type UseCaseResult } from './access';
import { DeletePositionSchema } from './schema';

/**
 * Deletes a position nobody ever held, on the version the form showed. A position with
 * jobs on it stays: deleting it would detach those phases and falsify filled figures.
 */
export async function deletePosition(actor: ActorContext, raw: unknown): Promise<UseCaseResult<'positionId'>> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'Position', 'positionId');
  const parsed = DeletePositionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: 'Das Formular ist veraltet. Bitte laden Sie die Seite neu.', fieldErrors: {} };
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'delete-position');
  const position = project
    ? await db.position.findFirst({ where: { id: input.positionId, projectId: project.id }, select: { id: true, _count: { select: { phases: true } } } })
    : null;
  if (!project || !position) {
    if (project) await audit(db, actor, 'access.denied', 'Position', input.positionId, { action: 'delete' });
    return { ok: false, kind: 'not-found' };
  }
  if (position._count.phases > 0) {
    return {
      ok: false,
      kind: 'invalid',
      message: 'Dieser Arbeitsplatz kann nicht gelöscht werden: Teilnehmende waren dort beschäftigt. Setzen Sie stattdessen die Zahl der Arbeitsplätze herab.',
      fieldErrors: {},
    };
  }
  try {
    await db.$transaction(async (tx) => {
      const removed = await tx.position.deleteMany({ where: { id: position.id, version: input.version, phases: { none: {} } } });
      if (removed.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'delete', 'Position', position.id, { projectId: project.id });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: CONFLICT };
    throw error;
  }
  return { ok: true };
}
