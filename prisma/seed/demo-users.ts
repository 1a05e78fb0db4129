// Demo accounts, one per role and place, for trying the portal out. They share one
// password; the e-mail domain ends in .invalid (RFC 2606), so no mail can ever leave.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { hashPassword } from '../../lib/auth/password';
import { createUser } from '../../tests/factories/user';
import { stableId } from './ids';
import { ORGANISATIONS, organisationId, type OrganisationKey } from './organisations';

export const DEMO_PASSWORD = 'Teilhabe-Demo-2026!';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Organisation name as seeded. */
  organisation: string;
  /** German, for the README and the start script. */
  description: string;
}

const DOMAIN = 'demo.teilhabe.invalid';

function demo(local: string, name: string, role: Role, organisation: OrganisationKey, description: string): DemoUser {
  return { email: `${local}@${DOMAIN}`, name, role, organisation: ORGANISATIONS[organisation].name, description };
}

export const DEMO_USERS: readonly DemoUser[] = [
  demo('admin', 'Miriam Schulte', 'ADMIN', 'stadtDortmund', 'IT-Administration, Stadt Dortmund'),
  demo('koordination.isb', 'Andrea Kowalski', 'COORDINATOR', 'isb', 'Koordination ISB-Netzwerk Dortmund („Aktiv statt passiv!“)'),
  demo('koordination.dortmund', 'Jens Hoffmann', 'COORDINATOR', 'stadtDortmund', 'Fachstelle für Beschäftigungsförderung Dortmund (Service Center lokale Arbeit)'),
  demo('koordination.duisburg', 'Sabine Wagner', 'COORDINATOR', 'stadtDuisburg', 'Projektkoordination „Das Duisburger Modell“'),
  demo('fallmanagement.dortmund', 'Mehmet Yılmaz', 'CASEWORKER', 'jobcenterDortmund', 'Integrationsfachkraft, Jobcenter Dortmund'),
  demo('fallmanagement.duisburg', 'Katrin Schmitz', 'CASEWORKER', 'jobcenterDuisburg', 'Integrationsfachkraft, Jobcenter Duisburg'),
  demo('jobcoach.dortmund', 'Thomas Krüger', 'JOB_COACH', 'isb', 'Jobcoach bei der Caritas („Aktiv statt passiv!“)'),
  demo('jobcoach.duisburg', 'Laura Nowak', 'JOB_COACH', 'stadtDuisburg', 'Jobcoach „Das Duisburger Modell“'),
  demo('land.nrw', 'Peter Lange', 'OFFICIAL', 'landNrw', 'Landesministerium (MAGS NRW), nur Auswertungen'),
  demo('stadt.duisburg', 'Claudia Richter', 'OFFICIAL', 'stadtDuisburg', 'Sozialdezernat Stadt Duisburg, nur Auswertungen'),
];

export function demoUserId(local: string): string {
  return stableId('user', `${local}@${DOMAIN}`);
}

function organisationKeyOf(name: string): OrganisationKey {
  const entry = Object.entries(ORGANISATIONS).find(([, organisation]) => organisation.name === name);
  if (!entry) throw new Error(`Unbekannte Organisation: ${name}`);
  return entry[0] as OrganisationKey;
}

export async function seedDemoUsers(prisma: PrismaClient): Promise<void> {
  // scrypt is deliberately slow: hash once, share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await createUser(prisma, {
      id: stableId('user', user.email),
      email: user.email,
      name: user.name,
      role: user.role,
      organisationId: organisationId(organisationKeyOf(user.organisation)),
      passwordHash,
    });
  }
}
