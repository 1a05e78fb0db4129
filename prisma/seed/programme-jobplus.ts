// „Zukunft für langzeitarbeitslose Menschen – job:plus“ (seed 003): 260 insured jobs in the
// Kreis Recklinghausen, 01.02.2018–31.12.2019, via employer acquisition and public tenders
// whose conditions also protect the contractor's existing staff.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createJobCoach } from '../../tests/factories/employer';
import { createTender } from '../../tests/factories/tender';
import { addMonths, day } from './dates';
import { stableId } from './ids';
import { seedLocalEmployers, type LocalEmployer } from './local-employers';
import { organisationId } from './organisations';
import { projectId, seedFunding, seedProject, type ProjectDefinition } from './projects';
import { staffOf } from './staff';

export const JOBPLUS_PROJECT: ProjectDefinition = {
  key: 'jobplus-recklinghausen',
  name: 'job:plus – Zukunft für langzeitarbeitslose Menschen',
  city: 'Recklinghausen',
  operator: 'jobcenterRecklinghausen',
  jobcenter: 'jobcenterRecklinghausen',
  model: 'JOB_CREATION',
  description:
    'Team „job:plus“ im Jobcenter Kreis Recklinghausen: Auswahl mit den Bezirksstellen, Coaching durch die ' +
    'Jobakademie, vier Betriebsakquisiteure, Vergabebedingungen mit Schutz der Stammbelegschaft.',
  start: '2018-02-01',
  end: '2019-12-31',
  targets: { targetPositions: 260, aftercareMonths: 6 },
  budgetCents: 430_000_000n,
};

