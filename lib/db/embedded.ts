// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), data in a
// folder, served on a free loopback port so the app and the Prisma CLI use the
// same adapter-pg as against a real server.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

/** Another process (the running portal, or `npm run retention`) has this data folder open. */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly lockFile: string, readonly pid: number | null) {
    super(`Die eingebettete Datenbank ${dataDir} ist schon geöffnet (Prozess ${pid ?? 'unbekannt'}, Sperrdatei ${lockFile}).`);
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite takes no lock of its own: a second process opening the same folder succeeds,
 * both write, and the data end up unreadable (its postmaster.pid holds no real process
 * id). So a lock file beside the folder names the process that has it open; a lock
 * whose process is gone (killed, crashed) is taken over. One that names no process
 * is left alone: refusing to start is better than a corrupted folder.
 */
function lockDataDir(dataDir: string): () => void {
  const file = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      const valid = Number.isInteger(holder) && holder > 0;
      if (attempt > 0 || !valid || isAlive(holder)) throw new DataDirInUseError(dataDir, file, valid ? holder : null);
      rmSync(file, { force: true });
    }
  }
  const release = () => {
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return () => {
    process.removeListener('exit', release);
    release();
  };
}

/**
 * dataDir undefined = in memory (tests). PGlite runs one query at a time; with more
 * than one connection their transactions can interleave, so the app keeps one.
 */
export async function startEmbeddedDatabase(dataDir?: string, maxConnections = 1): Promise<EmbeddedDatabase> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let db: PGlite;
  let server: PGLiteSocketServer;
  try {
    db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
    // Port 0: the OS picks a free port, so a PostgreSQL already on 5432 is no problem.
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
  } catch (error) {
    unlock();
    throw error;
  }
  const listening = (server as unknown as { server: Server }).server.address() as AddressInfo;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listening.port}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
