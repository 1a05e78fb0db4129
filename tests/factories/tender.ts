import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { uniqueSuffix } from './unique';

export type TenderInput = Pick<Prisma.TenderUncheckedCreateInput, 'organisationId'> &
  Partial<Prisma.TenderUncheckedCreateInput> & {
    check?: Omit<Prisma.SuitabilityCheckUncheckedCreateInput, 'tenderId'>;
    clause?: Omit<Prisma.SocialClauseUncheckedCreateInput, 'tenderId'>;
  };

/** A tender with its suitability check and, if suitable, its social clause. */
export function createTender(prisma: PrismaClient, input: TenderInput) {
  const { check, clause, ...data } = input;
  const suffix = uniqueSuffix();
  return prisma.tender.create({
    data: {
      reference: `VG-${suffix}`,
      title: `Testvergabe ${suffix}`,
      orderingDepartment: 'Testamt',
      kind: 'SERVICES',
      estimatedValueCents: 10_000_000n,
      publishedAt: new Date('2019-01-15T00:00:00Z'),
      ...data,
      suitabilityCheck: check ? { create: check } : undefined,
      socialClause: clause ? { create: clause } : undefined,
    },
    include: { suitabilityCheck: true, socialClause: true },
  });
}
