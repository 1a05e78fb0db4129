import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { hashPassword } from '@/lib/auth/password';
import { verifyCredentials } from '@/lib/auth/sign-in';
import { THROTTLE } from '@/lib/auth/throttle';
import { createPrismaClient } from '@/lib/db/client';

let database: TestDatabase;
const PASSWORD = 'Richtig-2026!';

beforeAll(async () => {
  database = await createTestDatabase();
  const organisation = await database.prisma.organisation.create({ data: { name: 'Jobcenter Test', kind: 'JOBCENTER', city: 'Dortmund' } });
  const passwordHash = await hashPassword(PASSWORD);
  for (const [email, active] of [['anna@test.invalid', true], ['gesperrt@test.invalid', true], ['inaktiv@test.invalid', false], ['parallel@test.invalid', true]] as const) {
    await database.prisma.user.create({ data: { email, name: email, passwordHash, role: 'CASEWORKER', organisationId: organisation.id, active } });
  }
  // Staff seeded without a password: a hash that is not scrypt at all.
  await database.prisma.user.create({ data: { email: 'ohne-passwort@test.invalid', name: 'x', passwordHash: 'unusable$x', role: 'CASEWORKER', organisationId: organisation.id } });
});
afterAll(async () => database?.drop());

describe('verifyCredentials', () => {
  it('signs in with the right password, records the sign-in and audits it', async () => {
    const result = await verifyCredentials(database.prisma, { email: 'Anna@Test.invalid', password: PASSWORD }, '10.0.0.1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toMatchObject({ email: 'anna@test.invalid', role: 'CASEWORKER' });
    expect(result.user).not.toHaveProperty('passwordHash');
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'anna@test.invalid' } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(await database.prisma.auditEvent.count({ where: { action: 'signin', entityId: user.id } })).toBe(1);
  });

  it('answers unknown account, wrong password and inactive account the same way', async () => {
    const unknown = await verifyCredentials(database.prisma, { email: 'niemand@test.invalid', password: PASSWORD }, '10.0.0.2');
    const wrong = await verifyCredentials(database.prisma, { email: 'anna@test.invalid', password: 'falsch' }, '10.0.0.2');
    const inactive = await verifyCredentials(database.prisma, { email: 'inaktiv@test.invalid', password: PASSWORD }, '10.0.0.2');
    expect(unknown).toEqual({ ok: false, reason: 'INVALID' });
    expect(wrong).toEqual(unknown);
    expect(inactive).toEqual(unknown);
  });

  it('does the same scrypt work for an account without a usable password as for an unknown one', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const result = await verifyCredentials(database.prisma, { email, password: 'x' }, '10.0.0.9');
      return { result, ms: performance.now() - started };
    };
    const unusable = await timed('ohne-passwort@test.invalid');
    const unknown = await timed('unbekannt@test.invalid');
    expect(unusable.result).toEqual(unknown.result);
    // scrypt with N = 16384 takes tens of milliseconds; skipping it takes well under one.
    expect(unusable.ms).toBeGreaterThan(unknown.ms / 4);
  });

  it('cannot be outrun by parallel guesses', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => ({ email: 'parallel@test.invalid', password: i === 29 ? PASSWORD : `falsch${i}` }));
    const results = await Promise.all(guesses.map((g, i) => verifyCredentials(database.prisma, g, `10.2.0.${i}`)));
    const evaluated = results.filter((r) => !(r.ok === false && r.reason === 'LOCKED'));
    expect(evaluated.length).toBeLessThanOrEqual(THROTTLE.maxFailuresPerAccount);
    expect(results.filter((r) => r.ok === false && r.reason === 'LOCKED').length).toBeGreaterThanOrEqual(30 - THROTTLE.maxFailuresPerAccount);
  });

  it('refuses malformed input without touching the database', async () => {
    const before = await database.prisma.signInThrottle.count();
    for (const input of [null, {}, { email: 'x', password: '' }, { email: 'a@b.de', password: 'x'.repeat(500) }, { email: { $ne: '' }, password: [] }]) {
      expect(await verifyCredentials(database.prisma, input, '10.0.0.3')).toEqual({ ok: false, reason: 'INVALID' });
    }
    expect(await database.prisma.signInThrottle.count()).toBe(before);
  });

  it('locks an account after repeated failures, even for the right password, and unlocks later', async () => {
    const email = 'gesperrt@test.invalid';
    const start = new Date('2026-11-23T10:00:00Z');
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++) {
      // Different addresses: the account key alone must lock.
      const result = await verifyCredentials(database.prisma, { email, password: 'falsch' }, `10.1.0.${i}`, start);
      expect(result).toEqual({ ok: false, reason: 'INVALID' });
    }
    expect(await verifyCredentials(database.prisma, { email, password: PASSWORD }, '10.1.1.1', start)).toEqual({ ok: false, reason: 'LOCKED' });

    // A second app instance with its own connection sees the same lock.
    const otherInstance = createPrismaClient(database.url, 1);
    try {
      expect(await verifyCredentials(otherInstance, { email, password: PASSWORD }, '10.1.1.2', start)).toEqual({ ok: false, reason: 'LOCKED' });
    } finally {
      await otherInstance.$disconnect();
    }

    const later = new Date(start.getTime() + (THROTTLE.lockMinutes + 1) * 60_000);
    const result = await verifyCredentials(database.prisma, { email, password: PASSWORD }, '10.1.1.3', later);
    expect(result.ok).toBe(true);
  });

  it('locks an address that tries many accounts', async () => {
    const address = '192.0.2.77';
    const start = new Date('2026-11-24T10:00:00Z');
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress; i++) {
      await verifyCredentials(database.prisma, { email: `raten${i}@test.invalid`, password: 'x' }, address, start);
    }
    const result = await verifyCredentials(database.prisma, { email: 'anna@test.invalid', password: PASSWORD }, address, start);
    expect(result).toEqual({ ok: false, reason: 'LOCKED' });
  });
});
