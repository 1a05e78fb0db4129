// Slows down password guessing: after too many failures per account or address
// the key is locked for a while. State lives in the database so every app
// instance behind the load balancer sees the same lock.
import type { PrismaClient } from '../generated/prisma/client';

export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;

type Db = Pick<PrismaClient, 'signInThrottle' | '$executeRaw'>;

export function throttleKeys(email: string, address: string) {
  return [
    { key: `email:${email.trim().toLowerCase()}`, max: THROTTLE.maxFailuresPerAccount },
    { key: `ip:${address}`, max: THROTTLE.maxFailuresPerAddress },
  ];
}

export async function isLocked(db: Db, email: string, address: string, now = new Date()): Promise<boolean> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: throttleKeys(email, address).map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.length > 0;
}

// One atomic upsert per key, so concurrent failures on two instances both count.
export async function recordFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
  for (const { key, max } of throttleKeys(email, address)) {
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" (key, failures, "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${max} THEN ${lockedUntil}::timestamptz END, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."windowStart" > ${windowStart} THEN "SignInThrottle".failures + 1 ELSE 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" > ${windowStart} THEN "SignInThrottle"."windowStart" ELSE ${now} END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "SignInThrottle"."windowStart" > ${windowStart} THEN "SignInThrottle".failures + 1 ELSE 1 END) >= ${max}
          THEN ${lockedUntil}::timestamptz ELSE "SignInThrottle"."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
