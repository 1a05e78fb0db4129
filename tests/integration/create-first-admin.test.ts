// `npm run user:create`: the first administrator on a real server, where no demo accounts exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createFirstAdmin } from '@/lib/users/create-first-admin';
import { verifyPassword } from '@/lib/auth/password';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const input = { email: ' IT@Stadt-Neustadt.example ', name: 'Erste Admin', organisation: 'Stadt Neustadt', kind: 'CITY' as const, city: 'Neustadt', password: 'lang-genug-2026' };

describe('createFirstAdmin', () => {
  it('creates the organisation and an ADMIN with a scrypt hash, audited', async () => {
    const user = await createFirstAdmin(database.prisma, input);
    expect(user).toMatchObject({ email: 'it@stadt-neustadt.example', role: 'ADMIN' });
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { organisation: true } });
    expect(stored.organisation).toMatchObject({ name: 'Stadt Neustadt', kind: 'CITY', city: 'Neustadt' });
    expect(await verifyPassword('lang-genug-2026', stored.passwordHash)).toBe(true);
    expect(await database.prisma.auditEvent.count({ where: { entity: 'User', entityId: user.id, action: 'create' } })).toBe(1);
  });

  it('refuses a second account with the same address and a short password, writing nothing', async () => {
    await expect(createFirstAdmin(database.prisma, input)).rejects.toThrow('Ein Konto mit it@stadt-neustadt.example gibt es schon.');
    await expect(createFirstAdmin(database.prisma, { ...input, email: 'zwei@x.example', password: 'kurz' })).rejects.toThrow(/mindestens 12 Zeichen/);
    expect(await database.prisma.user.count()).toBe(1);
  });
});
