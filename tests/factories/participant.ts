import { randomBytes } from 'node:crypto';
import type { Participant, ParticipantIdentity, Prisma, PrismaClient } from '../../lib/generated/prisma/client';

export type ParticipantInput = Pick<Prisma.ParticipantUncheckedCreateInput, 'organisationId'> &
  Partial<Prisma.ParticipantUncheckedCreateInput> & {
    identity?: Partial<Omit<Prisma.ParticipantIdentityUncheckedCreateInput, 'participantId'>>;
  };

/** A participant always comes with their identity row (kept apart, §35 SGB I). */
export async function createParticipant(
  prisma: PrismaClient,
  input: ParticipantInput,
): Promise<Participant & { identity: ParticipantIdentity | null }> {
  const { identity, ...data } = input;
  const birthYear = data.birthYear ?? 1975;
  return prisma.participant.create({
    data: {
      pseudonym: `TN-T${randomBytes(5).toString('hex').toUpperCase()}`,
      sex: 'FEMALE',
      birthYear,
      educationLevel: 'ISCED_0_2',
      ...data,
      identity: {
        create: {
          customerNumber: '123D456789',
          firstName: 'Erika',
          lastName: 'Mustermann',
          birthDate: new Date(`${birthYear}-06-15T00:00:00Z`),
          ...identity,
        },
      },
    },
    include: { identity: true },
  });
}
