// „Aktiv statt passiv!“ – Dortmunder Netzwerk „Sozialer Arbeitsmarkt“ (seed 002): 161
// full-time §16e SGB II positions at nine ISB member organisations, 01.01.2013–31.08.2015.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { EmployerKind } from '../../lib/generated/prisma/enums';
import { createEmployer, createJobCoach, createPosition } from '../../tests/factories/employer';
import { demoUserId } from './demo-users';
import { stableId } from './ids';
import { organisationId } from './organisations';
import { projectId, seedFunding, seedProject, type ProjectDefinition } from './projects';

export const ISB_PROJECT: ProjectDefinition = {
  key: 'isb-dortmund',
  name: 'Aktiv statt passiv!',
  city: 'Dortmund',
  operator: 'isb',
  jobcenter: 'jobcenterDortmund',
  model: 'SUBSIDISED_JOBS',
  description:
    'Dortmunder Netzwerk „Sozialer Arbeitsmarkt“: sozialversicherungspflichtige Beschäftigung nach §16e SGB II bei ' +
    'Mitgliedsorganisationen des ISB e.V., begleitet von acht Jobcoaches, mit sechs Monaten Nachbetreuung.',
  start: '2013-01-01',
  end: '2015-08-31',
  targets: { targetPositions: 161, aftercareMonths: 6 },
  budgetCents: 930_000_000n, // „ca. 9,3 Mio. €“
};

/** The eleven occupational fields of the programme sheet. */
export const ISB_FIELDS = [
  'Senioren-/Gesundheitswirtschaft',
  'Haushaltsnahe Dienstleistungen',
  'Verkauf',
  'Hauswirtschaft',
  'Facility Management',
  'Transport/Logistik',
  'Recycling',
  'Zweiradmechanik',
  'Bürohilfe/Verwaltung',
  'Bauhilfe/GaLa',
  'Ökologischer Gemüsebau',
] as const;

type Field = (typeof ISB_FIELDS)[number];

interface IsbEmployer {
  key: string;
  name: string;
  kind: EmployerKind;
  district: string;
  positions: readonly (readonly [Field, number])[];
}

// Counts exactly as published; the split into fields is ours (not published), except
// Prompt / Gewerkstatt's „(4/21)“, read as two workshops with 4 and 21 positions.
export const ISB_EMPLOYERS: readonly IsbEmployer[] = [
  { key: 'caritas', name: 'Caritas', kind: 'WELFARE_ORGANISATION', district: 'Innenstadt-Ost',
    positions: [['Senioren-/Gesundheitswirtschaft', 14], ['Haushaltsnahe Dienstleistungen', 10]] },
  { key: 'cjd', name: 'CJD', kind: 'WELFARE_ORGANISATION', district: 'Hörde',
    positions: [['Facility Management', 15], ['Hauswirtschaft', 12], ['Bürohilfe/Verwaltung', 12]] },
  { key: 'diakonie', name: 'Diakonisches Werk', kind: 'WELFARE_ORGANISATION', district: 'Innenstadt-Nord',
    positions: [['Senioren-/Gesundheitswirtschaft', 11], ['Verkauf', 10]] },
  { key: 'dobeq', name: 'Dobeq', kind: 'SOCIAL_ENTERPRISE', district: 'Innenstadt-West',
    positions: [['Recycling', 10], ['Transport/Logistik', 8]] },
  { key: 'frauenzentrum', name: 'Frauenzentrum Huckarde', kind: 'SOCIAL_ENTERPRISE', district: 'Huckarde',
    positions: [['Haushaltsnahe Dienstleistungen', 6], ['Hauswirtschaft', 4]] },
  { key: 'gruenbau', name: 'GrünBau', kind: 'SOCIAL_ENTERPRISE', district: 'Innenstadt-Nord',
    positions: [['Bauhilfe/GaLa', 14], ['Ökologischer Gemüsebau', 6]] },
  { key: 'prompt', name: 'Prompt / Gewerkstatt', kind: 'SOCIAL_ENTERPRISE', district: 'Innenstadt-West',
    positions: [['Zweiradmechanik', 4], ['Facility Management', 21]] },
  { key: 'stadtteilschule', name: 'Stadtteil-Schule', kind: 'SOCIAL_ENTERPRISE', district: 'Innenstadt-Nord',
    positions: [['Bürohilfe/Verwaltung', 1]] },
  { key: 'werkhof', name: 'Werkhof', kind: 'SOCIAL_ENTERPRISE', district: 'Hörde',
    positions: [['Bauhilfe/GaLa', 3]] },
];

