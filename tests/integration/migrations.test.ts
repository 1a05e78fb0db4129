// `prisma migrate deploy` — what `npm start` runs — against an empty PostgreSQL
// and an empty embedded PGlite; and the embedded data surviving a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runPrisma } from '../../scripts/prisma-cli';
import { startEmbeddedDatabase } from '@/lib/db/embedded';
import { createPrismaClient } from '@/lib/db/client';
import { readEnv } from '@/lib/env.js';
import { assertLocal } from '../setup/test-db';

const serverUrl = readEnv().TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function appliedMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return result.rows.map((r) => r.migration_name);
  } finally {
    await client.end();
  }
}

describe('prisma migrate deploy', () => {
  it.skipIf(!serverUrl)('applies every migration to an empty PostgreSQL database', { timeout: 120_000 }, async () => {
    assertLocal(serverUrl!);
    const name = `teilhabe_migrate_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;

    const result = await runPrisma(['migrate', 'deploy'], { DATABASE_URL: url.toString() }, true);
    expect(result.code, result.output).toBe(0);
    expect((await appliedMigrations(url.toString())).length).toBeGreaterThan(0);
    // A second deploy finds nothing to do and still succeeds.
    expect((await runPrisma(['migrate', 'deploy'], { DATABASE_URL: url.toString() }, true)).code).toBe(0);
  });

  // Replays every migration on a shadow database (both adapter-pg fixes in
  // prisma.config.ts are on this path) and compares the result with the schema:
  // a schema change without its migration fails here.
  it.skipIf(!serverUrl)('leaves no difference between the migrations and schema.prisma', { timeout: 120_000 }, async () => {
    const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--exit-code'];
    const result = await runPrisma(args, { DATABASE_URL: serverUrl! }, true);
    expect(result.output).toContain('No difference detected');
    expect(result.code).toBe(0);
  });

  it('applies every migration to an empty embedded database whose data survive a restart', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'teilhabe-pglite-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));

    const first = await startEmbeddedDatabase(dir);
    const result = await runPrisma(['migrate', 'deploy'], { DATABASE_URL: first.url }, true);
    expect(result.code, result.output).toBe(0);
    const migrations = await appliedMigrations(first.url);
    expect(migrations.length).toBeGreaterThan(0);
    const prisma = createPrismaClient(first.url, 1);
    await prisma.organisation.create({ data: { name: 'Stadt Neustadt', kind: 'CITY', city: 'Neustadt' } });
    await prisma.$disconnect();
    await first.stop();

    const second = await startEmbeddedDatabase(dir);
    try {
      expect(await appliedMigrations(second.url)).toEqual(migrations);
      const again = createPrismaClient(second.url, 1);
      expect(await again.organisation.findMany({ select: { name: true } })).toEqual([{ name: 'Stadt Neustadt' }]);
      await again.$disconnect();
    } finally {
      await second.stop();
    }
  });
});
