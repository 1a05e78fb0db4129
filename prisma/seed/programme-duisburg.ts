// „Das Duisburger Modell“ (seed 001): Arbeitsgelegenheit (§16d SGB II, usually three
// months) → insured job on the first labour market → stabilisation; 01.01.2018, 24 months.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createJobCoach } from '../../tests/factories/employer';
import { demoUserId } from './demo-users';
import { stableId } from './ids';
import { seedLocalEmployers, type LocalEmployer } from './local-employers';
import { organisationId } from './organisations';
import { projectId, seedFunding, seedProject, type ProjectDefinition } from './projects';
import { staffOf } from './staff';

export const DUISBURG_PROJECT: ProjectDefinition = {
  key: 'duisburg-modell',
  name: 'Das Duisburger Modell',
  city: 'Duisburg',
  operator: 'stadtDuisburg',
  jobcenter: 'jobcenterDuisburg',
  model: 'WORK_OPPORTUNITY_TO_JOB',
  description:
    'Drei Phasen: Arbeitsgelegenheit (§16d SGB II, in der Regel drei Monate), Vermittlung in ' +
    'sozialversicherungspflichtige Beschäftigung auf dem ersten Arbeitsmarkt, Stabilisierung. ' +
    'Betriebsakquise über die Gesellschaft für Wirtschaftsförderung, bis zu drei Jobcoaches.',
  start: '2018-01-01',
  end: '2019-12-31', // „Laufzeit von 24 Monaten … am 1. Januar 2018 gestartet“
  targets: { targetParticipants: 100, aftercareMonths: 6 },
  budgetCents: 350_000_000n,
};

// Employers are illustrative (the seed names only the kinds: private firms, the city's
// companies, welfare organisations); firm names are invented.
export const DUISBURG_EMPLOYERS: readonly LocalEmployer[] = [
  { key: 'wbd', name: 'Wirtschaftsbetriebe Duisburg', kind: 'MUNICIPAL_COMPANY', city: 'Duisburg', district: 'Mitte',
    positions: [
      { field: 'Stadtreinigung', count: 12, instrument: 'NONE', hourlyWageCents: 1250 },
      { field: 'Grünpflege', count: 8, instrument: 'NONE', hourlyWageCents: 1250 },
    ],
    acquisition: { stage: 'FILLED', firstContactAt: '2017-11-15', note: 'Rahmenabsprache mit der Konzerntochter der Stadt.' } },
  { key: 'rheinhafen-logistik', name: 'Rheinhafen Logistik Service GmbH', kind: 'PRIVATE_FIRM', city: 'Duisburg', district: 'Ruhrort',
    positions: [{ field: 'Lager/Logistik', count: 10, instrument: 'NONE', hourlyWageCents: 1100 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-02-08', note: 'Helfer im Lager, Staplerschein wird gefördert.' } },
  { key: 'innenhafen-gastro', name: 'Gastronomie am Innenhafen GmbH', kind: 'PRIVATE_FIRM', city: 'Duisburg', district: 'Mitte',
    positions: [{ field: 'Küchenhilfe', count: 6, instrument: 'NONE', hourlyWageCents: 950 }],
    acquisition: { stage: 'COMMITTED', firstContactAt: '2018-04-20', note: 'Zusage für sechs Stellen ab Saisonbeginn.' } },
  { key: 'sozialwerk-rhein-ruhr', name: 'Sozialwerk Rhein-Ruhr e.V.', kind: 'WELFARE_ORGANISATION', city: 'Duisburg', district: 'Hochfeld',
    positions: [{ field: 'Hauswirtschaft', count: 6, instrument: 'PARA_16E', hourlyWageCents: 1000 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-01-22', note: 'Träger der freien Wohlfahrtspflege.' } },
  { key: 'elektro-hamborn', name: 'Elektro Hamborn GmbH', kind: 'PRIVATE_FIRM', city: 'Duisburg', district: 'Hamborn', positions: [],
    acquisition: { stage: 'IN_TALKS', firstContactAt: '2019-05-14', note: 'Interesse an Helfertätigkeiten, Gespräch folgt.' } },
  { key: 'baeckerei-ruhrort', name: 'Bäckerei Ruhrort KG', kind: 'PRIVATE_FIRM', city: 'Duisburg', district: 'Ruhrort', positions: [],
    acquisition: { stage: 'FIRST_CONTACT', firstContactAt: '2019-09-03', note: null } },
];

export const DUISBURG_COACHES = ['Laura Nowak', 'Stefan Kuhn', 'Aylin Arslan'] as const;
export const duisburgCoachId = (index: number): string => stableId('jobcoach', `duisburg:${index}`);

export async function seedDuisburg(prisma: PrismaClient, options: { demoUsers: boolean }): Promise<void> {
  await seedProject(prisma, DUISBURG_PROJECT);
  const city = organisationId('stadtDuisburg');
  const project = projectId(DUISBURG_PROJECT.key);
  await seedLocalEmployers(prisma, DUISBURG_PROJECT.key, 'stadtDuisburg', DUISBURG_EMPLOYERS, staffOf('acquisition-duisburg').map((m) => m.id));
  for (const [index, name] of DUISBURG_COACHES.entries()) {
    await createJobCoach(prisma, {
      id: duisburgCoachId(index),
      name,
      organisationId: city,
      projectId: project,
      userId: options.demoUsers && index === 0 ? demoUserId('jobcoach.duisburg') : null,
    });
  }
  await seedFunding(prisma, DUISBURG_PROJECT, [{ kind: 'LAND', name: 'Land NRW', totalCents: 350_000_000n }]);
}
