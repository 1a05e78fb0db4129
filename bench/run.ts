// npm run bench [-- --sizes 10000,100000,1000000] [--runs 100] [--warmup 10] [--keep] [--reuse] [--explain]
// For each size: a fresh database on BENCH_DATABASE_URL's server (default: the local one),
// migrated and filled by the seed generator; then every case of bench/cases.ts is timed
// (p50/p95 of the app's function and of the SQL it sends). Prints one table, writes
// bench/results.json. A benchmark, not a test: a missed budget is reported, not an error.
//   --keep     leave the databases (teilhabe_bench_<size>) for a look with EXPLAIN
//   --reuse    measure a database left by --keep instead of filling it again
//   --explain  print EXPLAIN (ANALYZE, BUFFERS) of every statement a case sends
//   --cases x  only the cases whose name contains x, or one of several: --cases Arbeitsliste,Phase
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readEnv } from '../lib/env.js';
import { benchDatabase, createDatabase, DEFAULT_SERVER_URL, dropDatabase, fillDatabase, isFilled, type BenchDatabase } from './database';
import type { CaseResult, SizeMeasurement } from './measure-size';
import { DEMO_PASSWORD } from '../prisma/seed/demo-users';
import { firstLoadJsBytes, hasBuild, HTTP_CONNECTIONS, load, signIn, startServer } from './http';
import { fillTable, growthTable, machine, markdownTable, textTable, type Results, type SizeResult } from './report';

class Refusal extends Error {}

