// Applies prisma/migrations/*/migration.sql in order. Tests use it to build a
// fresh database per file quickly; `npm start` uses `prisma migrate deploy`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function migrationScripts(root = process.cwd()): string[] {
  const dir = path.join(root, 'prisma', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'));
}
