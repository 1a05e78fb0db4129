// The dashboards as a browser gets them: `next start` (the production build) on the bench
// database, signed in through the real credentials sign-in, each page loaded by autocannon
// with 8 concurrent connections. p50/p95 come from every response's own time.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon, { type Result } from 'autocannon';
import { percentile, type Timing } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
export const HTTP_CONNECTIONS = 8;

export interface Server {
  base: string;
  stop(): Promise<void>;
}

export function hasBuild(): boolean {
  return existsSync(path.join(ROOT, '.next', 'BUILD_ID'));
}

export async function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', LOG_LEVEL: 'error',
      NEXTAUTH_SECRET: randomBytes(48).toString('base64'), NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv,
    },
  });
  await waitForHealth(base, child);
  return {
    base,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start endete mit Code ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error('next start antwortete nicht binnen 60 s');
}

/** The session cookie after the credentials sign-in, as the sign-in form does it. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`Anmeldung als ${email} fehlgeschlagen (HTTP ${response.status})`);
  return session;
}

/** Loads `pathname` `amount` times over HTTP_CONNECTIONS connections; refuses anything but 200. */
export async function load(server: Server, pathname: string, cookie: string, amount: number): Promise<Timing> {
  const samples: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${server.base}${pathname}`, connections: HTTP_CONNECTIONS, amount, headers: { cookie }, timeout: 30 },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) samples.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${pathname}: ${result.non2xx} Antworten ohne 200, ${result.errors} Fehler, ${result.timeouts} Zeitüberschreitungen`);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

/**
 * First-load JavaScript of a page: every script the HTML loads, gzipped as a server would
 * send it, summed. Measured on the page itself, so it is what a browser fetches first.
 */
export async function firstLoadJsBytes(server: Server, pathname: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${server.base}${pathname}`, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src.replaceAll('&amp;', '&'), server.base))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).length;
  }
  return total;
}
