// Builds a Prisma client on adapter-pg. No `server-only` here: scripts (seed,
// user:create, retention) and tests build their own clients with it.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

// DATE columns are calendar days: parse them as UTC midnight, never local time.
pg.types.setTypeParser(1082, (value: string) => new Date(`${value}T00:00:00Z`));

export function createPrismaClient(connectionString: string, poolMax = 10): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: poolMax, idleTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

export type { PrismaClient };
