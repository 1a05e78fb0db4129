// GET /api/health for the city's monitoring: up with a reachable database, 503 without.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';

let database: TestDatabase;
let dropped = false;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect().catch(() => undefined);
  if (!dropped) await database?.drop();
});

describe('GET /api/health', () => {
  it('answers 200 with the database latency while the database is up', async () => {
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', database: 'ok' });
    expect(typeof body.databaseLatencyMs).toBe('number');
  });

  it('answers 503 and logs one line without details when the database is gone', async () => {
    const { GET } = await import('@/app/api/health/route');
    await database.drop(); // the server goes away under the running app
    dropped = true;
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'error', database: 'unreachable', databaseLatencyMs: null });
    } finally {
      process.stderr.write = write;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', event: 'health.database_unreachable' });
  });
});