// Illustrative employers in the towns of the Kreis; names are invented.
export const JOBPLUS_EMPLOYERS: readonly LocalEmployer[] = [
  { key: 'vest-gebaeudedienste', name: 'Vestische Gebäudedienste GmbH', kind: 'PRIVATE_FIRM', city: 'Herten', district: null,
    positions: [{ field: 'Gebäudereinigung', count: 12, instrument: 'NONE', hourlyWageCents: 1030 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-02-20', note: 'Auftragnehmer der Kreisvergabe Gebäudereinigung.' } },
  { key: 'logistik-marl', name: 'Logistikzentrum Marl GmbH', kind: 'PRIVATE_FIRM', city: 'Marl', district: null,
    positions: [{ field: 'Lager/Logistik', count: 15, instrument: 'NONE', hourlyWageCents: 1100 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-03-05', note: null } },
  { key: 'pflege-vest', name: 'Ambulante Pflege im Vest GmbH', kind: 'PRIVATE_FIRM', city: 'Recklinghausen', district: 'Süd',
    positions: [{ field: 'Senioren-/Gesundheitswirtschaft', count: 10, instrument: 'PARA_16E', hourlyWageCents: 1050 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-03-12', note: 'Betreuungskräfte, Lohnkostenzuschuss nach §16e.' } },
  { key: 'servicebetrieb-emscher-lippe', name: 'Servicebetrieb Emscher-Lippe', kind: 'MUNICIPAL_COMPANY', city: 'Gladbeck',
    district: null, positions: [{ field: 'Grünpflege', count: 8, instrument: 'NONE', hourlyWageCents: 1150 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2018-04-09', note: 'Auftragnehmer der Grünflächenpflege an Kreisstraßen.' } },
  { key: 'sozialwerk-vest', name: 'Sozialwerk Vest e.V.', kind: 'WELFARE_ORGANISATION', city: 'Castrop-Rauxel', district: null,
    positions: [{ field: 'Hauswirtschaft', count: 6, instrument: 'PARA_16E', hourlyWageCents: 1000 }],
    acquisition: { stage: 'COMMITTED', firstContactAt: '2018-06-18', note: null } },
  { key: 'metallbau-dorsten', name: 'Metallbau Lippe GmbH', kind: 'PRIVATE_FIRM', city: 'Dorsten', district: null,
    positions: [{ field: 'Metallbau (Helfer)', count: 5, instrument: 'NONE', hourlyWageCents: 1200 }],
    acquisition: { stage: 'COMMITTED', firstContactAt: '2018-09-27', note: 'Zusage nach Praktikum.' } },
  { key: 'baeckerei-gladbeck', name: 'Bäckerei Horster Mühle', kind: 'PRIVATE_FIRM', city: 'Gladbeck', district: null,
    positions: [{ field: 'Verkauf', count: 4, instrument: 'NONE', hourlyWageCents: 919 }],
    acquisition: { stage: 'FILLED', firstContactAt: '2019-01-15', note: null } },
  { key: 'autohaus-marl', name: 'Autoservice Marl-Hüls GmbH', kind: 'PRIVATE_FIRM', city: 'Marl', district: null,
    positions: [], acquisition: { stage: 'IN_TALKS', firstContactAt: '2019-06-03', note: 'Fahrzeugaufbereitung denkbar.' } },
  { key: 'hotel-recklinghausen', name: 'Hotel am Ruhrfestspielhaus', kind: 'PRIVATE_FIRM', city: 'Recklinghausen',
    district: null, positions: [], acquisition: { stage: 'FIRST_CONTACT', firstContactAt: '2019-10-08', note: null } },
];

export const JOBPLUS_COACHES = ['Gabriele Pieper', 'Emre Kaya', 'Ute Wessel'] as const; // Jobakademie
export const jobplusCoachId = (index: number): string => stableId('jobcoach', `jobplus:${index}`);

/** Tenders of the Kreis with social clauses; the contractor is one of the employers above. */
export const JOBPLUS_TENDERS = [
  { reference: 'KRE-2018-014', title: 'Unterhaltsreinigung Kreishaus und Bezirksstellen', kind: 'SERVICES',
    department: 'Kreis Recklinghausen, Gebäudewirtschaft', valueCents: 180_000_000n, publishedAt: '2018-03-01',
    contractor: 'vest-gebaeudedienste', committedHires: 6 },
  { reference: 'KRE-2018-031', title: 'Grünflächenpflege an Kreisstraßen', kind: 'SERVICES',
    department: 'Kreis Recklinghausen, Straßenbau', valueCents: 95_000_000n, publishedAt: '2018-04-16',
    contractor: 'servicebetrieb-emscher-lippe', committedHires: 4 },
  { reference: 'KRE-2018-077', title: 'Umbau Berufskolleg Ostvest', kind: 'WORKS',
    department: 'Kreis Recklinghausen, Gebäudewirtschaft', valueCents: 420_000_000n, publishedAt: '2018-09-10',
    contractor: 'metallbau-dorsten', committedHires: 3 },
] as const;

export const jobplusClauseId = (reference: string): string => stableId('clause', `jobplus:${reference}`);

/** The contract runs from award (about three months after publication) to the end of 2020. */
export function jobplusClauseTerm(publishedAt: string): { termStart: Date; termEnd: Date } {
  return { termStart: addMonths(day(publishedAt), 3), termEnd: day('2020-12-31') };
}

export async function seedJobplus(prisma: PrismaClient): Promise<void> {
  await seedProject(prisma, JOBPLUS_PROJECT);
  const jobcenter = organisationId('jobcenterRecklinghausen');
  const project = projectId(JOBPLUS_PROJECT.key);
  const acquirers = staffOf('acquisition-jobplus');
  await seedLocalEmployers(prisma, JOBPLUS_PROJECT.key, 'jobcenterRecklinghausen', JOBPLUS_EMPLOYERS, acquirers.map((m) => m.id));
  for (const [index, name] of JOBPLUS_COACHES.entries()) {
    await createJobCoach(prisma, { id: jobplusCoachId(index), name, organisationId: jobcenter, projectId: project });
  }
  for (const tender of JOBPLUS_TENDERS) {
    const publishedAt = day(tender.publishedAt);
    const contractor = JOBPLUS_EMPLOYERS.find((employer) => employer.key === tender.contractor);
    await createTender(prisma, {
      id: stableId('tender', `jobplus:${tender.reference}`),
      organisationId: jobcenter,
      projectId: project,
      reference: tender.reference,
      title: tender.title,
      orderingDepartment: tender.department,
      kind: tender.kind,
      estimatedValueCents: tender.valueCents,
      publishedAt,
      check: {
        suitable: true,
        reason: 'Personalintensive Leistung im Kreisgebiet mit einfachen Tätigkeiten.',
        checkedById: acquirers[0]?.id ?? null,
        checkedAt: addMonths(publishedAt, -1),
      },
      clause: {
        id: jobplusClauseId(tender.reference),
        type: 'PERFORMANCE_CONDITION',
        committedHires: tender.committedHires,
        // „… zum Schutz der bereits beschäftigten Mitarbeiterinnen und Mitarbeiter“
        protectsExistingStaff: true,
        contractor: contractor?.name ?? null,
        ...jobplusClauseTerm(tender.publishedAt),
      },
    });
  }
  await seedFunding(prisma, JOBPLUS_PROJECT, [{ kind: 'LAND', name: 'Land NRW', totalCents: 430_000_000n }]);
}
