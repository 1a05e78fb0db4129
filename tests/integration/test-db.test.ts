import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertLocal, createTestDatabase, type TestDatabase } from '../setup/test-db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

describe('test database', () => {
  it('starts empty with every migrated table', async () => {
    expect(await database.prisma.participant.count()).toBe(0);
    const tables = await database.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'AuditEvent'`;
    expect(Number(tables[0]?.n)).toBe(1);
  });

  it('refuses a database that is not on this machine', () => {
    expect(() => assertLocal('postgresql://u@db.example.org/x')).toThrow(/lokale Datenbank/);
    expect(() => assertLocal('postgresql://u@localhost/x?host=db.prod.example.org')).toThrow(/db\.prod\.example\.org/);
    expect(() => assertLocal('postgresql://u@127.0.0.1:5432/x')).not.toThrow();
    expect(() => assertLocal('postgresql://u@localhost/x?host=/var/run/postgresql')).not.toThrow();
  });
});
