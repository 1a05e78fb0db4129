// One fresh database per test file: a new database on the PostgreSQL server in
// TEST_DATABASE_URL (CI), otherwise an in-memory PGlite served on loopback.
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded';
import { migrationScripts } from '../../lib/db/migrations';
import { readEnv } from '../../lib/env.js';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function assertLocal(url: string): void {
  const parsed = new URL(url);
  // pg also takes the host from ?host= (and a socket path from it); both must be local.
  for (const host of [parsed.hostname, ...parsed.searchParams.getAll('host')]) {
    if (!LOCAL_HOSTS.has(host) && !host.startsWith('/')) throw new Error(`Tests laufen nur gegen eine lokale Datenbank, nicht gegen ${host}.`);
  }
}

async function onServer(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  assertLocal(serverUrl);
  const name = `teilhabe_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const script of migrationScripts()) await client.query(script);
  await client.end();
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = readEnv().TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await onServer(serverUrl);
    const prisma = createPrismaClient(database.url, 4);
    return {
      url: database.url,
      prisma,
      async drop() {
        await prisma.$disconnect();
        await database.drop();
      },
    };
  }
  // Room for a second client, as when a test plays a second app instance.
  const embedded = await startEmbeddedDatabase(undefined, 2);
  for (const script of migrationScripts()) await embedded.db.exec(script);
  const prisma = createPrismaClient(embedded.url, 1);
  return {
    url: embedded.url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}
