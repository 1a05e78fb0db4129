// Timing: warm-up, then up to `runs` calls (or as many as fit in the time limit), p50 and
// p95 by nearest rank. The SQL a call sends is captured at the driver (pg), so the bench
// times exactly what the app runs, not a copy that could drift from it.
import pg from 'pg';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export interface TimingOptions {
  warmup: number;
  runs: number;
  /**
   * Stop early after this many milliseconds (at least 5 runs; warm-up gets a third), so a
   * case of seconds cannot stall the run; its p95 is then a rough figure.
   */
  limitMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function time(body: () => Promise<unknown>, options: TimingOptions): Promise<Timing> {
  const warming = performance.now();
  for (let i = 0; i < options.warmup && performance.now() - warming < options.limitMs / 3; i += 1) await body();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.runs && (samples.length < 5 || performance.now() - started < options.limitMs)) {
    const at = performance.now();
    await body();
    samples.push(performance.now() - at);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

export interface Statement {
  text: string;
  values: unknown[];
}

/** Reads only: the audit insert, transaction control and the like are the app's overhead. */
function isRead(text: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(text);
}

/** The read statements `body` sends through any pg client of this process, in order. */
export async function captureSql(body: () => Promise<unknown>): Promise<Statement[]> {
  const captured: Statement[] = [];
  const original = pg.Client.prototype.query;
  // pg's query() is heavily overloaded; the first argument is the SQL text or a config object.
  const patched = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first.text;
    const values = typeof first === 'string' ? (args[1] as unknown[] | undefined) : first.values;
    if (text && isRead(text)) captured.push({ text, values: values ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = patched as typeof original;
  try {
    await body();
  } finally {
    pg.Client.prototype.query = original;
  }
  return captured;
}

/**
 * Sends the statements all at once over `pool`, as one timed unit: the app runs a page's
 * independent queries together (Promise.all), and their values are already captured.
 */
export function replay(pool: pg.Pool, statements: readonly Statement[]): () => Promise<void> {
  return async () => {
    await Promise.all(statements.map((statement) => pool.query(statement.text, statement.values)));
  };
}

export async function explain(client: pg.Pool | pg.ClientBase, statement: Statement): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}
