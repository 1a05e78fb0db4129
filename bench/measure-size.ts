// One size's measurements, in a process of its own (started by bench/run.ts with
// DATABASE_URL set to that size's database and `--conditions=react-server`, under which
// the `server-only` guard of the app's modules is a no-op): every case of cases.ts, timed
// through the app's own functions and as the SQL they send. Writes JSON to --out.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DATA_AS_OF } from '../prisma/seed/dates';
import { readEnv } from '../lib/env.js';
import { CASES, type CaseContext } from './cases';
import { findFixtures, type Fixtures } from './fixtures';
import { captureSql, explain, replay, time, type Timing } from './measure';

export interface CaseResult {
  name: string;
  budgetMs: number;
  app: Timing;
  sql: Timing;
  statements: number;
  naive?: Timing;
  /** The page over HTTP (bench/http.ts), measured by run.ts after this process ends. */
  http?: Timing;
  /** The same with DASHBOARD_STATISTICS_MAX_AGE_S=0: every request runs its queries. */
  httpLive?: Timing;
  /** The page's first-load JavaScript, gzipped (bench/http.ts). */
  firstLoadJsBytes?: number;
  ok: boolean;
}

export interface SizeMeasurement {
  /** Counts only: no ids or names in the results file. */
  fixtures: Pick<Fixtures, 'caseworkerCaseload' | 'busiestCaseload' | 'scopeParticipants'>;
  cases: CaseResult[];
  /** For run.ts's HTTP step only, not kept in the results file: who signs in, which pages. */
  pages?: { email: string; paths: Record<string, string> };
}

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    runs: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
    explain: { type: 'boolean', default: false },
    cases: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const url = readEnv().DATABASE_URL;
  if (!url || !args.out) throw new Error('measure-size.ts wird von bench/run.ts gestartet (DATABASE_URL, --out).');
  const options = { warmup: Number(args.warmup), runs: Number(args.runs), limitMs: 30_000 };
  // The app's pool size (lib/db.ts), for the SQL sent without the app.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const { db } = await import('../lib/db');
  const { PAGE_SIZE } = await import('../lib/participants/list-participants');
  try {
    const fixtures = await findFixtures(pool, PAGE_SIZE);
    const context: CaseContext = { fixtures, today: DATA_AS_OF };
    const cases: CaseResult[] = [];
    const wanted = args.cases?.split(',') ?? [''];
    for (const benchCase of CASES.filter((c) => wanted.some((part) => c.name.includes(part)))) {
      const run = () => benchCase.run(context);
      const app = await time(run, options);
      const statements = await captureSql(run);
      const sql = await time(replay(pool, statements), options);
      const naiveSql = benchCase.naive?.(context);
      const naive = naiveSql ? await time(replay(pool, [naiveSql]), options) : undefined;
      cases.push({ name: benchCase.name, budgetMs: benchCase.budgetMs, app, sql, statements: statements.length, naive, ok: app.p95 <= benchCase.budgetMs });
      process.stdout.write(`    ${benchCase.name}: p50 ${app.p50.toFixed(1)} ms, p95 ${app.p95.toFixed(1)} ms (SQL ${sql.p95.toFixed(1)} ms)\n`);
      if (args.explain) {
        for (const statement of statements) process.stdout.write(`\n${await explain(pool, statement)}\n\n`);
      }
    }
    const { caseworkerCaseload, busiestCaseload, scopeParticipants } = fixtures;
    const paths = Object.fromEntries(
      CASES.filter((c) => c.http && cases.some((r) => r.name === c.name)).map((c) => [c.name, c.http!(context)]),
    );
    const result: SizeMeasurement = {
      fixtures: { caseworkerCaseload, busiestCaseload, scopeParticipants }, cases, pages: { email: fixtures.officialEmail, paths },
    };
    writeFileSync(args.out, JSON.stringify(result));
  } finally {
    await pool.end();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`✖ Messung fehlgeschlagen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
