import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { fundingEditScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import { FUNDING_CONFLICT, StaleVersion, findEditableAmount, findEditableSource, rawId, refuse, type FundingResult } from './funding-access';
import { CreateFundingAmountSchema, DeleteSchema, UpdateFundingAmountSchema, type FundingAmountField } from './source-schema';

const INVALID = 'Der Betrag wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const YEAR_TAKEN = 'Für dieses Jahr gibt es bei dieser Quelle bereits einen Betrag. Bitte ändern Sie den vorhandenen.';
type Result = FundingResult<FundingAmountField>;

const invalid = (errors: Partial<Record<FundingAmountField, string>>): Result => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors });
const yearTaken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createFundingAmount(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!fundingEditScope(actor)) return refuse(actor, 'FundingSource', rawId(raw, 'fundingSourceId'), 'create-funding-amount');
  const parsed = CreateFundingAmountSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<FundingAmountField>(parsed.error));
  const input = parsed.data;
  const source = await findEditableSource(actor, input.fundingSourceId);
  if (!source) return refuse(actor, 'FundingSource', input.fundingSourceId, 'create-funding-amount');
  try {
    await db.$transaction(async (tx) => {
      const amount = await tx.fundingAmount.create({
        data: { fundingSourceId: source.id, year: input.year, plannedCents: input.planned, actualCents: input.actual ?? null },
        select: { id: true },
      });
      await audit(tx, actor, 'create', 'FundingAmount', amount.id, {
        projectId: source.projectId, fundingSourceId: source.id, year: input.year, fields: ['plannedCents', ...(input.actual !== undefined ? ['actualCents'] : [])],
      });
    });
  } catch (error) {
    if (yearTaken(error)) return invalid({ year: YEAR_TAKEN });
    throw error;
  }
  return { ok: true, projectId: source.projectId };
}

export async function updateFundingAmount(actor: ActorContext, raw: unknown): Promise<Result> {
  if (!fundingEditScope(actor)) return refuse(actor, 'FundingAmount', rawId(raw, 'id'), 'update');
  const parsed = UpdateFundingAmountSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<FundingAmountField>(parsed.error));
  const input = parsed.data;
  const amount = await findEditableAmount(actor, input.id);
  if (!amount || amount.fundingSourceId !== input.fundingSourceId) return refuse(actor, 'FundingAmount', input.id, 'update');
  const actual = input.actual ?? null;
  const fields = [
    ...(amount.year !== input.year ? ['year'] : []),
    ...(amount.plannedCents !== input.planned ? ['plannedCents'] : []),
    ...(amount.actualCents !== actual ? ['actualCents'] : []),
  ];
  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.fundingAmount.updateMany({
        where: { id: amount.id, version: input.version },
        data: { year: input.year, plannedCents: input.planned, actualCents: actual, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'FundingAmount', amount.id, { projectId: amount.fundingSource.projectId, fundingSourceId: amount.fundingSourceId, fields });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: FUNDING_CONFLICT };
    if (yearTaken(error)) return invalid({ year: YEAR_TAKEN });
    throw error;
  }
  return { ok: true, projectId: amount.fundingSource.projectId };
}

export async function deleteFundingAmount(actor: ActorContext, raw: unknown): Promise<FundingResult<'id'>> {
  if (!fundingEditScope(actor)) return refuse(actor, 'FundingAmount', rawId(raw, 'id'), 'delete');
  const parsed = DeleteSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'not-found' };
  const amount = await findEditableAmount(actor, parsed.data.id);
  if (!amount) return refuse(actor, 'FundingAmount', parsed.data.id, 'delete');
  const deleted = await db.$transaction(async (tx) => {
    const gone = await tx.fundingAmount.deleteMany({ where: { id: amount.id, version: parsed.data.version } });
    if (gone.count !== 1) return false;
    await audit(tx, actor, 'delete', 'FundingAmount', amount.id, { projectId: amount.fundingSource.projectId, fundingSourceId: amount.fundingSourceId, year: amount.year });
    return true;
  });
  return deleted ? { ok: true, projectId: amount.fundingSource.projectId } : { ok: false, kind: 'conflict', message: FUNDING_CONFLICT };
}
