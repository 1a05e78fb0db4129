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

// adapter-pg cannot map catalog types `name` and `"char"` that the schema engine
// reads (prisma/orm#27403): report them as text before the adapter maps them.
function withCatalogTypesAsText(adapter: Adapter): Adapter {
  type PgResult = { fields?: { dataTypeID: number }[] };
  const target = adapter as unknown as { performIO: (q: unknown) => Promise<PgResult | PgResult[]> };
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
  return adapter;
}

function connectionString(): string {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL fehlt: npm start setzt sie für die eingebettete Datenbank selbst.');
  return url;
}

class MigrationAdapterFactory extends PrismaPg {
  override async connect() {
    return withCatalogTypesAsText(await super.connect());
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
    const shadow = withCatalogTypesAsText(await new PrismaPg(pool).connect());
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
