// Seeds the five programmes of the seed texts (real figures), reference data, staff, demo
// accounts and synthetic participants. As a script:
//   tsx prisma/seed.ts [--participants N] [--no-demo-users]
// seeds DATABASE_URL; it refuses a database that already holds organisations.
import { pathToFileURL } from 'node:url';
import { createPrismaClient } from '../lib/db/client';
import { readEnv } from '../lib/env.js';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { seedDemoUsers } from './seed/demo-users';
import { generateParticipants, planParticipants } from './seed/generator';
import { seedOrganisations } from './seed/organisations';
import { seedDuisburg } from './seed/programme-duisburg';
import { seedIsb } from './seed/programme-isb';
import { seedJoboffensive } from './seed/programme-joboffensive';
import { seedJobplus } from './seed/programme-jobplus';
import { seedScla } from './seed/programme-scla';
import { seedReferenceData } from './seed/reference-data';
import { seedStaff } from './seed/staff';

export interface SeedOptions {
  /**
   * Synthetic participants for ISB, Duisburg (≤ 100), job:plus and the Joboffensive. The
   * Service Center's 208 hires („über 200“, one enrolment each) are published figures
   * and are always added on top.
   */
  participants: number;
  demoUsers: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
}

export class SeedRefusedError extends Error {}

export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<void> {
  if ((await prisma.organisation.count()) > 0) {
    throw new SeedRefusedError('Die Datenbank enthält bereits Organisationen. Demodaten werden nur in eine leere Datenbank geschrieben.');
  }
  const total = planParticipants(options.participants).reduce((sum, entry) => sum + entry.count, 0);
  const report = (label: string) => options.onProgress?.(0, total, label);
  report('Stammdaten');
  await seedReferenceData(prisma);
  await seedOrganisations(prisma);
  await seedStaff(prisma);
  if (options.demoUsers) await seedDemoUsers(prisma);
  report('Programme');
  await seedIsb(prisma, options);
  await seedDuisburg(prisma, options);
  await seedJobplus(prisma);
  await seedJoboffensive(prisma);
  await seedScla(prisma);
  await generateParticipants(prisma, { participants: options.participants, demoUsers: options.demoUsers }, options.onProgress);
}

function parseArgs(argv: readonly string[], fallback: number): { participants: number; demoUsers: boolean } {
  let participants = fallback;
  const at = argv.indexOf('--participants');
  if (at >= 0) {
    participants = Number(argv[at + 1]);
    if (!Number.isInteger(participants) || participants < 0) {
      throw new SeedRefusedError('--participants erwartet eine ganze Zahl ab 0, z. B. --participants 400.');
    }
  }
  return { participants, demoUsers: !argv.includes('--no-demo-users') };
}

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL) throw new SeedRefusedError('DATABASE_URL fehlt: geben Sie die PostgreSQL-URL der zu füllenden Datenbank an.');
  const args = parseArgs(process.argv.slice(2), env.TEILHABE_SEED_PARTICIPANTS ?? 400);
  const prisma = createPrismaClient(env.DATABASE_URL, 1);
  const started = Date.now();
  try {
    await seed(prisma, {
      ...args,
      onProgress: (done, total, label) => process.stdout.write(`  ${label}: ${done}/${total} Teilnehmende\n`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Demodaten angelegt (${args.participants} Teilnehmende plus Einstellungen des Service Center, ${seconds} s).\n`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    const message = error instanceof SeedRefusedError ? error.message : `Seed fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`✖ ${message}\n`);
    process.exit(1);
  });
}
