import 'server-only';
// Slows down password guessing. Every attempt is counted *before* the password is
// checked, in one atomic upsert, so parallel requests cannot slip past the lock; a
// successful sign-in then takes its attempt back. State lives in the database so
// every app instance behind the load balancer sees the same lock.
import type { PrismaClient } from '../generated/prisma/client';

export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

export function throttleKeys(email: string, address: string | null) {
  return [
    { key: `email:${email}`, max: THROTTLE.maxFailuresPerAccount },
    // Without a trustworthy client address (see TRUSTED_PROXY_HOPS) only the account counts.
    ...(address ? [{ key: `ip:${address}`, max: THROTTLE.maxFailuresPerAddress }] : []),
  ];
}

/** Counts one attempt per key; true if any key is locked (now or by this attempt). */
export async function countAttempt(db: Db, email: string, address: string | null, now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
  let locked = false;
  for (const { key, max } of throttleKeys(email, address)) {
    const [row] = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "SignInThrottle" AS t (key, failures, "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, NULL, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t."windowStart" > ${windowStart} THEN t.failures + 1 ELSE 1 END,
        "windowStart" = CASE WHEN t."windowStart" > ${windowStart} THEN t."windowStart" ELSE ${now} END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN t."windowStart" > ${windowStart} THEN t.failures + 1 ELSE 1 END) > ${max}
          THEN ${lockedUntil}::timestamptz ELSE t."lockedUntil" END,
        "updatedAt" = ${now}
      RETURNING "lockedUntil"`;
    if (row?.lockedUntil && row.lockedUntil > now) locked = true;
  }
  return locked;
}

/** A successful sign-in: the account starts afresh, the address gets its attempt back. */
export async function forgiveAttempt(db: Db, email: string, address: string | null): Promise<void> {
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE key = ${`email:${email}`}`;
  if (address) await db.$executeRaw`UPDATE "SignInThrottle" SET failures = GREATEST(failures - 1, 0) WHERE key = ${`ip:${address}`}`;
}
