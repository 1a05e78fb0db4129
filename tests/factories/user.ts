import type { Prisma, PrismaClient, User } from '../../lib/generated/prisma/client';
import { uniqueSuffix, unusablePasswordHash } from './unique';

export type UserInput = Pick<Prisma.UserUncheckedCreateInput, 'organisationId'> &
  Partial<Prisma.UserUncheckedCreateInput>;

/** Without a passwordHash the user exists but cannot sign in. */
export function createUser(prisma: PrismaClient, input: UserInput): Promise<User> {
  const suffix = uniqueSuffix();
  return prisma.user.create({
    data: {
      email: `nutzer.${suffix}@test.teilhabe.invalid`,
      name: `Testnutzer ${suffix}`,
      role: 'CASEWORKER',
      passwordHash: unusablePasswordHash(),
      ...input,
    },
  });
}
