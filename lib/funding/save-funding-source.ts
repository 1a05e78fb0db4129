import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { fundingEditScope, type ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { FUNDING_CONFLICT, StaleVersion, findEditableProject, findEditableSource, rawId, refuse, type FundingResult } from './funding-access';
import { CreateFundingSourceSchema, DeleteSchema, UpdateFundingSourceSchema, type FundingSourceField } from './source-schema';

const INVALID = 'Die Finanzierungsquelle wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
type Result = FundingResult<FundingSourceField>;

export async function createFundingSource(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!fundingEditScope(actor)) return refuse(actor, 'Project', rawId(raw, 'projectId'), 'create-funding-source');
  const parsed = CreateFundingSourceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<FundingSourceField>(parsed.error) };
  const input = parsed.data;
  const project = await findEditableProject(actor, input.projectId);
  if (!project) return refuse(actor, 'Project', input.projectId, 'create-funding-source');
  await db.$transaction(async (tx) => {
    const source = await tx.fundingSource.create({ data: { projectId: project.id, kind: input.kind, name: input.name }, select: { id: true } });
    await audit(tx, actor, 'create', 'FundingSource', source.id, { projectId: project.id, fields: ['kind', 'name'] });
  });
  return { ok: true, projectId: project.id };
}

export async function updateFundingSource(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!fundingEditScope(actor)) return refuse(actor, 'FundingSource', rawId(raw, 'id'), 'update');
  const parsed = UpdateFundingSourceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<FundingSourceField>(parsed.error) };
  const input = parsed.data;
  const source = await findEditableSource(actor, input.id);
  // The hidden projectId is client input: it must be the source's own project.
  if (!source || source.projectId !== input.projectId) return refuse(actor, 'FundingSource', input.id, 'update');
  const fields = (['kind', 'name'] as const).filter((f) => source[f] !== input[f]);
  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.fundingSource.updateMany({
        where: { id: source.id, version: input.version },
        data: { kind: input.kind, name: input.name, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'FundingSource', source.id, { projectId: source.projectId, fields });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: FUNDING_CONFLICT };
    throw error;
  }
  return { ok: true, projectId: source.projectId };
}

/** Deletes a source with its amounts (the shares then derive from the remaining sources). */
export async function deleteFundingSource(actor: ActorContext, raw: unknown): Promise<FundingResult<'id'>> {
  if (!fundingEditScope(actor)) return refuse(actor, 'FundingSource', rawId(raw, 'id'), 'delete');
  const parsed = DeleteSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'not-found' };
  const source = await findEditableSource(actor, parsed.data.id);
  if (!source) return refuse(actor, 'FundingSource', parsed.data.id, 'delete');
  const deleted = await db.$transaction(async (tx) => {
    const gone = await tx.fundingSource.deleteMany({ where: { id: source.id, version: parsed.data.version } });
    if (gone.count !== 1) return false;
    await audit(tx, actor, 'delete', 'FundingSource', source.id, { projectId: source.projectId });
    return true;
  });
  return deleted ? { ok: true, projectId: source.projectId } : { ok: false, kind: 'conflict', message: FUNDING_CONFLICT };
}
