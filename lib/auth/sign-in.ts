import 'server-only';
// Checks credentials. Unknown account, disabled account and wrong password give the
// same answer after the same work (a dummy scrypt hash is verified), so neither text
// nor timing tells an attacker which e-mail addresses exist.
import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { audit } from '../audit';
import { DUMMY_HASH, verifyPassword } from './password';
import { SignInSchema } from './schema';
import { countAttempt, forgiveAttempt } from './throttle';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; organisationId: string } }
  | { ok: false; reason: 'INVALID' | 'LOCKED' };

type Db = Pick<PrismaClient, 'user' | '$queryRaw' | '$executeRaw' | 'auditEvent'>;

/** address: the client's IP if it can be trusted, else null (see lib/auth/client-address.ts). */
export async function verifyCredentials(db: Db, input: unknown, address: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID' };
  const { email, password } = parsed.data;
  if (await countAttempt(db, email, address, now)) return { ok: false, reason: 'LOCKED' };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, organisationId: true, passwordHash: true, active: true },
  });
  const usable = user?.active && user.passwordHash.startsWith('scrypt$');
  const valid = await verifyPassword(password, usable ? user.passwordHash : DUMMY_HASH);
  if (!user || !usable || !valid) return { ok: false, reason: 'INVALID' };

  await forgiveAttempt(db, email, address);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit(db, user, 'signin', 'User', user.id);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId } };
}
