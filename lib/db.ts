import 'server-only';
import { readEnv } from './env.js';
import { createPrismaClient, type PrismaClient } from './db/client';

// One client per process, created on first use so tests can point DATABASE_URL at
// their own database before any query runs. Embedded PGlite serves one connection.
const globalForDb = globalThis as unknown as { teilhabeDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.teilhabeDb) {
    const env = readEnv();
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL fehlt. Starten Sie das Portal mit „npm start“.');
    const poolMax = env.DATABASE_POOL_MAX ?? (env.TEILHABE_EMBEDDED === '1' ? 1 : 10);
    globalForDb.teilhabeDb = createPrismaClient(env.DATABASE_URL, poolMax);
  }
  return globalForDb.teilhabeDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});
