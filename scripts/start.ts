// `npm start` (and `npm run dev`): one command from a fresh clone to a running portal.
// Without DATABASE_URL it serves an embedded PostgreSQL (PGlite) from .data/,
// migrates, seeds demo data on the first start, builds if needed and starts Next.js.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { readEnv } from '../lib/env.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { createPrismaClient } from '../lib/db/client';
import { seed } from '../prisma/seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../prisma/seed/demo-users';
import { runPrisma } from './prisma-cli';
import { progressBar } from './progress';

const dev = process.argv.includes('--dev');
// Next's own binary, not `npx next`: a signal to npx would not reach the server and
// would leave it holding the port.
const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');

function fail(sentence: string): never {
  process.stderr.write(`\n✖ ${sentence}\n`);
  process.exit(1);
}

function environment() {
  try {
    return readEnv();
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const env = environment();

function step(text: string) {
  process.stdout.write(`• ${text}\n`);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function authSecret(dataDir: string, embedded: boolean): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!embedded) fail('NEXTAUTH_SECRET fehlt: setzen Sie eine zufällige Zeichenkette mit mindestens 32 Zeichen (z. B. `openssl rand -base64 48`).');
  // Embedded demo: a secret generated once and kept with the data, so sessions survive restarts.
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function ensureBuild() {
  if (dev || existsSync('.next/BUILD_ID')) return;
  step('Das Portal wird gebaut (einmalig, etwa eine Minute) …');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) fail('Der Build ist fehlgeschlagen; die Meldungen oben nennen die Ursache.');
}

// The marker is written only after the whole seed ran, so a start that was cut off
// halfway is recognised instead of leaving a half-filled demo.
async function seedIfEmpty(url: string, embedded: boolean, dataDir: string) {
  const marker = path.join(dataDir, 'seed-complete');
  const prisma = createPrismaClient(url, 1);
  try {
    if ((await prisma.organisation.count()) > 0) {
      if (embedded && !existsSync(marker)) {
        fail(`Die Demodaten wurden beim letzten Start nicht vollständig angelegt: löschen Sie den Ordner ${path.relative(process.cwd(), dataDir) || dataDir} und starten Sie erneut.`);
      }
      return false;
    }
    if (!embedded) {
      step('Die Datenbank ist leer. Legen Sie das erste Administrationskonto an: npm run user:create');
      return false;
    }
    const bar = progressBar('Demodaten');
    await seed(prisma, {
      participants: env.TEILHABE_SEED_PARTICIPANTS ?? 400,
      demoUsers: true,
      onProgress: (done, total, label) => bar.update(done, total, label),
    });
    bar.done();
    writeFileSync(marker, new Date().toISOString());
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

async function waitUntilReady(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) fail('Next.js hat sich beendet; die Meldungen oben nennen die Ursache.');
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail('Das Portal antwortet nach 150 Sekunden nicht; die Meldungen oben nennen die Ursache.');
}

function printWelcome(url: string, embedded: boolean) {
  process.stdout.write(`\n✔ Teilhabe läuft: ${url}\n`);
  if (!embedded) return;
  process.stdout.write(`\n  Demo-Anmeldungen (Passwort für alle: ${DEMO_PASSWORD})\n`);
  for (const u of DEMO_USERS) process.stdout.write(`  ${u.email.padEnd(44)} ${u.role.padEnd(12)} ${u.organisation}\n`);
  process.stdout.write('\n  Beenden mit Strg+C.\n');
}

async function main() {
  const port = env.PORT;
  if (!(await portIsFree(port))) fail(`Port ${port} ist belegt: beenden Sie das andere Programm oder starten Sie mit PORT=${port + 1} npm start.`);

  const embedded = !env.DATABASE_URL;
  const dataDir = path.resolve(env.TEILHABE_DATA_DIR);
  let database: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL ?? '';
  if (embedded) {
    mkdirSync(dataDir, { recursive: true });
    step(`Eingebettete Datenbank wird gestartet (${path.relative(process.cwd(), dataDir) || dataDir}) …`);
    try {
      database = await startEmbeddedDatabase(path.join(dataDir, 'pgdata'));
    } catch {
      fail(`Die eingebettete Datenbank in ${dataDir} lässt sich nicht öffnen; läuft das Portal schon in einem anderen Fenster?`);
    }
    url = database.url;
  } else if (!(await reachable(url))) {
    const { hostname, port: dbPort } = new URL(url);
    fail(`Die Datenbank unter ${hostname}:${dbPort || 5432} ist nicht erreichbar: prüfen Sie DATABASE_URL und ob der PostgreSQL-Server läuft.`);
  }
  const secret = authSecret(dataDir, embedded);

  step('Datenbank wird migriert …');
  const migration = await runPrisma(['migrate', 'deploy'], { DATABASE_URL: url }, true);
  if (migration.code !== 0) {
    process.stderr.write(migration.output);
    fail('Die Migration der Datenbank ist fehlgeschlagen (Meldung oben): beheben Sie die Ursache und starten Sie erneut; bereits angewendete Migrationen bleiben erhalten.');
  }
  if (await seedIfEmpty(url, embedded, dataDir)) step('Demodaten angelegt.');
  ensureBuild();

  const appUrl = `http://localhost:${port}`;
  const probeUrl = embedded ? `http://127.0.0.1:${port}` : appUrl;
  // The demo accounts share a published password: an embedded demo listens on this
  // machine only. With a real database the operator's reverse proxy decides.
  const host = embedded ? ['-H', '127.0.0.1'] : [];
  const child = spawn(process.execPath, [NEXT_BIN, dev ? 'dev' : 'start', '-p', String(port), ...host], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      TEILHABE_EMBEDDED: embedded ? '1' : '0',
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? appUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  // One shutdown, however it is triggered: forward the signal, let Next.js exit,
  // then close the embedded database exactly once so its files stay consistent.
  let shuttingDown: Promise<never> | null = null;
  const shutdown = (code: number) =>
    (shuttingDown ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await database?.stop().catch(() => undefined);
      process.exit(code);
    })());
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 0)));
  await waitUntilReady(probeUrl, child);
  printWelcome(appUrl, embedded);
}

main().catch((error: unknown) => {
  fail(`Der Start ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
});
