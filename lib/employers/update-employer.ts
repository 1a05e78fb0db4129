import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { employerEditScope, type ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { CONFLICT, StaleVersion, denied, type UseCaseResult } from './access';
import { DUPLICATE_NAME, INVALID_EMPLOYER, isUniqueViolation } from './create-employer';
import { UpdateEmployerSchema, type UpdateEmployerField } from './schema';

const FIELDS = ['name', 'kind', 'city', 'district', 'occupationalFields'] as const;

/** Changes an employer's master data, on the version the form showed (optimistic concurrency). */
export async function updateEmployer(actor: ActorContext, raw: unknown): Promise<UseCaseResult<UpdateEmployerField, { employerId: string }>> {
  const scope = employerEditScope(actor);
  if (!scope) return denied(actor, raw);
  const parsed = UpdateEmployerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID_EMPLOYER, fieldErrors: fieldErrors<UpdateEmployerField>(parsed.error) };
  const input = parsed.data;
  const employer = await db.employer.findFirst({
    where: { AND: [{ id: input.employerId }, scope] },
    select: { id: true, name: true, kind: true, city: true, district: true, occupationalFields: true },
  });
  if (!employer) {
    await audit(db, actor, 'access.denied', 'Employer', input.employerId, { action: 'update' });
    return { ok: false, kind: 'not-found' };
  }
  const next = { name: input.name, kind: input.kind, city: input.city, district: input.district ?? null, occupationalFields: input.occupationalFields };
  const changed = FIELDS.filter((f) => JSON.stringify(employer[f]) !== JSON.stringify(next[f]));
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.employer.updateMany({ where: { id: employer.id, version: input.version }, data: { ...next, version: { increment: 1 } } });
      if (updated.count !== 1) throw new StaleVersion();
      await audit(tx, actor, 'update', 'Employer', employer.id, { fields: changed });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: CONFLICT };
    if (isUniqueViolation(error)) return { ok: false, kind: 'invalid', message: INVALID_EMPLOYER, fieldErrors: { name: DUPLICATE_NAME } };
    throw error;
  }
  return { ok: true, employerId: employer.id };
}
