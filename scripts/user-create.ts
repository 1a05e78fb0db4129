// npm run user:create -- --email it@stadt.de --name "Vorname Name" --organisation "Stadt X" --kind CITY --city X
// The password is asked for (hidden) or read from stdin with --password-stdin.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readEnv } from '../lib/env.js';
import { createPrismaClient } from '../lib/db/client';
import { createFirstAdmin } from '../lib/users/create-first-admin';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    kind: { type: 'string', default: 'CITY' },
    city: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});

async function readPassword(): Promise<string> {
  if (values['password-stdin'] || !process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.trim();
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Passwort (mindestens 12 Zeichen): ');
  output._writeToOutput = () => undefined; // hide what is typed
  const password = await rl.question('');
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function main() {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL fehlt: user:create ist für einen PostgreSQL-Server gedacht; die eingebettete Demo hat Demo-Konten.');
  const prisma = createPrismaClient(url, 1);
  try {
    const user = await createFirstAdmin(prisma, { ...values, password: await readPassword() } as never);
    process.stdout.write(`✔ Administrationskonto ${user.email} angelegt.\n`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof z.ZodError ? error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n  ') : error instanceof Error ? error.message : String(error);
  process.stderr.write(`✖ ${message}\n`);
  process.exit(1);
});
