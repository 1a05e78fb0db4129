// Shared shape of the five programmes and the helpers to write them.
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import type { FundingSourceKind, ProjectModel } from '../../lib/generated/prisma/enums';
import { modelTransitions, type TransitionEdge } from '../../lib/projects/templates';
import { createFundingSource, createProject } from '../../tests/factories/project';
import { day } from './dates';
import { stableId } from './ids';
import { organisationId, type OrganisationKey } from './organisations';

export type ProjectKey =
  | 'isb-dortmund'
  | 'duisburg-modell'
  | 'jobplus-recklinghausen'
  | 'joboffensive-gelsenkirchen'
  | 'scla-dortmund';

export interface ProjectDefinition {
  key: ProjectKey;
  name: string;
  city: string;
  operator: OrganisationKey;
  /** The jobcenter responsible for the participants (Participant.organisationId). */
  jobcenter: OrganisationKey;
  model: ProjectModel;
  description: string;
  start: string;
  end: string | null;
  targets: Pick<
    Prisma.ProjectUncheckedCreateInput,
    'targetParticipants' | 'targetPositions' | 'targetPlacements' | 'caseloadRatio' | 'contactsPerMonth' | 'aftercareMonths'
  >;
  budgetCents: bigint | null;
}

export function projectId(key: ProjectKey): string {
  return stableId('project', key);
}

/**
 * The model's phase order (lib/projects/templates.ts, the same templates coordinators pick
 * from) plus an EXIT edge from every phase (an enrolment can always end).
 */
export function transitionsOf(definition: ProjectDefinition): TransitionEdge[] {
  return modelTransitions(definition.model);
}

export async function seedProject(prisma: PrismaClient, definition: ProjectDefinition): Promise<string> {
  const project = await createProject(prisma, {
    id: projectId(definition.key),
    name: definition.name,
    shortName: definition.key,
    city: definition.city,
    operatorId: organisationId(definition.operator),
    model: definition.model,
    description: definition.description,
    startDate: day(definition.start),
    endDate: definition.end ? day(definition.end) : null,
    budgetCents: definition.budgetCents,
    ...definition.targets,
    transitions: transitionsOf(definition),
  });
  return project.id;
}

/**
 * Splits a planned total over the calendar years of a period, pro rata by months
 * (e.g. 12/12/8 of 32); the rounding remainder goes to the last year so the sum is exact.
 */
export function splitByYear(totalCents: bigint, start: string, end: string): { year: number; plannedCents: bigint }[] {
  const from = day(start);
  const to = day(end);
  const months = new Map<number, number>();
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth();
  const last = to.getUTCFullYear() * 12 + to.getUTCMonth();
  for (let month = first; month <= last; month += 1) {
    const year = Math.floor(month / 12);
    months.set(year, (months.get(year) ?? 0) + 1);
  }
  const total = [...months.values()].reduce((sum, n) => sum + n, 0);
  const years = [...months.entries()];
  let assigned = 0n;
  return years.map(([year, n], i) => {
    const plannedCents = i === years.length - 1 ? totalCents - assigned : (totalCents * BigInt(n)) / BigInt(total);
    assigned += plannedCents;
    return { year, plannedCents };
  });
}

export async function seedFunding(
  prisma: PrismaClient,
  definition: ProjectDefinition,
  sources: readonly { kind: FundingSourceKind; name: string; totalCents: bigint }[],
): Promise<void> {
  if (!definition.end) throw new Error('Finanzierung braucht ein Projektende.');
  for (const source of sources) {
    await createFundingSource(prisma, {
      id: stableId('funding', `${definition.key}:${source.kind}`),
      projectId: projectId(definition.key),
      kind: source.kind,
      name: source.name,
      // Actual amounts are not published in the sources: left empty (null).
      amounts: splitByYear(source.totalCents, definition.start, definition.end),
    });
  }
}
