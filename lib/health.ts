import 'server-only';
import { db } from './db';
import { log } from './log';

export interface Health {
  status: 'ok' | 'error';
  database: 'ok' | 'unreachable';
  databaseLatencyMs: number | null;
}

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: 'ok', database: 'ok', databaseLatencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    log('error', 'health.database_unreachable', { error: error instanceof Error ? error.name : 'unknown' });
    return { status: 'error', database: 'unreachable', databaseLatencyMs: null };
  }
}
