import 'server-only';
import { z } from 'zod';
// Reads for /arbeitgeber: employers the actor sees, with positions offered and filled
// summed over the projects the actor sees. Firms and counts only, no participant.
import { db } from '../db';
import { audit } from '../audit';
import { employerEditScope, employerScope, projectScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { shown, type Count } from '../dashboard/suppress';
import { AppError } from '../errors';
import type { AcquisitionStage, EmployerKind } from '../generated/prisma/enums';
import { peopleCount, runsProject } from './access';
import { jobFigures, sumFigures } from './job-figures';
import type { EmployerFilter } from './schema';

export interface EmployerRow {
  id: string;
  name: string;
  kind: EmployerKind;
  city: string;
  district: string | null;
  occupationalFields: string[];
  maintainedBy: string;
  offered: number;
  filled: Count;
}

/** null: this actor sees no employer at all. */
export async function listEmployers(actor: ActorContext, filter: EmployerFilter = {}, today: Date = berlinToday()) {
  const scope = employerScope(actor);
  if (!scope) return null;
  const [employers, cities, projects] = await Promise.all([
    db.employer.findMany({
      where: { AND: [scope, filter.art ? { kind: filter.art } : {}, filter.ort ? { city: { equals: filter.ort, mode: 'insensitive' } } : {}] },
      select: { id: true, name: true, kind: true, city: true, district: true, occupationalFields: true, organisation: { select: { name: true } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    db.employer.findMany({ where: scope, select: { city: true }, distinct: ['city'], orderBy: { city: 'asc' } }),
    db.project.findMany({ where: projectScope(actor), select: { id: true, operatorId: true } }),
  ]);
  const ids = employers.map((e) => e.id);
  const projectIds = projects.map((p) => p.id);
  const [offered, figures] = await Promise.all([
    db.position.groupBy({ by: ['employerId', 'projectId'], where: { employerId: { in: ids }, projectId: { in: projectIds } }, _sum: { count: true } }),
    jobFigures({ projectIds, employerIds: ids }, today),
  ]);
  const operator = new Map(projects.map((p) => [p.id, p.operatorId]));
  const rows: EmployerRow[] = employers.map((e) => {
    const mine = figures.filter((f) => f.employerId === e.id);
    const involved = new Set([...offered.filter((o) => o.employerId === e.id).map((o) => o.projectId), ...mine.map((f) => f.projectId)]);
    // Exact only if the actor runs every project the sum is made of.
    const exact = [...involved].every((id) => runsProject(actor, operator.get(id) ?? ''));
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      city: e.city,
      district: e.district,
      occupationalFields: e.occupationalFields,
      maintainedBy: e.organisation.name,
      offered: offered.filter((o) => o.employerId === e.id).reduce((sum, o) => sum + (o._sum.count ?? 0), 0),
      filled: peopleCount(exact, sumFigures(mine).filled),
    };
  });
  return { rows, cities: cities.map((c) => c.city), canCreate: employerEditScope(actor) !== null };
}

export interface EmployerDetail {
  id: string;
  name: string;
  kind: EmployerKind;
  city: string;
  district: string | null;
  occupationalFields: string[];
  version: number;
  maintainedBy: string;
  canEdit: boolean;
  projects: {
    id: string;
    name: string;
    /** Filled per position: only for those who run the project. */
    positionFigures: boolean;
    positions: { id: string; count: number; occupationalField: string; fullTime: boolean; hoursPerWeek: string | null; filled: Count }[];
    offered: number;
    filled: Count;
  }[];
  jobCoaches: { id: string; name: string; project: string | null }[];
  acquisitions: { id: string; project: string; projectId: string; stage: AcquisitionStage; positionsCommitted: number; firstContactAt: Date; updatedAt: Date; acquiredBy: string | null }[];
}

/** The employer if the actor sees it; else NOT_FOUND, and the attempt is audited. */
export async function getEmployer(actor: ActorContext, employerId: string, today: Date = berlinToday()): Promise<EmployerDetail> {
  const scope = z.uuid().safeParse(employerId).success ? employerScope(actor) : null;
  const editScope = employerEditScope(actor);
  const employer = scope
    ? await db.employer.findFirst({
        where: { AND: [{ id: employerId }, scope] },
        select: { id: true, name: true, kind: true, city: true, district: true, occupationalFields: true, version: true, organisation: { select: { name: true } } },
      })
    : null;
  if (!employer) {
    await audit(db, actor, 'access.denied', 'Employer', employerId, { action: 'read' });
    throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  }
  const projectWhere = projectScope(actor);
  const [editable, positions, coaches, acquisitions] = await Promise.all([
    editScope ? db.employer.count({ where: { AND: [{ id: employerId }, editScope] } }) : 0,
    db.position.findMany({
      where: { employerId, project: projectWhere },
      select: { id: true, count: true, occupationalField: true, fullTime: true, hoursPerWeek: true, project: { select: { id: true, name: true, operatorId: true } } },
      orderBy: [{ project: { name: 'asc' } }, { occupationalField: 'asc' }, { id: 'asc' }],
    }),
    db.jobCoach.findMany({
      where: { employerId, OR: [{ organisationId: actor.organisationId }, { project: projectWhere }] },
      select: { id: true, name: true, project: { select: { name: true } } },
      orderBy: { name: 'asc' },
    }),
    db.employerAcquisition.findMany({
      where: { employerId, project: projectWhere },
      select: {
        id: true, stage: true, positionsCommitted: true, firstContactAt: true, updatedAt: true,
        project: { select: { id: true, name: true } }, acquiredBy: { select: { name: true } },
      },
      orderBy: [{ firstContactAt: 'desc' }, { id: 'asc' }],
    }),
  ]);
  const projectIds = [...new Set(positions.map((p) => p.project.id))];
  const figures = await jobFigures({ projectIds, employerIds: [employerId] }, today);
  const projects = new Map<string, EmployerDetail['projects'][number] & { operatorId: string }>();
  for (const p of positions) {
    const exact = runsProject(actor, p.project.operatorId);
    let entry = projects.get(p.project.id);
    if (!entry) {
      const all = figures.filter((f) => f.projectId === p.project.id);
      entry = { id: p.project.id, name: p.project.name, operatorId: p.project.operatorId, positionFigures: exact, positions: [], offered: 0, filled: peopleCount(exact, sumFigures(all).filled) };
      projects.set(p.project.id, entry);
    }
    entry.offered += p.count;
    const filled = figures.find((f) => f.positionId === p.id)?.filled ?? 0;
    entry.positions.push({
      id: p.id, count: p.count, occupationalField: p.occupationalField, fullTime: p.fullTime,
      // Per position only for those who run the project: the cells would add up to the shown total.
      hoursPerWeek: p.hoursPerWeek?.toString() ?? null, filled: exact ? shown(filled) : { value: null, suppressed: true },
    });
  }
  return {
    id: employer.id,
    name: employer.name,
    kind: employer.kind,
    city: employer.city,
    district: employer.district,
    occupationalFields: employer.occupationalFields,
    version: employer.version,
    maintainedBy: employer.organisation.name,
    canEdit: editable > 0,
    projects: [...projects.values()].map((p) => ({ id: p.id, name: p.name, positionFigures: p.positionFigures, positions: p.positions, offered: p.offered, filled: p.filled })),
    jobCoaches: coaches.map((c) => ({ id: c.id, name: c.name, project: c.project?.name ?? null })),
    acquisitions: acquisitions.map((a) => ({
      id: a.id, project: a.project.name, projectId: a.project.id, stage: a.stage, positionsCommitted: a.positionsCommitted,
      firstContactAt: a.firstContactAt, updatedAt: a.updatedAt, acquiredBy: a.acquiredBy?.name ?? null,
    })),
  };
}
