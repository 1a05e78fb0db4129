import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { employerEditScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import type { UseCaseResult } from './access';
import { EmployerSchema, type EmployerField } from './schema';

export const INVALID_EMPLOYER = 'Der Arbeitgeber wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
export const DUPLICATE_NAME = 'Einen Arbeitgeber mit diesem Namen pflegt Ihre Organisation bereits. Bitte wählen Sie einen anderen Namen oder öffnen Sie den vorhandenen.';

export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** A new employer, maintained by the actor's organisation (whose coordinators then edit it). */
export async function createEmployer(actor: ActorContext, raw: unknown): Promise<UseCaseResult<EmployerField, { employerId: string }>> {
  if (!employerEditScope(actor)) {
    await audit(db, actor, 'access.denied', 'Employer', null, { action: 'create' });
    return { ok: false, kind: 'not-found' };
  }
  const parsed = EmployerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID_EMPLOYER, fieldErrors: fieldErrors<EmployerField>(parsed.error) };
  const input = parsed.data;
  try {
    const employer = await db.$transaction(async (tx) => {
      const created = await tx.employer.create({
        data: {
          organisationId: actor.organisationId,
          name: input.name,
          kind: input.kind,
          city: input.city,
          district: input.district ?? null,
          occupationalFields: input.occupationalFields,
        },
        select: { id: true },
      });
      await audit(tx, actor, 'create', 'Employer', created.id, { fields: ['name', 'kind', 'city', 'district', 'occupationalFields'] });
      return created;
    });
    return { ok: true, employerId: employer.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'invalid', message: INVALID_EMPLOYER, fieldErrors: { name: DUPLICATE_NAME } };
    throw error;
  }
}
