// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), data in a
// folder, served on a free loopback port so the app and the Prisma CLI use the
// same adapter-pg as against a real server.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { AddressInfo, Server } from 'node:net';

export interface EmbeddedDatabase {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * dataDir undefined = in memory (tests). PGlite runs one query at a time; with more
 * than one connection their transactions can interleave, so the app keeps one.
 */
export async function startEmbeddedDatabase(dataDir?: string, maxConnections = 1): Promise<EmbeddedDatabase> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // Port 0: the OS picks a free port, so a PostgreSQL already on 5432 is no problem.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const listening = (server as unknown as { server: Server }).server.address() as AddressInfo;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listening.port}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