const HERE = import.meta.dirname;
const HTTP_PORT = 3200;
/** The dashboards' first-load JavaScript budget (gzip). */
const FIRST_LOAD_JS_BUDGET = 250 * 1024;
const TABLES = ['Participant', 'ParticipantIdentity', 'Enrolment', 'Phase', 'Contact', 'FollowUp', 'SupportService', 'User', 'JobCoach'];

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      runs: { type: 'string', default: '100' },
      warmup: { type: 'string', default: '10' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      cases: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(HERE, 'results.json') },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '').trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100 || n > 10_000_000)) {
    throw new Refusal('--sizes erwartet ganze Zahlen von 100 bis 10 000 000, durch Kommas getrennt, z. B. --sizes 10000,100000.');
  }
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 20 || !Number.isInteger(warmup) || warmup < 0) throw new Refusal('--runs ab 20, --warmup ab 0.');
  return { ...values, sizes, runs, warmup };
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function rowCounts(database: BenchDatabase): Promise<Record<string, number>> {
  // Exact (reltuples is ANALYZE's estimate); a few seconds for 30 million contacts, by index-only scans.
  const counts = TABLES.map((t) => `SELECT '${t}' AS name, count(*)::float8 AS n FROM "${t}"`).join(' UNION ALL ');
  const rows = await query<{ name: string; n: number }>(database.url, counts);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

function measure(database: BenchDatabase, opts: ReturnType<typeof options>): Promise<SizeMeasurement> {
  const dir = mkdtempSync(path.join(tmpdir(), 'teilhabe-bench-'));
  const out = path.join(dir, 'result.json');
  const args = [
    ...process.execArgv, '--conditions=react-server', path.join(HERE, 'measure-size.ts'),
    '--out', out, '--runs', String(opts.runs), '--warmup', String(opts.warmup),
    ...(opts.explain ? ['--explain'] : []), ...(opts.cases ? ['--cases', opts.cases] : []),
  ];
  // Forwarded whole, as scripts/start.ts does for next; the child reads it through lib/env.js.
  // Nothing kept: the functions' own cost is measured, and the SQL they send each time.
  const env = { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_MAX: '10', DASHBOARD_STATISTICS_MAX_AGE_S: '0' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`Messung beendet mit Code ${code}`);
        resolve(JSON.parse(readFileSync(out, 'utf8')) as SizeMeasurement);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Each dashboard page over HTTP, as configured by default (officials' statistics kept up to
 * a minute: the p95 decides the verdict), then with nothing kept, so every request queries.
 */
async function measureHttp(database: BenchDatabase, pages: NonNullable<SizeMeasurement['pages']>, cases: CaseResult[], opts: ReturnType<typeof options>) {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (!hasBuild()) {
    out('  HTTP: kein Build vorhanden, npm run build …');
    const build = spawnSync('npm', ['run', 'build'], { cwd: path.join(HERE, '..'), stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build fehlgeschlagen');
  }
  for (const live of [false, true]) {
    out(`  HTTP (next start, ${HTTP_CONNECTIONS} Verbindungen${live ? ', Statistik nicht zwischengespeichert' : ''}):`);
    const server = await startServer(database.url, HTTP_PORT, live ? { DASHBOARD_STATISTICS_MAX_AGE_S: '0' } : {});
    try {
      const cookie = await signIn(server.base, pages.email, DEMO_PASSWORD);
      for (const result of cases) {
        const pathname = pages.paths[result.name];
        if (!pathname) continue;
        await load(server, pathname, cookie, Math.max(opts.warmup, HTTP_CONNECTIONS) * 2);
        const timing = await load(server, pathname, cookie, Math.max(opts.runs, 200));
        out(`    ${result.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
        if (live) {
          result.httpLive = timing;
          continue;
        }
        result.http = timing;
        result.firstLoadJsBytes = await firstLoadJsBytes(server, pathname, cookie);
        result.ok = timing.p95 <= result.budgetMs && result.firstLoadJsBytes <= FIRST_LOAD_JS_BUDGET;
        out(`      JavaScript ${(result.firstLoadJsBytes / 1024).toFixed(0)} kB gzip`);
      }
    } finally {
      await server.stop();
    }
  }
}

async function size(serverUrl: string, participants: number, opts: ReturnType<typeof options>): Promise<SizeResult> {
  const database = benchDatabase(serverUrl, participants);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\n== ${participants.toLocaleString('de-DE')} Teilnehmende (${database.name})`);
  try {
    let fill: SizeResult['fill'] = null;
    let databaseBytes = 0;
    if (opts.reuse && (await isFilled(serverUrl, database, participants))) {
      out('  vorhandene, gefüllte Datenbank wird gemessen (--reuse)');
      const [row] = await query<{ size: string }>(database.url, 'SELECT pg_database_size(current_database()) AS size');
      databaseBytes = Number(row?.size ?? 0);
    } else {
      const started = performance.now();
      await createDatabase(serverUrl, database);
      const report = await fillDatabase(serverUrl, database, participants, (s) => {
        // Contacts come in 45 rounds: every fifth is enough to see progress.
        const round = /^Contact (\d+)\//.exec(s.step)?.[1];
        if (!round || Number(round) % 5 === 0) out(`  ${s.step}: ${s.rows.toLocaleString('de-DE')} Zeilen, ${s.seconds.toFixed(1)} s`);
      });
      fill = { seconds: (performance.now() - started) / 1000, referenceSeconds: report.referenceSeconds, bulkSeconds: report.bulk.seconds, steps: report.bulk.steps };
      databaseBytes = report.sizeBytes;
      out(`  gefüllt in ${fill.seconds.toFixed(1)} s (Stammdaten ${fill.referenceSeconds.toFixed(1)} s, Massendaten ${fill.bulkSeconds.toFixed(1)} s)`);
    }
    const rows = await rowCounts(database);
    out('  Messung:');
    const { pages, ...measured } = await measure(database, opts);
    if (pages && Object.keys(pages.paths).length > 0) await measureHttp(database, pages, measured.cases, opts);
    return { participants, fill, rows, databaseBytes, ...measured };
  } finally {
    if (!opts.keep) await dropDatabase(serverUrl, database);
  }
}

async function main(): Promise<void> {
  const opts = options();
  const serverUrl = readEnv().BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const info = await machine(client).finally(() => client.end());
  const results: Results = { date: new Date().toISOString(), machine: info, options: { runs: opts.runs, warmup: opts.warmup }, sizes: [] };
  for (const participants of opts.sizes) results.sizes.push(await size(serverUrl, participants, opts));
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`\n${info.cpus} Kerne (${info.cpuModel}), ${info.memoryGb} GB RAM, ${info.postgres}, shared_buffers ${info.settings.shared_buffers}`);
  out(fillTable(results));
  out();
  out(textTable(results));
  const growth = growthTable(results);
  if (growth) out(`\np95 bei der größten Größe im Verhältnis zur kleinsten (Ziel: höchstens 3×):\n${growth}`);
  if (opts.markdown) out(`\n${markdownTable(results)}`);
  out(`\nErgebnisse: ${path.relative(process.cwd(), opts.out)}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Refusal ? error.message : `npm run bench fehlgeschlagen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`✖ ${message}\n`);
  process.exit(1);
});
