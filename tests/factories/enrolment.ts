import type { Enrolment, Phase, Prisma, PrismaClient } from '../../lib/generated/prisma/client';

export type PhaseInput = Omit<Prisma.PhaseUncheckedCreateInput, 'enrolmentId'>;

export type EnrolmentInput = Pick<Prisma.EnrolmentUncheckedCreateInput, 'participantId' | 'projectId'> &
  Partial<Prisma.EnrolmentUncheckedCreateInput> & { phases?: readonly PhaseInput[] };

/** Phases are created in the given order; the caller keeps them within the project's transitions. */
export async function createEnrolment(
  prisma: PrismaClient,
  input: EnrolmentInput,
): Promise<Enrolment & { phases: Phase[] }> {
  const { phases = [], ...data } = input;
  return prisma.enrolment.create({
    data: {
      enrolledAt: phases[0]?.startDate ?? new Date('2019-03-01T00:00:00Z'),
      ...data,
      phases: { create: phases.map((phase) => ({ ...phase })) },
    },
    include: { phases: { orderBy: { startDate: 'asc' } } },
  });
}
