import 'server-only';
// Betriebsakquise (Duisburg's Betriebsakquisiteur, job:plus's four): which firm was
// contacted when, by whom, how far it is along the pipeline and how many jobs it promised.
// "Filled" as a stage needs a filled place to show for it: the figure is derived from
// enrolments, so the stage cannot claim what the records do not hold.
import { db } from '../db';
import { audit } from '../audit';
import { assignableAcquirers, projectEmployerEditScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { fieldErrors } from '../validation';
import { CONFLICT, StaleVersion, denied, findEditableProject, findVisibleEmployer, type UseCaseResult } from './access';
import { jobFigures, sumFigures } from './job-figures';
import { AcquisitionSchema, MoveAcquisitionSchema, type AcquisitionField, type MoveAcquisitionField } from './schema';

const INVALID = 'Die Betriebsakquise wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const NOT_FILLED =
  'Die Stufe „Besetzt“ setzt voraus, dass mindestens ein Platz bei diesem Arbeitgeber mit einer Person aus dem Projekt besetzt ist. Das ergibt sich aus den Beschäftigungsphasen der Teilnehmenden.';

async function filledAt(projectId: string, employerId: string, today: Date): Promise<number> {
  return sumFigures(await jobFigures({ projectIds: [projectId], employerIds: [employerId] }, today)).filled;
}

export async function createAcquisition(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<UseCaseResult<AcquisitionField, { acquisitionId: string }>> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'Project', 'projectId');
  const parsed = AcquisitionSchema.safeParse(raw);
  const invalid = (errors: Partial<Record<AcquisitionField, string>>) => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors }) as const;
  if (!parsed.success) return invalid(fieldErrors<AcquisitionField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'create-acquisition');
  if (!project) return { ok: false, kind: 'not-found' };
  const errors: Partial<Record<AcquisitionField, string>> = {};
  if (!(await findVisibleEmployer(actor, input.employerId))) errors.employerId = 'Bitte wählen Sie einen Arbeitgeber aus der Liste.';
  else if (await db.employerAcquisition.count({ where: { projectId: project.id, employerId: input.employerId } })) {
    errors.employerId = 'Für diesen Arbeitgeber gibt es in diesem Projekt schon eine Betriebsakquise. Bitte führen Sie sie dort weiter.';
  } else if (input.stage === 'FILLED' && (await filledAt(project.id, input.employerId, today)) < 1) errors.stage = NOT_FILLED;
  if (input.firstContactAt > today) errors.firstContactAt = 'Der Erstkontakt darf nicht in der Zukunft liegen.';
  const acquiredById = input.acquiredById ?? null;
  if (acquiredById && !(await db.user.count({ where: { AND: [{ id: acquiredById }, assignableAcquirers(project.operatorId)] } }))) {
    errors.acquiredById = 'Bitte wählen Sie eine Person aus der Liste.';
  }
  if (Object.keys(errors).length > 0) return invalid(errors);
  const acquisition = await db.$transaction(async (tx) => {
    const created = await tx.employerAcquisition.create({
      data: {
        projectId: project.id, employerId: input.employerId, stage: input.stage, positionsCommitted: input.positionsCommitted ?? 0,
        firstContactAt: input.firstContactAt, note: input.note ?? null, acquiredById,
      },
      select: { id: true },
    });
    // Stage names and field names only; the note stays out of the log.
    await audit(tx, actor, 'create', 'EmployerAcquisition', created.id, {
      projectId: project.id, employerId: input.employerId, stage: input.stage, fields: ['stage', 'positionsCommitted', 'firstContactAt', 'acquiredById', ...(input.note ? ['note'] : [])],
    });
    return created;
  });
  return { ok: true, acquisitionId: acquisition.id };
}

/** Moves a firm along the pipeline (any stage, also back when a promise falls through). */
export async function moveAcquisition(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<UseCaseResult<MoveAcquisitionField>> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'EmployerAcquisition', 'acquisitionId');
  const parsed = MoveAcquisitionSchema.safeParse(raw);
  const invalid = (errors: Partial<Record<MoveAcquisitionField, string>>) => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors }) as const;
  if (!parsed.success) return invalid(fieldErrors<MoveAcquisitionField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'move-acquisition');
  const acquisition = project
    ? await db.employerAcquisition.findFirst({
        where: { id: input.acquisitionId, projectId: project.id },
        select: { id: true, employerId: true, stage: true, positionsCommitted: true, note: true },
      })
    : null;
  if (!project || !acquisition) {
    if (project) await audit(db, actor, 'access.denied', 'EmployerAcquisition', input.acquisitionId, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  if (input.stage === 'FILLED' && acquisition.stage !== 'FILLED' && (await filledAt(project.id, acquisition.employerId, today)) < 1) {
    return invalid({ stage: NOT_FILLED });
  }
  const next = { stage: input.stage, positionsCommitted: input.positionsCommitted ?? 0, note: input.note ?? null };
  const changed = (['stage', 'positionsCommitted', 'note'] as const).filter((f) => acquisition[f] !== next[f]);
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.employerAcquisition.updateMany({ where: { id: acquisition.id, version: input.version }, data: { ...next, version: { increment: 1 } } });
      if (updated.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'EmployerAcquisition', acquisition.id, { projectId: project.id, fields: changed, from: acquisition.stage, to: next.stage });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: CONFLICT };
    throw error;
  }
  return { ok: true };
}
