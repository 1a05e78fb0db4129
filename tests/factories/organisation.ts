import type { Organisation, Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { uniqueSuffix } from './unique';

export type OrganisationOverrides = Partial<Prisma.OrganisationUncheckedCreateInput>;

export function createOrganisation(prisma: PrismaClient, overrides: OrganisationOverrides = {}): Promise<Organisation> {
  return prisma.organisation.create({
    data: { name: `Jobcenter Test ${uniqueSuffix()}`, kind: 'JOBCENTER', city: 'Dortmund', ...overrides },
  });
}
