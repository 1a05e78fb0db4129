import 'server-only';
// Positions (Arbeitsplätze) per project: what an employer offers. Whether they are filled
// is derived from enrolments (job-figures.ts) and never typed in here.
import { db } from '../db';
import { audit } from '../audit';
import { projectEmployerEditScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { formatInteger } from '../format';
import { fieldErrors } from '../validation';
import { CONFLICT, StaleVersion, denied, findEditableProject, findVisibleEmployer, type UseCaseResult } from './access';
import { jobFigures } from './job-figures';
import { PositionSchema, UpdatePositionSchema, type PositionInput, type UpdatePositionField } from './schema';

const INVALID = 'Der Arbeitsplatz wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const UNKNOWN_EMPLOYER = 'Bitte wählen Sie einen Arbeitgeber aus der Liste.';
const FIELDS = ['employerId', 'count', 'occupationalField', 'fullTime', 'hoursPerWeek', 'instrument', 'hourlyWageCents', 'collectiveAgreement'] as const;

type Result = UseCaseResult<UpdatePositionField, { positionId: string }>;
const invalid = (errors: Partial<Record<UpdatePositionField, string>>): Result => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors });

function data(input: PositionInput) {
  return {
    employerId: input.employerId,
    count: input.count,
    occupationalField: input.occupationalField,
    fullTime: input.workingTime === 'FULL',
    hoursPerWeek: input.hoursPerWeek ?? null,
    instrument: input.instrument,
    hourlyWageCents: input.hourlyWage ?? null,
    collectiveAgreement: input.collectiveAgreement === 'ja',
  };
}

export async function createPosition(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'Project', 'projectId');
  const parsed = PositionSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<UpdatePositionField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'create-position');
  if (!project) return { ok: false, kind: 'not-found' };
  if (!(await findVisibleEmployer(actor, input.employerId))) return invalid({ employerId: UNKNOWN_EMPLOYER });
  const position = await db.$transaction(async (tx) => {
    const created = await tx.position.create({ data: { projectId: project.id, ...data(input) }, select: { id: true } });
    await audit(tx, actor, 'create', 'Position', created.id, { projectId: project.id, fields: [...FIELDS] });
    return created;
  });
  return { ok: true, positionId: position.id };
}

/**
 * Changes a position on the version the form showed. Once someone held a job there, its
 * employer stays (their phases point at it); its count may not drop below today's holders.
 */
export async function updatePosition(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<Result> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'Position', 'positionId');
  const parsed = UpdatePositionSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<UpdatePositionField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'update-position');
  const position = project
    ? await db.position.findFirst({
        where: { id: input.positionId, projectId: project.id },
        select: {
          id: true, employerId: true, count: true, occupationalField: true, fullTime: true, hoursPerWeek: true, instrument: true,
          hourlyWageCents: true, collectiveAgreement: true, _count: { select: { phases: true } },
        },
      })
    : null;
  if (!project || !position) {
    if (project) await audit(db, actor, 'access.denied', 'Position', input.positionId, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  if (input.employerId !== position.employerId) {
    if (position._count.phases > 0) {
      return invalid({ employerId: 'Auf diesem Arbeitsplatz waren bereits Teilnehmende beschäftigt; der Arbeitgeber bleibt daher. Legen Sie für einen anderen Arbeitgeber einen neuen Arbeitsplatz an.' });
    }
    if (!(await findVisibleEmployer(actor, input.employerId))) return invalid({ employerId: UNKNOWN_EMPLOYER });
  }
  const held = (await jobFigures({ projectIds: [project.id] }, today)).find((f) => f.positionId === position.id)?.today ?? 0;
  if (input.count < held) {
    return invalid({ count: `Heute sind ${formatInteger(held)} dieser Plätze besetzt; die Zahl der Arbeitsplätze darf nicht darunter liegen.` });
  }
  const next = data(input);
  const before = { ...position, hoursPerWeek: position.hoursPerWeek?.toString() ?? null };
  const changed = FIELDS.filter((f) => String(before[f]) !== String(next[f]));
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.position.updateMany({ where: { id: position.id, version: input.version }, data: { ...next, version: { increment: 1 } } });
      if (updated.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'Position', position.id, { projectId: project.id, fields: changed });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: CONFLICT };
    throw error;
  }
  return { ok: true, positionId: position.id };
}
