import type { Employer, JobCoach, Position, Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { uniqueSuffix } from './unique';

export type EmployerInput = Pick<Prisma.EmployerUncheckedCreateInput, 'organisationId'> &
  Partial<Prisma.EmployerUncheckedCreateInput>;

export function createEmployer(prisma: PrismaClient, input: EmployerInput): Promise<Employer> {
  return prisma.employer.create({
    data: { name: `Arbeitgeber ${uniqueSuffix()}`, kind: 'WELFARE_ORGANISATION', city: 'Dortmund', ...input },
  });
}

export type PositionInput = Pick<Prisma.PositionUncheckedCreateInput, 'projectId' | 'employerId'> &
  Partial<Prisma.PositionUncheckedCreateInput>;

export function createPosition(prisma: PrismaClient, input: PositionInput): Promise<Position> {
  return prisma.position.create({
    data: { count: 1, occupationalField: 'Hauswirtschaft', instrument: 'PARA_16E', ...input },
  });
}

export type JobCoachInput = Pick<Prisma.JobCoachUncheckedCreateInput, 'organisationId'> &
  Partial<Prisma.JobCoachUncheckedCreateInput>;

export function createJobCoach(prisma: PrismaClient, input: JobCoachInput): Promise<JobCoach> {
  return prisma.jobCoach.create({ data: { name: `Jobcoach ${uniqueSuffix()}`, ...input } });
}
