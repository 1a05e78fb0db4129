import type { Prisma, PrismaClient, Project } from '../../lib/generated/prisma/client';
import type { TransitionEdge } from '../../lib/projects/templates';
import { uniqueSuffix } from './unique';

export type { TransitionEdge };

export type ProjectInput = Pick<Prisma.ProjectUncheckedCreateInput, 'operatorId'> &
  Partial<Prisma.ProjectUncheckedCreateInput> & { transitions?: readonly TransitionEdge[] };

/** A simple default model: profiling → regular job → exit, exit from every phase. */
export const DEFAULT_TRANSITIONS: readonly TransitionEdge[] = [
  [null, 'PROFILING'],
  ['PROFILING', 'REGULAR_JOB'],
  ['PROFILING', 'EXIT'],
  ['REGULAR_JOB', 'EXIT'],
];

export async function createProject(prisma: PrismaClient, input: ProjectInput): Promise<Project> {
  const { transitions = DEFAULT_TRANSITIONS, ...data } = input;
  const suffix = uniqueSuffix();
  const project = await prisma.project.create({
    data: {
      name: `Testprojekt ${suffix}`,
      shortName: `test-${suffix}`,
      city: 'Dortmund',
      model: 'INTENSIVE_PLACEMENT',
      startDate: new Date('2019-01-01T00:00:00Z'),
      ...data,
    },
  });
  await prisma.phaseTransition.createMany({
    data: transitions.map(([fromKind, toKind]) => ({ projectId: project.id, fromKind, toKind })),
  });
  return project;
}

export interface FundingInput {
  projectId: string;
  kind: Prisma.FundingSourceUncheckedCreateInput['kind'];
  name: string;
  id?: string;
  amounts: readonly { year: number; plannedCents: bigint; actualCents?: bigint | null; id?: string }[];
}

export async function createFundingSource(prisma: PrismaClient, input: FundingInput) {
  return prisma.fundingSource.create({
    data: {
      id: input.id,
      projectId: input.projectId,
      kind: input.kind,
      name: input.name,
      amounts: { create: input.amounts.map((a) => ({ ...a, actualCents: a.actualCents ?? null })) },
    },
    include: { amounts: true },
  });
}
