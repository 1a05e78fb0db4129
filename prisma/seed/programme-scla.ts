// „Service Center lokale Arbeit“ Dortmund (seed 000): every suitable city tender for works,
// services (and possibly supplies) carries a condition to employ long-term unemployed
// people. Model 2017, made permanent on 26.11.2019 „bis 2030“; „über 200 neue Stellen“.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { TenderKind } from '../../lib/generated/prisma/enums';
import { createEmployer } from '../../tests/factories/employer';
import { createTender } from '../../tests/factories/tender';
import { addDays, addMonths, day, minDate } from './dates';
import { stableId } from './ids';
import { organisationId } from './organisations';
import { projectId, seedProject, type ProjectDefinition } from './projects';
import { staffOf } from './staff';

export const SCLA_PROJECT: ProjectDefinition = {
  key: 'scla-dortmund',
  name: 'Service Center lokale Arbeit',
  city: 'Dortmund',
  operator: 'stadtDortmund',
  jobcenter: 'jobcenterDortmund',
  model: 'PROCUREMENT',
  description:
    'Beschäftigungsmöglichkeiten für Langzeitarbeitslose bei städtischen Vergaben: Prüfung jeder Vergabe durch ' +
    'Fachstelle für Beschäftigungsförderung, Vergabe- und Beschaffungszentrum und Fachbereich; bei Eignung ' +
    'Auflage zur Einstellung. Seit 26.11.2019 verstetigt (Kommunale Arbeitsmarktstrategie 2030).',
  start: '2017-01-01',
  end: '2030-12-31', // permanent „bis 2030“
  targets: {},
  budgetCents: null,
};

/** The press release's cut-off: hires counted „bisher“ up to 26.11.2019. */
export const SCLA_HIRES_UNTIL = day('2019-11-26');

interface SclaTender {
  reference: string;
  title: string;
  department: string;
  kind: TenderKind;
  valueEuro: number;
  publishedAt: string;
  /** Suitable: [contractor, committed hires, delivered hires]; else the reason it is not. */
  outcome: readonly [string, number, number] | string;
}

