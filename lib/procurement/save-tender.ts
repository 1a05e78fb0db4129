import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { projectEditScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import { CreateTenderSchema, UpdateTenderSchema, type TenderField, type TenderInput } from './schema';
import { TENDER_CONFLICT, findEditableTender, invalid, mayWriteTenders, type WriteResult } from './tender-access';

const INVALID = 'Die Vergabe wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
const DUPLICATE = 'Dieses Aktenzeichen gibt es in Ihrer Organisation bereits. Bitte prüfen Sie die Angabe.';
const FIELDS = ['reference', 'title', 'orderingDepartment', 'kind', 'estimatedValueCents', 'publishedAt', 'projectId'] as const;

/** A tender may belong to a project its organisation operates, or to none. */
async function projectAllowed(actor: ActorContext, projectId: string | undefined): Promise<boolean> {
  if (!projectId) return true;
  const scope = projectEditScope(actor);
  return scope !== null && (await db.project.count({ where: { AND: [{ id: projectId }, scope] } })) === 1;
}

function data(input: TenderInput) {
  return {
    reference: input.reference,
    title: input.title,
    orderingDepartment: input.orderingDepartment,
    kind: input.kind,
    estimatedValueCents: input.estimatedValue,
    publishedAt: input.publishedAt,
    projectId: input.projectId ?? null,
  };
}

const CURRENT = Object.fromEntries(FIELDS.map((f) => [f, true])) as Record<(typeof FIELDS)[number], true>;

/** Audit the names of the fields that changed; compare dates by time and amounts as text. */
const comparable = (value: unknown): string => (value instanceof Date ? String(value.getTime()) : value === null || value === undefined ? '' : String(value));

const isDuplicate = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Creates a tender of the actor's organisation (Vergabe- und Beschaffungszentrum's reference). */
export async function createTender(actor: ActorContext, raw: unknown): Promise<WriteResult<TenderField>> {
  if (!mayWriteTenders(actor)) return { ok: false, kind: 'not-found' };
  const parsed = CreateTenderSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<TenderField>(parsed.error));
  const input = parsed.data;
  if (!(await projectAllowed(actor, input.projectId))) return invalid(INVALID, { projectId: 'Dieses Projekt steht Ihnen nicht zur Auswahl.' });
  try {
    return await db.$transaction(async (tx) => {
      const tender = await tx.tender.create({ data: { organisationId: actor.organisationId, ...data(input) }, select: { id: true } });
      await audit(tx, actor, 'create', 'Tender', tender.id, { fields: FIELDS.filter((f) => f !== 'projectId' || input.projectId) });
      return { ok: true, id: tender.id } as const;
    });
  } catch (error) {
    if (isDuplicate(error)) return invalid(INVALID, { reference: DUPLICATE });
    throw error;
  }
}

/** Changes a tender's details, matched on the version the form showed. */
export async function updateTender(actor: ActorContext, raw: unknown): Promise<WriteResult<TenderField>> {
  if (!mayWriteTenders(actor)) return { ok: false, kind: 'not-found' };
  const parsed = UpdateTenderSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<TenderField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'update-tender');
  if (!tender) return { ok: false, kind: 'not-found' };
  if (!(await projectAllowed(actor, input.projectId))) return invalid(INVALID, { projectId: 'Dieses Projekt steht Ihnen nicht zur Auswahl.' });
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.tender.findUniqueOrThrow({ where: { id: tender.id }, select: CURRENT });
      const updated = await tx.tender.updateMany({ where: { id: tender.id, version: input.version }, data: { ...data(input), version: { increment: 1 } } });
      if (updated.count !== 1) return { ok: false, kind: 'conflict', message: TENDER_CONFLICT } as const;
      const next: Record<string, unknown> = data(input);
      const before: Record<string, unknown> = current;
      const changed = FIELDS.filter((f) => comparable(before[f]) !== comparable(next[f]));
      await audit(tx, actor, 'update', 'Tender', tender.id, { fields: changed });
      return { ok: true, id: tender.id } as const;
    });
  } catch (error) {
    if (isDuplicate(error)) return invalid(INVALID, { reference: DUPLICATE });
    throw error;
  }
}
