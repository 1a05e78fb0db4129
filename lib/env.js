// The only reader of process.env. Plain JS so next.config.js can import it;
// a malformed value stops the build or the start with a readable message.
import { z } from 'zod';

const retentionYears = { message: 'RETENTION_YEARS muss eine ganze Zahl von 1 bis 30 sein.' };

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ message: 'DATABASE_URL muss eine PostgreSQL-URL sein.' }).optional(),
  DATABASE_REPLICA_URL: z.url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  TEST_DATABASE_URL: z.url().optional(),
  // `npm run bench`: the PostgreSQL server to create its databases on (local only).
  BENCH_DATABASE_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, { message: 'NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein.' }).optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Proxies in front of the app that append to X-Forwarded-For (0: trust none).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TEILHABE_DATA_DIR: z.string().default('.data'),
  TEILHABE_EMBEDDED: z.enum(['0', '1']).optional(),
  TEILHABE_SEED_PARTICIPANTS: z.coerce.number().int().min(0).optional(),
  // Years after a participant's exit until `npm run retention` deletes their identifying data.
  RETENTION_YEARS: z.coerce.number(retentionYears).int(retentionYears).min(1, retentionYears).max(30, retentionYears).default(5),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Seconds an instance keeps officials' dashboard statistics (0: read every time). At most a
  // minute: figures may be that old, no older.
  DASHBOARD_STATISTICS_MAX_AGE_S: z.coerce.number().int().min(0).max(60, { message: 'DASHBOARD_STATISTICS_MAX_AGE_S: höchstens 60 Sekunden.' }).default(60),
});

/** @typedef {z.infer<typeof schema>} Env */

/**
 * @param {Record<string, string | undefined>} [source]
 * @returns {Env}
 */
export function readEnv(source = process.env) {
  // An empty variable (`DATABASE_URL= npm start`) means "not set", as in most shells' habits.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ungültige Umgebungsvariablen:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
