// Prisma CLI configuration (migrate, generate). The app itself uses lib/db.ts.
// Prisma 6.19's WebAssembly schema engine talks through adapter-pg, so nothing is
// downloaded at install or run time (works in air-gapped municipal networks).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { readEnv } from './lib/env.js';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

// Two fixes to adapter-pg for the schema engine:
// 1. It cannot map catalog types `name` and `"char"` that the engine reads
//    (prisma/orm#27403): report them as text before the adapter maps them.
// 2. Its executeScript splits a migration at every ";", also inside a function
//    body, a string or a comment: send the script whole instead (PostgreSQL's
//    simple query protocol runs several statements, as one implicit transaction).
function fixAdapter(adapter: Adapter): Adapter {
  type PgResult = { fields?: { dataTypeID: number }[] };
  const target = adapter as unknown as {
    performIO: (q: unknown) => Promise<PgResult | PgResult[]>;
    executeScript: (script: string) => Promise<void>;
    underlyingDriver: () => { query: (sql: string) => Promise<unknown> };
    onError: (error: unknown) => never;
  };
  const performIO = target.performIO.bind(adapter);
  target.performIO = async (query) => {
    const result = await performIO(query);
    // A script of several statements (a migration on the shadow database) yields one result each.
    for (const single of Array.isArray(result) ? result : [result]) {
      for (const field of single.fields ?? []) {
        if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
    }
    return result;
  };
  target.executeScript = async (script) => {
    try {
      await target.underlyingDriver().query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

function connectionString(): string {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL fehlt: npm start setzt sie für die eingebettete Datenbank selbst.');
  return url;
}

class MigrationAdapterFactory extends PrismaPg {
  override async connect() {
    return fixAdapter(await super.connect());
  }

  // adapter-pg's own shadow database reconnects to the main database (the connection
  // string wins over `database`) and drops the shadow while still connected.
  override async connectToShadowDb() {
    const admin = new pg.Client({ connectionString: connectionString() });
    await admin.connect();
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(connectionString());
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    const shadow = fixAdapter(await new PrismaPg(pool).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => new MigrationAdapterFactory({ connectionString: connectionString(), max: 1 }),
});
