import 'server-only';
import { readEnv } from './env.js';
import { createPrismaClient, type PrismaClient } from './db/client';

// One client per process, created on first use so tests can point DATABASE_URL at
// their own database before any query runs. Embedded PGlite serves one connection.
const globalForDb = globalThis as unknown as { teilhabeDb?: PrismaClient; teilhabeReplicaDb?: PrismaClient | null };

function client(): PrismaClient {
  if (!globalForDb.teilhabeDb) {
    const env = readEnv();
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL fehlt. Starten Sie das Portal mit „npm start“.');
    const poolMax = env.DATABASE_POOL_MAX ?? (env.TEILHABE_EMBEDDED === '1' ? 1 : 10);
    globalForDb.teilhabeDb = createPrismaClient(env.DATABASE_URL, poolMax);
  }
  return globalForDb.teilhabeDb;
}

// Dashboards only read aggregates, so a city that runs several instances can send them to
// a streaming read replica (DATABASE_REPLICA_URL) and keep the primary for casework.
// Without one, they read the primary.
function replicaClient(): PrismaClient {
  if (globalForDb.teilhabeReplicaDb === undefined) {
    const env = readEnv();
    globalForDb.teilhabeReplicaDb = env.DATABASE_REPLICA_URL && env.TEILHABE_EMBEDDED !== '1'
      ? createPrismaClient(env.DATABASE_REPLICA_URL, env.DATABASE_POOL_MAX ?? 10)
      : null;
  }
  return globalForDb.teilhabeReplicaDb ?? client();
}

function lazy(get: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const instance = get();
      const value: unknown = Reflect.get(instance, property, instance);
      return typeof value === 'function' ? value.bind(instance) : value;
    },
  });
}

export const db: PrismaClient = lazy(client);

/** For dashboard reads only: the replica when DATABASE_REPLICA_URL is set, else the primary. */
export const dashboardDb: PrismaClient = lazy(replicaClient);