// Illustrative tenders (references, values and contractors are invented). Delivered hires sum
// to 208 („über 200“), committed to 226; each delivered hire is a generated enrolment.
export const SCLA_TENDERS: readonly SclaTender[] = [
  { reference: 'VBZ-2017-0112', title: 'Unterhaltsreinigung Schulen, Los Nord', department: 'Städtische Immobilienwirtschaft',
    kind: 'SERVICES', valueEuro: 4_200_000, publishedAt: '2017-02-13', outcome: ['Gebäudereinigung Westfalen GmbH', 30, 28] },
  { reference: 'VBZ-2017-0147', title: 'Grünflächenpflege Stadtbezirk Innenstadt', department: 'Grünflächenamt',
    kind: 'SERVICES', valueEuro: 2_800_000, publishedAt: '2017-03-06', outcome: ['Grün & Garten Service Ruhr GmbH', 24, 22] },
  { reference: 'VBZ-2017-0175', title: 'Lieferung von Auftausalz', department: 'Tiefbauamt', kind: 'SUPPLIES',
    valueEuro: 450_000, publishedAt: '2017-04-10', outcome: 'Reine Lieferleistung ohne Personaleinsatz in Dortmund.' },
  { reference: 'VBZ-2017-0203', title: 'Winterdienst auf Radwegen', department: 'Tiefbauamt', kind: 'SERVICES',
    valueEuro: 900_000, publishedAt: '2017-05-22', outcome: ['Straßenservice Hellweg GmbH', 10, 9] },
  { reference: 'VBZ-2017-0288', title: 'Sanierung Grundschule Eving', department: 'Städtische Immobilienwirtschaft',
    kind: 'WORKS', valueEuro: 6_500_000, publishedAt: '2017-08-28', outcome: ['Bauunternehmung Emscher GmbH', 18, 16] },
  { reference: 'VBZ-2018-0031', title: 'Unterhaltsreinigung Verwaltungsgebäude', department: 'Städtische Immobilienwirtschaft',
    kind: 'SERVICES', valueEuro: 3_100_000, publishedAt: '2018-01-29', outcome: ['CleanTeam Dortmund GmbH', 26, 25] },
  { reference: 'VBZ-2018-0094', title: 'Kanal- und Straßensanierung Hörde', department: 'Tiefbauamt', kind: 'WORKS',
    valueEuro: 8_400_000, publishedAt: '2018-03-19', outcome: ['Tiefbau Phoenix GmbH', 20, 18] },
  { reference: 'VBZ-2018-0120', title: 'Rahmenvertrag Server-Hardware', department: 'Dortmunder Systemhaus', kind: 'SUPPLIES',
    valueEuro: 1_300_000, publishedAt: '2018-04-09', outcome: 'Hochspezialisierte Lieferleistung, keine einfachen Tätigkeiten.' },
  { reference: 'VBZ-2018-0150', title: 'Mittagsverpflegung in Kindertageseinrichtungen', department: 'FABIDO',
    kind: 'SERVICES', valueEuro: 5_200_000, publishedAt: '2018-05-07', outcome: ['Ruhrküche Catering GmbH', 22, 21] },
  { reference: 'VBZ-2018-0212', title: 'Umzugs- und Transportleistungen', department: 'Vergabe- und Beschaffungszentrum',
    kind: 'SERVICES', valueEuro: 700_000, publishedAt: '2018-07-02', outcome: ['Umzüge Westfalen KG', 8, 8] },
  { reference: 'VBZ-2018-0266', title: 'Hausmeisterdienste in Sportstätten', department: 'Sport- und Freizeitbetriebe',
    kind: 'SERVICES', valueEuro: 1_600_000, publishedAt: '2018-09-03', outcome: ['Facility Service Dortmund-Ost GmbH', 14, 13] },
  { reference: 'VBZ-2018-0301', title: 'Gutachten zum Masterplan Mobilität', department: 'Stadtplanungs- und Bauordnungsamt',
    kind: 'SERVICES', valueEuro: 380_000, publishedAt: '2018-10-15', outcome: 'Freiberufliche Planungsleistung, keine Tätigkeiten für die Zielgruppe.' },
  { reference: 'VBZ-2019-0018', title: 'Neubau Feuer- und Rettungswache', department: 'Städtische Immobilienwirtschaft',
    kind: 'WORKS', valueEuro: 12_000_000, publishedAt: '2019-01-21', outcome: ['Hochbau Westfalen AG', 16, 14] },
  { reference: 'VBZ-2019-0077', title: 'Pflege der städtischen Friedhöfe', department: 'Friedhöfe Dortmund',
    kind: 'SERVICES', valueEuro: 1_900_000, publishedAt: '2019-02-25', outcome: ['Grün & Garten Service Ruhr GmbH', 12, 11] },
  { reference: 'VBZ-2019-0102', title: 'Reparatur einer Drehleiter', department: 'Feuerwehr', kind: 'SERVICES',
    valueEuro: 85_000, publishedAt: '2019-03-11', outcome: 'Auftragsvolumen und -dauer zu gering für eine Einstellung.' },
  { reference: 'VBZ-2019-0135', title: 'Aktenvernichtung und Archivlogistik', department: 'Vergabe- und Beschaffungszentrum',
    kind: 'SERVICES', valueEuro: 600_000, publishedAt: '2019-04-01', outcome: ['Archivlogistik Rhein-Ruhr GmbH', 6, 6] },
  { reference: 'VBZ-2019-0190', title: 'Lieferung und Montage von Schulmöbeln', department: 'Schulverwaltungsamt',
    kind: 'SUPPLIES', valueEuro: 2_200_000, publishedAt: '2019-05-13', outcome: ['Schulmöbel Montage Ruhr GmbH', 8, 7] },
  { reference: 'VBZ-2019-0221', title: 'Glas- und Fassadenreinigung', department: 'Städtische Immobilienwirtschaft',
    kind: 'SERVICES', valueEuro: 1_100_000, publishedAt: '2019-06-03', outcome: ['Gebäudereinigung Westfalen GmbH', 12, 10] },
  { reference: 'VBZ-2019-0244', title: 'Lieferung von Löschfahrzeugen', department: 'Feuerwehr', kind: 'SUPPLIES',
    valueEuro: 3_400_000, publishedAt: '2019-06-24', outcome: 'Fertigung außerhalb Dortmunds, kein Beschäftigungspotenzial vor Ort.' },
];

