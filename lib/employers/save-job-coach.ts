import 'server-only';
// Job coaches of a project: employed by an employer (ISB: „bei den Arbeitgebern direkt
// angestellt“) or by the project's operator. Linking a sign-in account grants that
// account access to the participants assigned to the coach, so only active JOB_COACH
// accounts of the operator qualify (linkableJobCoachAccounts).
import { db } from '../db';
import { audit } from '../audit';
import { linkableJobCoachAccounts, projectEmployerEditScope, type ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { CONFLICT, StaleVersion, denied, findEditableProject, findVisibleEmployer, type UseCaseResult } from './access';
import { isUniqueViolation } from './create-employer';
import { JobCoachSchema, UpdateJobCoachSchema, type JobCoachInput, type UpdateJobCoachField } from './schema';

const INVALID = 'Der Jobcoach wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const ACCOUNT_TAKEN = 'Dieses Konto gehört bereits zu einem anderen Jobcoach. Bitte wählen Sie ein anderes.';

type Result = UseCaseResult<UpdateJobCoachField, { jobCoachId: string }>;
const invalid = (errors: Partial<Record<UpdateJobCoachField, string>>): Result => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors });

/** Field errors for an employer or account the actor may not choose; {} if both are fine. */
async function checkChoices(actor: ActorContext, input: JobCoachInput, operatorId: string, jobCoachId?: string) {
  const errors: Partial<Record<UpdateJobCoachField, string>> = {};
  if (input.employerId && !(await findVisibleEmployer(actor, input.employerId))) errors.employerId = 'Bitte wählen Sie den Arbeitgeber aus der Liste.';
  if (input.userId) {
    const account = await db.user.findFirst({ where: { AND: [{ id: input.userId }, linkableJobCoachAccounts(operatorId)] }, select: { jobCoach: { select: { id: true } } } });
    if (!account) errors.userId = 'Bitte wählen Sie ein aktives Jobcoach-Konto Ihrer Organisation aus der Liste.';
    else if (account.jobCoach && account.jobCoach.id !== jobCoachId) errors.userId = ACCOUNT_TAKEN;
  }
  return errors;
}

export async function createJobCoach(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'Project', 'projectId');
  const parsed = JobCoachSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<UpdateJobCoachField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'create-job-coach');
  if (!project) return { ok: false, kind: 'not-found' };
  const errors = await checkChoices(actor, input, project.operatorId);
  if (Object.keys(errors).length > 0) return invalid(errors);
  try {
    const coach = await db.$transaction(async (tx) => {
      const created = await tx.jobCoach.create({
        data: { name: input.name, organisationId: project.operatorId, projectId: project.id, employerId: input.employerId ?? null, userId: input.userId ?? null },
        select: { id: true },
      });
      await audit(tx, actor, 'create', 'JobCoach', created.id, { projectId: project.id, fields: ['name', 'employerId', 'userId'] });
      return created;
    });
    return { ok: true, jobCoachId: coach.id };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ userId: ACCOUNT_TAKEN });
    throw error;
  }
}

export async function updateJobCoach(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!projectEmployerEditScope(actor)) return denied(actor, raw, 'JobCoach', 'jobCoachId');
  const parsed = UpdateJobCoachSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<UpdateJobCoachField>(parsed.error));
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId, 'update-job-coach');
  const coach = project
    ? await db.jobCoach.findFirst({ where: { id: input.jobCoachId, projectId: project.id }, select: { id: true, name: true, employerId: true, userId: true } })
    : null;
  if (!project || !coach) {
    if (project) await audit(db, actor, 'access.denied', 'JobCoach', input.jobCoachId, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  const errors = await checkChoices(actor, input, project.operatorId, coach.id);
  if (Object.keys(errors).length > 0) return invalid(errors);
  const next = { name: input.name, employerId: input.employerId ?? null, userId: input.userId ?? null };
  const changed = (['name', 'employerId', 'userId'] as const).filter((f) => coach[f] !== next[f]);
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.jobCoach.updateMany({ where: { id: coach.id, version: input.version }, data: { ...next, version: { increment: 1 } } });
      if (updated.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'JobCoach', coach.id, { projectId: project.id, fields: changed });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: CONFLICT };
    if (isUniqueViolation(error)) return invalid({ userId: ACCOUNT_TAKEN });
    throw error;
  }
  return { ok: true, jobCoachId: coach.id };
}
