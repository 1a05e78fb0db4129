// The machine and server the figures were taken on, the table printed at the end and the
// JSON written to bench/results.json.
import os from 'node:os';
import type pg from 'pg';
import type { BulkStep } from '../prisma/seed/bulk';
import type { CaseResult, SizeMeasurement } from './measure-size';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  /** Settings that change plans and timings; the bench leaves them as the server has them. */
  settings: Record<string, string>;
}

export interface SizeResult extends SizeMeasurement {
  participants: number;
  fill: { seconds: number; referenceSeconds: number; bulkSeconds: number; steps: BulkStep[] } | null;
  rows: Record<string, number>;
  databaseBytes: number;
}

export interface Results {
  date: string;
  machine: Machine;
  options: { runs: number; warmup: number };
  sizes: SizeResult[];
}

const SETTINGS = [
  'shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'effective_io_concurrency',
  'max_parallel_workers_per_gather', 'jit', 'max_connections',
];

export async function machine(client: pg.ClientBase): Promise<Machine> {
  const version = await client.query<{ v: string }>('SELECT version() AS v');
  const settings = await client.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1) ORDER BY name`,
    [SETTINGS],
  );
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unbekannt',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: version.rows[0]?.v.split(' on ')[0] ?? 'unbekannt',
    settings: Object.fromEntries(settings.rows.map((row) => [row.name, row.setting])),
  };
}

const number = new Intl.NumberFormat('de-DE');
const ms = (value: number) => value.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function verdict(c: CaseResult): string {
  return c.ok ? '✓' : '✗';
}

const dash = '–';
const opt = (timing: { p95: number } | undefined) => (timing ? ms(timing.p95) : dash);

// p50/p95 of the app's function, the p95 of the SQL it sends alone, of the naive SQL on the
// base tables, of the page over HTTP (statistics kept up to a minute, as by default; then
// kept for no one), and the app's own share (HTTP p95 − SQL p95, both ways).
const HEADER = ['Teilnehmende', 'Fall', 'p50 ms', 'p95 ms', 'SQL p95', 'naiv p95', 'HTTP p95', 'Eigenanteil', 'HTTP ohne Speicher', 'Eigenanteil', 'JS kB', 'Budget p95', ''];
const NUMERIC = new Set([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

function rows(results: Results): string[][] {
  return results.sizes.flatMap((size) =>
    size.cases.map((c) => [
      number.format(size.participants), c.name, ms(c.app.p50), ms(c.app.p95), ms(c.sql.p95), opt(c.naive), opt(c.http),
      c.http ? ms(c.http.p95 - c.sql.p95) : dash, opt(c.httpLive), c.httpLive ? ms(c.httpLive.p95 - c.sql.p95) : dash, c.firstLoadJsBytes ? number.format(Math.round(c.firstLoadJsBytes / 1024)) : dash,
      `${c.budgetMs} ms${c.http ? ' HTTP' : ''}`, verdict(c),
    ]),
  );
}

export function textTable(results: Results): string {
  const table = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (NUMERIC.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(table[0] ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

export function markdownTable(results: Results): string {
  const body = rows(results).map((row) => `| ${row.join(' | ')} |`);
  return [`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (NUMERIC.has(i) ? '---:' : '---')).join('|')}|`, ...body].join('\n');
}

/** Growth: each case's p95 (HTTP where measured) at the largest size over the smallest. */
export function growthTable(results: Results): string {
  const first = results.sizes[0];
  const last = results.sizes[results.sizes.length - 1];
  if (!first || !last || first === last) return '';
  const p95 = (c: CaseResult) => (c.http ?? c.app).p95;
  return last.cases
    .map((c) => {
      const base = first.cases.find((b) => b.name === c.name);
      if (!base) return null;
      const ratio = p95(c) / p95(base);
      return `${c.name}: ${ratio.toLocaleString('de-DE', { maximumFractionDigits: 1 })}× (${ms(p95(base))} → ${ms(p95(c))} ms)${ratio > 3 ? ' ✗' : ''}`;
    })
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function fillTable(results: Results): string {
  return results.sizes
    .map((size) => {
      const fill = size.fill
        ? `gefüllt in ${ms(size.fill.seconds)} s (Stammdaten ${ms(size.fill.referenceSeconds)} s, Massendaten ${ms(size.fill.bulkSeconds)} s)`
        : 'vorhandene Datenbank (--reuse)';
      const counts = ['Enrolment', 'Phase', 'Contact', 'FollowUp'].map((t) => `${t} ${number.format(size.rows[t] ?? 0)}`).join(', ');
      return `${number.format(size.participants).padStart(9)} Teilnehmende: ${fill}; ${counts}; ${number.format(Math.round(size.databaseBytes / 2 ** 20))} MiB`;
    })
    .join('\n');
}
