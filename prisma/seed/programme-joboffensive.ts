// „Joboffensive“ Gelsenkirchen (seed 004): intensive placement of 1 900 market-near SGB II
// customers by 19 extra placement officers, caseload 1:100, up to four contacts a month.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { seedProject, type ProjectDefinition } from './projects';

export const JOBOFFENSIVE_PROJECT: ProjectDefinition = {
  key: 'joboffensive-gelsenkirchen',
  name: 'Joboffensive Gelsenkirchen',
  city: 'Gelsenkirchen',
  operator: 'iag',
  jobcenter: 'iag',
  model: 'INTENSIVE_PLACEMENT',
  description:
    'Intensivierte Vermittlung „marktnaher“ SGB-II-Kundinnen und -Kunden durch 19 zusätzliche ' +
    'Arbeitsvermittlungskräfte (Betreuungsrelation 1:100, bis zu vier Kontakte im Monat); Erfolg heißt ' +
    'nachhaltige und bedarfsdeckende Beschäftigung.',
  // „startete am gestrigen Freitag, 1. März“: 1 March was a Friday in 2019.
  start: '2019-03-01',
  // ASSUMPTION: the article gives no end; we assume a two-year term.
  end: '2021-02-28',
  targets: { targetParticipants: 1900, caseloadRatio: 100, contactsPerMonth: 4 },
  budgetCents: null, // not published
};

export async function seedJoboffensive(prisma: PrismaClient): Promise<void> {
  // The 19 placement officers are users of the IAG (see staff.ts); no employers or funding published.
  await seedProject(prisma, JOBOFFENSIVE_PROJECT);
}
