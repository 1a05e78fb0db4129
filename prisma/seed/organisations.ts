// The organisations named in the seed texts (/work/shared/seeds).
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { OrganisationKind } from '../../lib/generated/prisma/enums';
import { createOrganisation } from '../../tests/factories/organisation';
import { stableId } from './ids';

export const ORGANISATIONS = {
  // The city; its Fachstelle für Beschäftigungsförderung coordinates the SCLA.
  stadtDortmund: { name: 'Stadt Dortmund', kind: 'CITY', city: 'Dortmund' },
  jobcenterDortmund: { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' },
  // Interessengemeinschaft sozialgewerblicher Beschäftigungsinitiativen, network of the ISB employers.
  isb: { name: 'ISB e.V.', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' },
  stadtDuisburg: { name: 'Stadt Duisburg', kind: 'CITY', city: 'Duisburg' },
  jobcenterDuisburg: { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' },
  jobcenterRecklinghausen: { name: 'Jobcenter Kreis Recklinghausen', kind: 'JOBCENTER', city: 'Recklinghausen' },
  // "IAG": the jobcenter of Gelsenkirchen.
  iag: { name: 'Integrationscenter für Arbeit Gelsenkirchen', kind: 'JOBCENTER', city: 'Gelsenkirchen' },
  // Represented by the Ministerium für Arbeit, Gesundheit und Soziales (MAGS).
  landNrw: { name: 'Land Nordrhein-Westfalen', kind: 'LAND', city: null },
} as const satisfies Record<string, { name: string; kind: OrganisationKind; city: string | null }>;

export type OrganisationKey = keyof typeof ORGANISATIONS;

export function organisationId(key: OrganisationKey): string {
  return stableId('organisation', key);
}

export function organisationName(key: OrganisationKey): string {
  return ORGANISATIONS[key].name;
}

export async function seedOrganisations(prisma: PrismaClient): Promise<void> {
  for (const [key, organisation] of Object.entries(ORGANISATIONS)) {
    await createOrganisation(prisma, { id: organisationId(key as OrganisationKey), ...organisation });
  }
}