export interface SclaClause {
  clauseId: string;
  employerId: string;
  delivered: number;
  /** Hires happen in [hiresFrom, hiresUntil]. */
  hiresFrom: Date;
  hiresUntil: Date;
}

export const sclaEmployerId = (contractor: string): string => stableId('employer', `scla:${contractor}`);
const clauseId = (reference: string): string => stableId('clause', `scla:${reference}`);
const termStart = (publishedAt: string): Date => addMonths(day(publishedAt), 3);

function clauseOf(tender: SclaTender): { contractor: string; committed: number; delivered: number } | null {
  if (typeof tender.outcome === 'string') return null;
  const [contractor, committed, delivered] = tender.outcome;
  return { contractor, committed, delivered };
}

/** Pure: the suitable tenders with their delivered hires, for the generator. */
export function sclaClauses(): SclaClause[] {
  return SCLA_TENDERS.flatMap((tender) => {
    const clause = clauseOf(tender);
    if (!clause) return [];
    const from = termStart(tender.publishedAt);
    const until = minDate(addMonths(from, 18), SCLA_HIRES_UNTIL);
    return [{ clauseId: clauseId(tender.reference), employerId: sclaEmployerId(clause.contractor), delivered: clause.delivered, hiresFrom: from, hiresUntil: until }];
  });
}

export const SCLA_DELIVERED_HIRES = sclaClauses().reduce((sum, clause) => sum + clause.delivered, 0);

export async function seedScla(prisma: PrismaClient): Promise<void> {
  await seedProject(prisma, SCLA_PROJECT);
  const city = organisationId('stadtDortmund');
  const checker = staffOf('fachstelle-dortmund')[0]?.id ?? null;
  const contractors = new Set(SCLA_TENDERS.flatMap((tender) => clauseOf(tender)?.contractor ?? []));
  for (const contractor of contractors) {
    await createEmployer(prisma, { id: sclaEmployerId(contractor), organisationId: city, name: contractor, kind: 'PRIVATE_FIRM', city: 'Dortmund' });
  }
  for (const [index, tender] of SCLA_TENDERS.entries()) {
    const publishedAt = day(tender.publishedAt);
    const clause = clauseOf(tender);
    const start = termStart(tender.publishedAt);
    await createTender(prisma, {
      id: stableId('tender', `scla:${tender.reference}`),
      organisationId: city,
      projectId: projectId(SCLA_PROJECT.key),
      reference: tender.reference,
      title: tender.title,
      orderingDepartment: tender.department,
      kind: tender.kind,
      estimatedValueCents: BigInt(tender.valueEuro) * 100n,
      publishedAt,
      check: {
        suitable: clause !== null,
        reason: typeof tender.outcome === 'string' ? tender.outcome : 'Geeignet: personalintensive Leistung mit einfachen Tätigkeiten vor Ort.',
        checkedById: checker,
        checkedAt: addDays(publishedAt, -21),
      },
      clause: clause
        ? {
            id: clauseId(tender.reference),
            type: index % 5 === 4 ? 'AWARD_CRITERION' : 'PERFORMANCE_CONDITION',
            committedHires: clause.committed,
            contractor: clause.contractor,
            termStart: start,
            termEnd: addMonths(start, 36),
            monitoringVisits: {
              create: [
                { visitedAt: addMonths(start, 9), findings: 'Einstellungsnachweise vollständig vorgelegt.', deviation: false },
                ...(index % 6 === 0
                  ? [{ visitedAt: addMonths(start, 15), findings: 'Zwei Einstellungen verspätet nachgewiesen.', deviation: true, sanction: 'Abmahnung, Frist zur Nachbesetzung gesetzt.' }]
                  : []),
              ],
            },
          }
        : undefined,
    });
  }
}
