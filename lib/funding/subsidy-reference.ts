import 'server-only';
// The dated reference tables an admin maintains: the statutory minimum wage (the subsidy
// calculator's base) and the benefit rates (the savings per placement). Reference data,
// not personal data; every change is audited and matched on the row's version.
import { db } from '../db';
import { audit } from '../audit';
import { can, type Actor } from '../auth/permissions';
import { Prisma } from '../generated/prisma/client';
import { formatDay } from '../format';
import { fieldErrors } from '../validation';
import { BenefitRateSchema, DeleteReferenceRowSchema, MinimumWageSchema, type BenefitRateField, type MinimumWageField } from './subsidy-reference-schema';

export type ReferenceTable = 'MinimumWage' | 'BenefitRate';

export type ReferenceResult<F extends string> =
  | { ok: true; message: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<F, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'forbidden' };

const INVALID = 'Der Eintrag wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const CONFLICT = 'Dieser Eintrag wurde inzwischen von jemand anderem geändert oder gelöscht. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.';
const LABEL: Record<ReferenceTable, string> = { MinimumWage: 'Der Mindestlohn', BenefitRate: 'Die Leistungssätze' };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isDuplicate = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

async function mayManage(actor: Actor, table: ReferenceTable, id: string | null, action: string): Promise<boolean> {
  if (can(actor, 'referenceData.manage')) return true;
  await audit(db, actor, 'access.denied', table, id, { permission: 'referenceData.manage', action });
  return false;
}

export interface ReferenceRows {
  minimumWages: { validFrom: Date; hourlyCents: number; version: number }[];
  benefitRates: { validFrom: Date; standardRateCents: number; housingCostsCents: number; version: number }[];
}

/** Both tables, newest first; null for anyone who may not manage reference data. */
export async function listReferenceRows(actor: Actor): Promise<ReferenceRows | null> {
  if (!can(actor, 'referenceData.manage')) return null;
  const [minimumWages, benefitRates] = await Promise.all([
    db.minimumWage.findMany({ select: { validFrom: true, hourlyCents: true, version: true }, orderBy: { validFrom: 'desc' } }),
    db.benefitRate.findMany({ select: { validFrom: true, standardRateCents: true, housingCostsCents: true, version: true }, orderBy: { validFrom: 'desc' } }),
  ]);
  return { minimumWages, benefitRates };
}

interface Parsed {
  originalValidFrom?: Date;
  version?: number;
  validFrom: Date;
  data: { hourlyCents: number } | { standardRateCents: number; housingCostsCents: number };
}

async function write(actor: Actor, table: ReferenceTable, input: Parsed): Promise<'saved' | 'conflict' | 'duplicate'> {
  const { originalValidFrom: original, version, validFrom, data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const delegate = (table === 'MinimumWage' ? tx.minimumWage : tx.benefitRate) as unknown as {
        create(args: { data: object }): Promise<unknown>;
        updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
      };
      if (original) {
        if (version === undefined) return 'conflict';
        const { count } = await delegate.updateMany({ where: { validFrom: original, version }, data: { ...data, validFrom, version: { increment: 1 } } });
        if (count !== 1) return 'conflict';
      } else {
        await delegate.create({ data: { ...data, validFrom } });
      }
      const moved = original && original.getTime() !== validFrom.getTime() ? { previousValidFrom: iso(original) } : {};
      await audit(tx, actor, original ? 'update' : 'create', table, iso(validFrom), { fields: ['validFrom', ...Object.keys(data)], ...moved });
      return 'saved' as const;
    });
  } catch (error) {
    if (isDuplicate(error)) return 'duplicate';
    throw error;
  }
}

async function save<F extends string>(actor: Actor, table: ReferenceTable, parsed: Parsed): Promise<ReferenceResult<F>> {
  const outcome = await write(actor, table, parsed);
  if (outcome === 'conflict') return { ok: false, kind: 'conflict', message: CONFLICT };
  if (outcome === 'duplicate') {
    const message = `Für den ${formatDay(parsed.validFrom)} gibt es schon einen Eintrag. Bitte bearbeiten Sie diesen Eintrag.`;
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { validFrom: message } as Partial<Record<F, string>> };
  }
  return { ok: true, message: `${LABEL[table]} ab dem ${formatDay(parsed.validFrom)} wurde${table === 'BenefitRate' ? 'n' : ''} gespeichert.` };
}

export async function saveMinimumWage(actor: Actor, raw: unknown): Promise<ReferenceResult<MinimumWageField>> {
  if (!(await mayManage(actor, 'MinimumWage', null, 'save'))) return { ok: false, kind: 'forbidden' };
  const parsed = MinimumWageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<MinimumWageField>(parsed.error) };
  const { hourly, ...rest } = parsed.data;
  return save(actor, 'MinimumWage', { ...rest, data: { hourlyCents: hourly } });
}

export async function saveBenefitRate(actor: Actor, raw: unknown): Promise<ReferenceResult<BenefitRateField>> {
  if (!(await mayManage(actor, 'BenefitRate', null, 'save'))) return { ok: false, kind: 'forbidden' };
  const parsed = BenefitRateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<BenefitRateField>(parsed.error) };
  const { standardRate, housingCosts, ...rest } = parsed.data;
  return save(actor, 'BenefitRate', { ...rest, data: { standardRateCents: standardRate, housingCostsCents: housingCosts } });
}

export async function deleteReferenceRow(actor: Actor, table: ReferenceTable, raw: unknown): Promise<ReferenceResult<'validFrom'>> {
  if (!(await mayManage(actor, table, null, 'delete'))) return { ok: false, kind: 'forbidden' };
  const parsed = DeleteReferenceRowSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'conflict', message: CONFLICT };
  const { validFrom, version } = parsed.data;
  const deleted = await db.$transaction(async (tx) => {
    const where = { validFrom, version };
    const { count } = table === 'MinimumWage' ? await tx.minimumWage.deleteMany({ where }) : await tx.benefitRate.deleteMany({ where });
    if (count !== 1) return false;
    await audit(tx, actor, 'delete', table, iso(validFrom));
    return true;
  });
  if (!deleted) return { ok: false, kind: 'conflict', message: CONFLICT };
  return { ok: true, message: `${LABEL[table]} ab dem ${formatDay(validFrom)} wurde${table === 'BenefitRate' ? 'n' : ''} gelöscht.` };
}
