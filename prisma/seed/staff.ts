// Staff that are not demo accounts: the jobcenters' caseworkers (so caseloads spread),
// the 19 extra placement officers of the Joboffensive, employer acquisition staff.
// They cannot sign in (unusable password hash); names are drawn deterministically.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { createUser } from '../../tests/factories/user';
import { unusablePasswordHash } from '../../tests/factories/unique';
import { stableId } from './ids';
import { organisationId, type OrganisationKey } from './organisations';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './people';
import { Rng } from './random';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisation: OrganisationKey;
  group: StaffGroup;
}

export type StaffGroup =
  | 'caseworkers-dortmund'
  | 'caseworkers-duisburg'
  | 'caseworkers-jobplus'
  | 'placement-officers-joboffensive'
  | 'acquisition-jobplus'
  | 'acquisition-duisburg'
  | 'fachstelle-dortmund';

const GROUPS: readonly { group: StaffGroup; organisation: OrganisationKey; role: Role; count: number; slug: string }[] = [
  { group: 'caseworkers-dortmund', organisation: 'jobcenterDortmund', role: 'CASEWORKER', count: 5, slug: 'jc-dortmund' },
  { group: 'caseworkers-duisburg', organisation: 'jobcenterDuisburg', role: 'CASEWORKER', count: 3, slug: 'jc-duisburg' },
  // Integrationsfachkräfte of the team „job:plus“.
  { group: 'caseworkers-jobplus', organisation: 'jobcenterRecklinghausen', role: 'CASEWORKER', count: 6, slug: 'jobplus' },
  // „19 zusätzliche Arbeitsvermittlungskräfte“, caseload 1:100.
  { group: 'placement-officers-joboffensive', organisation: 'iag', role: 'CASEWORKER', count: 19, slug: 'iag' },
  // „Vier Betriebsakquisiteure, die dem Team job:plus zugeordnet sind“.
  { group: 'acquisition-jobplus', organisation: 'jobcenterRecklinghausen', role: 'COORDINATOR', count: 4, slug: 'akquise-jobplus' },
  // The Betriebsakquisiteur at the Gesellschaft für Wirtschaftsförderung Duisburg.
  { group: 'acquisition-duisburg', organisation: 'stadtDuisburg', role: 'COORDINATOR', count: 1, slug: 'akquise-duisburg' },
  // Checks tenders with the Vergabe- und Beschaffungszentrum.
  { group: 'fachstelle-dortmund', organisation: 'stadtDortmund', role: 'COORDINATOR', count: 1, slug: 'fachstelle-dortmund' },
];

const STAFF_SEED = 20_130_101;

/** Pure: the same list every time, so the generator can use the ids without a query. */
export function staffMembers(): StaffMember[] {
  const rng = new Rng(STAFF_SEED);
  const members: StaffMember[] = [];
  for (const { group, organisation, role, count, slug } of GROUPS) {
    for (let i = 1; i <= count; i += 1) {
      const first = rng.pick(rng.chance(0.55) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const email = `${slug}-${String(i).padStart(2, '0')}@personal.teilhabe.invalid`;
      members.push({ id: stableId('user', email), email, name: `${first} ${rng.pick(LAST_NAMES)}`, role, organisation, group });
    }
  }
  return members;
}

export function staffOf(group: StaffGroup): StaffMember[] {
  return staffMembers().filter((member) => member.group === group);
}

export async function seedStaff(prisma: PrismaClient): Promise<void> {
  for (const member of staffMembers()) {
    await createUser(prisma, {
      id: member.id,
      email: member.email,
      name: member.name,
      role: member.role,
      organisationId: organisationId(member.organisation),
      passwordHash: unusablePasswordHash(),
    });
  }
}