// „Die Arbeitsplätze werden von acht Jobcoaches begleitet … bei den Arbeitgebern direkt
// angestellt.“ Nine employers, eight coaches: the two smallest are covered by a
// neighbouring member's coach (our assumption), CJD with 39 positions has two.
export const ISB_COACHES: readonly { key: string; name: string; employer: string; serves: readonly string[] }[] = [
  { key: 'caritas', name: 'Thomas Krüger', employer: 'caritas', serves: ['caritas'] },
  { key: 'cjd-1', name: 'Birgit Overbeck', employer: 'cjd', serves: ['cjd'] },
  { key: 'cjd-2', name: 'Ahmet Demir', employer: 'cjd', serves: ['cjd'] },
  { key: 'diakonie', name: 'Susanne Brinkmann', employer: 'diakonie', serves: ['diakonie'] },
  { key: 'dobeq', name: 'Marco Hülsmann', employer: 'dobeq', serves: ['dobeq', 'stadtteilschule'] },
  { key: 'frauenzentrum', name: 'Katarzyna Nowak', employer: 'frauenzentrum', serves: ['frauenzentrum', 'werkhof'] },
  { key: 'gruenbau', name: 'Dirk Terhorst', employer: 'gruenbau', serves: ['gruenbau'] },
  { key: 'prompt', name: 'Heike Kemper', employer: 'prompt', serves: ['prompt'] },
];

/** The demo job coach (jobcoach.dortmund) is the Caritas coach. */
export const ISB_DEMO_COACH = 'caritas';

export const isbEmployerId = (key: string): string => stableId('employer', `isb:${key}`);
export const isbPositionId = (key: string, index: number): string => stableId('position', `isb:${key}:${index}`);
export const isbCoachId = (key: string): string => stableId('jobcoach', `isb:${key}`);

/** Tariff wage (2013, welfare sector) and 39 h/week: plausible assumptions, not published. */
export const ISB_HOURLY_WAGE_CENTS = 950;
export const ISB_HOURS_PER_WEEK = 39;

export async function seedIsb(prisma: PrismaClient, options: { demoUsers: boolean }): Promise<void> {
  await seedProject(prisma, ISB_PROJECT);
  const isb = organisationId('isb');
  const project = projectId(ISB_PROJECT.key);
  for (const employer of ISB_EMPLOYERS) {
    await createEmployer(prisma, {
      id: isbEmployerId(employer.key),
      organisationId: isb,
      name: employer.name,
      kind: employer.kind,
      city: 'Dortmund',
      district: employer.district,
      occupationalFields: employer.positions.map(([field]) => field),
    });
    for (const [index, [field, count]] of employer.positions.entries()) {
      await createPosition(prisma, {
        id: isbPositionId(employer.key, index),
        projectId: project,
        employerId: isbEmployerId(employer.key),
        count,
        occupationalField: field,
        fullTime: true,
        hoursPerWeek: ISB_HOURS_PER_WEEK,
        instrument: 'PARA_16E',
        hourlyWageCents: ISB_HOURLY_WAGE_CENTS,
        collectiveAgreement: true, // „im Rahmen der jeweils gültigen Tarife entlohnt“
      });
    }
  }
  for (const coach of ISB_COACHES) {
    await createJobCoach(prisma, {
      id: isbCoachId(coach.key),
      name: coach.name,
      organisationId: isb,
      projectId: project,
      employerId: isbEmployerId(coach.employer),
      userId: options.demoUsers && coach.key === ISB_DEMO_COACH ? demoUserId('jobcoach.dortmund') : null,
    });
  }
  // 53 % / 26 % / 21 % of 9,3 Mio. €; the shares are derived from these amounts, never stored.
  await seedFunding(prisma, ISB_PROJECT, [
    { kind: 'JOBCENTER_AND_MUNICIPALITY', name: 'Jobcenter Dortmund und Stadt Dortmund', totalCents: 492_900_000n },
    { kind: 'LAND_AND_ESF', name: 'Land NRW und ESF', totalCents: 241_800_000n },
    { kind: 'EMPLOYERS', name: 'Arbeitgeber des ISB e.V.', totalCents: 195_300_000n },
  ]);
}
