// One database per size on the server of BENCH_DATABASE_URL: created, migrated and filled
// by the seed generator (reference data by seed(), participants by the bulk path).
import pg from 'pg';
import { createPrismaClient } from '../lib/db/client';
import { migrationScripts } from '../lib/db/migrations';
import { seed } from '../prisma/seed';
import { seedBulk, type BulkReport, type BulkStep } from '../prisma/seed/bulk';

export const DEFAULT_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The bench creates and drops databases: never on a server other than this machine's. */
export function assertLocal(url: string): void {
  const parsed = new URL(url);
  for (const host of [parsed.hostname, ...parsed.searchParams.getAll('host')]) {
    if (!LOCAL_HOSTS.has(host) && !host.startsWith('/')) {
      throw new Error(`npm run bench legt Datenbanken an und löscht sie: nur auf einem lokalen Server, nicht auf ${host}.`);
    }
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
}

export interface FillReport {
  referenceSeconds: number;
  bulk: BulkReport;
  sizeBytes: number;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

export function benchDatabase(serverUrl: string, participants: number): BenchDatabase {
  assertLocal(serverUrl);
  const name = `teilhabe_bench_${participants}`;
  return { name, url: databaseUrl(serverUrl, name) };
}

/** The marker a filled database carries, so `--reuse` can skip filling it again. */
function marker(participants: number): string {
  return `teilhabe bench: ${participants} participants, migrations ${migrationScripts().length}`;
}

export async function isFilled(serverUrl: string, database: BenchDatabase, participants: number): Promise<boolean> {
  return withClient(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [database.name],
    );
    return rows[0]?.comment === marker(participants);
  });
}

export async function dropDatabase(serverUrl: string, database: BenchDatabase): Promise<void> {
  await withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`));
}

export async function createDatabase(serverUrl: string, database: BenchDatabase): Promise<void> {
  await dropDatabase(serverUrl, database);
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${database.name}"`));
  await withClient(database.url, async (client) => {
    for (const script of migrationScripts()) await client.query(script);
  });
}

export async function fillDatabase(
  serverUrl: string,
  database: BenchDatabase,
  participants: number,
  onStep: (step: BulkStep) => void,
): Promise<FillReport> {
  const started = performance.now();
  const prisma = createPrismaClient(database.url, 1);
  try {
    await seed(prisma, { participants: 0, demoUsers: true });
  } finally {
    await prisma.$disconnect();
  }
  const referenceSeconds = (performance.now() - started) / 1000;
  const bulk = await withClient(database.url, (client) => seedBulk(client, { participants, demoUsers: true, onStep }));
  await withClient(serverUrl, (admin) => admin.query(`COMMENT ON DATABASE "${database.name}" IS '${marker(participants)}'`));
  const sizeBytes = await withClient(database.url, async (client) => {
    // Written pages go to disk now, not during the measurements.
    await client.query('CHECKPOINT').catch(() => undefined);
    const { rows } = await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size');
    return Number(rows[0]?.size ?? 0);
  });
  return { referenceSeconds, bulk, sizeBytes };
}
