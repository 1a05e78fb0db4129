// Employers won by employer acquisition (Betriebsakquise) in Duisburg and job:plus:
// employer, its positions in the project and the acquisition record, in one place.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { AcquisitionStage, EmployerKind, SubsidyInstrument } from '../../lib/generated/prisma/enums';
import { createEmployer, createPosition } from '../../tests/factories/employer';
import { day } from './dates';
import { stableId } from './ids';
import { organisationId, type OrganisationKey } from './organisations';
import { projectId, type ProjectKey } from './projects';

export interface LocalEmployer {
  key: string;
  name: string;
  kind: EmployerKind;
  city: string;
  district: string | null;
  positions: readonly { field: string; count: number; instrument: SubsidyInstrument; hourlyWageCents: number }[];
  acquisition: { stage: AcquisitionStage; firstContactAt: string; note: string | null };
}

export const localEmployerId = (project: ProjectKey, key: string): string => stableId('employer', `${project}:${key}`);
export const localPositionId = (project: ProjectKey, key: string, index: number): string =>
  stableId('position', `${project}:${key}:${index}`);

export async function seedLocalEmployers(
  prisma: PrismaClient,
  project: ProjectKey,
  organisation: OrganisationKey,
  employers: readonly LocalEmployer[],
  acquirerIds: readonly string[],
): Promise<void> {
  for (const [n, employer] of employers.entries()) {
    const employerId = localEmployerId(project, employer.key);
    await createEmployer(prisma, {
      id: employerId,
      organisationId: organisationId(organisation),
      name: employer.name,
      kind: employer.kind,
      city: employer.city,
      district: employer.district,
      occupationalFields: [...new Set(employer.positions.map((position) => position.field))],
    });
    for (const [index, position] of employer.positions.entries()) {
      await createPosition(prisma, {
        id: localPositionId(project, employer.key, index),
        projectId: projectId(project),
        employerId,
        count: position.count,
        occupationalField: position.field,
        instrument: position.instrument,
        hourlyWageCents: position.hourlyWageCents,
        fullTime: true,
        hoursPerWeek: 39,
      });
    }
    await prisma.employerAcquisition.create({
      data: {
        id: stableId('acquisition', `${project}:${employer.key}`),
        projectId: projectId(project),
        employerId,
        stage: employer.acquisition.stage,
        positionsCommitted: employer.positions.reduce((sum, position) => sum + position.count, 0),
        firstContactAt: day(employer.acquisition.firstContactAt),
        note: employer.acquisition.note,
        acquiredById: acquirerIds.length > 0 ? (acquirerIds[n % acquirerIds.length] ?? null) : null,
      },
    });
  }
}
