// Checks credentials. Unknown account and wrong password give the same answer
// after the same work (a dummy hash is verified), so neither text nor timing
// tells an attacker which e-mail addresses exist.
import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { audit } from '../audit';
import { DUMMY_HASH, verifyPassword } from './password';
import { SignInSchema } from './schema';
import { clearFailures, isLocked, recordFailure } from './throttle';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; organisationId: string } }
  | { ok: false; reason: 'INVALID' | 'LOCKED' };

type Db = Pick<PrismaClient, 'user' | 'signInThrottle' | '$executeRaw' | 'auditEvent'>;

export async function verifyCredentials(db: Db, input: unknown, address: string, now = new Date()): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'INVALID' };
  const { email, password } = parsed.data;
  if (await isLocked(db, email, address, now)) return { ok: false, reason: 'LOCKED' };

  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, role: true, organisationId: true, passwordHash: true, active: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !valid) {
    await recordFailure(db, email, address, now);
    return { ok: false, reason: 'INVALID' };
  }
  await clearFailures(db, email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit(db, user, 'signin', 'User', user.id);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId } };
}
