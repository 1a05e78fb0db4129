// Every read of identifying data and every write of a participant record leaves an
// audit event (§67 ff. SGB X): who, when, what, which record. `details` holds ids
// and field names only, never the values.
import type { Prisma, PrismaClient } from './generated/prisma/client';
import type { Actor } from './auth/permissions';

export type AuditAction = 'create' | 'update' | 'delete' | 'read' | 'read.identity' | 'access.denied' | 'signin' | 'export';

type Db = Pick<PrismaClient, 'auditEvent'> | Prisma.TransactionClient;

export async function audit(
  db: Db,
  actor: Actor | null,
  action: AuditAction,
  entity: string,
  entityId: string | null,
  details?: Prisma.InputJsonValue,
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      organisationId: actor?.organisationId ?? null,
      action,
      entity,
      entityId,
      details,
    },
  });
}
