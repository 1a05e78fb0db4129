import 'server-only';
import { z } from 'zod';
// Reads for /projekte/[id]/arbeitgeber: the project's positions with filled versus offered,
// its job coaches with the employers they serve and their caseload, and the employer
// acquisition pipeline with committed versus filled per firm.
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import {
  assignableAcquirers, employerScope, linkableJobCoachAccounts, projectEmployerEditScope, projectScope, type ActorContext,
} from '../auth/authorize';
import { getCaseload } from '../casework/caseload';
import { berlinToday } from '../casework/activity-window';
import { shown, type Count } from '../dashboard/suppress';
import { AppError } from '../errors';
import type { AcquisitionStage, SubsidyInstrument } from '../generated/prisma/enums';
import { peopleCount, runsProject } from './access';
import { suppressCells } from './suppress-cells';
import { jobFigures, sumFigures, type JobFigure } from './job-figures';
import { ACQUISITION_STAGES } from './schema';
import { servedEmployers } from './served-employers';

export interface PositionRow {
  id: string;
  version: number;
  employerId: string;
  employer: string;
  count: number;
  occupationalField: string;
  fullTime: boolean;
  hoursPerWeek: string | null;
  instrument: SubsidyInstrument;
  hourlyWageCents: number | null;
  collectiveAgreement: boolean;
  filled: Count;
  today: Count;
  placed: Count;
}

export interface EmployerTotal {
  employerId: string;
  employer: string;
  offered: number;
  filled: Count;
  today: Count;
  placed: Count;
}

export interface CoachRow {
  id: string;
  version: number;
  name: string;
  employerId: string | null;
  employer: string | null;
  userId: string | null;
  account: string | null;
  serves: string[];
  /** Active enrolments; null when the actor does not run the project. */
  caseload: number | null;
}

export interface AcquisitionRow {
  id: string;
  version: number;
  employerId: string;
  employer: string;
  stage: AcquisitionStage;
  positionsCommitted: number;
  firstContactAt: Date;
  note: string | null;
  acquiredBy: string | null;
  offered: number;
  filled: Count;
}

export interface ProjectEmployers {
  project: { id: string; name: string; city: string; canEdit: boolean };
  positions: PositionRow[];
  totals: EmployerTotal[];
  total: { offered: number; filled: Count; today: Count; placed: Count; employers: number };
  /** People per position: only for those who run the project (the cells of one employer would add up to its total). */
  positionFigures: boolean;
  coaches: CoachRow[];
  acquisitions: AcquisitionRow[];
  pipeline: { stage: AcquisitionStage; firms: number; committed: number }[];
  options: {
    employers: { id: string; name: string }[];
    acquirers: { id: string; name: string }[];
    /** linkedTo: the job coach record this account already belongs to. */
    accounts: { id: string; name: string; linkedTo: string | null }[];
  } | null;
}

const add = (figures: JobFigure[]) => sumFigures(figures);
const HIDDEN: Count = { value: null, suppressed: true };

export async function getProjectEmployers(actor: ActorContext, projectId: string, today: Date = berlinToday()): Promise<ProjectEmployers> {
  const project = can(actor, 'employer.read') && z.uuid().safeParse(projectId).success
    ? await db.project.findFirst({ where: { AND: [{ id: projectId }, projectScope(actor)] }, select: { id: true, name: true, city: true, operatorId: true } })
    : null;
  if (!project) {
    await audit(db, actor, 'access.denied', 'Project', projectId, { action: 'read.employers' });
    throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  }
  const editScope = projectEmployerEditScope(actor);
  const [editable, positions, coaches, acquisitions, figures, serves, caseload] = await Promise.all([
    editScope ? db.project.count({ where: { AND: [{ id: projectId }, editScope] } }) : 0,
    db.position.findMany({
      where: { projectId },
      select: {
        id: true, version: true, employerId: true, count: true, occupationalField: true, fullTime: true, hoursPerWeek: true,
        instrument: true, hourlyWageCents: true, collectiveAgreement: true, employer: { select: { name: true } },
      },
      orderBy: [{ employer: { name: 'asc' } }, { occupationalField: 'asc' }, { id: 'asc' }],
    }),
    db.jobCoach.findMany({
      where: { projectId },
      select: { id: true, version: true, name: true, employerId: true, userId: true, employer: { select: { name: true } }, user: { select: { name: true } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    db.employerAcquisition.findMany({
      where: { projectId },
      select: {
        id: true, version: true, employerId: true, stage: true, positionsCommitted: true, firstContactAt: true, note: true,
        employer: { select: { name: true } }, acquiredBy: { select: { name: true } },
      },
      orderBy: [{ employer: { name: 'asc' } }, { id: 'asc' }],
    }),
    jobFigures({ projectIds: [projectId] }, today),
    servedEmployers(projectId),
    runsProject(actor, project.operatorId) ? getCaseload(actor, { projectId }) : Promise.resolve([]),
  ]);
  const exact = runsProject(actor, project.operatorId);
  const count = (n: number) => peopleCount(exact, n);
  const canEdit = editable > 0;
  const perPosition = (n: number): Count => (exact ? shown(n) : HIDDEN);

  const positionRows: PositionRow[] = positions.map((p) => {
    const f = figures.find((x) => x.positionId === p.id);
    return {
      id: p.id, version: p.version, employerId: p.employerId, employer: p.employer.name, count: p.count,
      occupationalField: p.occupationalField, fullTime: p.fullTime, hoursPerWeek: p.hoursPerWeek?.toString() ?? null,
      instrument: p.instrument, hourlyWageCents: p.hourlyWageCents, collectiveAgreement: p.collectiveAgreement,
      filled: perPosition(f?.filled ?? 0), today: perPosition(f?.today ?? 0), placed: perPosition(f?.placed ?? 0),
    };
  });

  // Per employer: its positions, plus jobs at the employer outside any recorded position.
  const names = new Map<string, string>([
    ...positions.map((p) => [p.employerId, p.employer.name] as const),
    ...acquisitions.map((a) => [a.employerId, a.employer.name] as const),
  ]);
  const offeredBy = new Map<string, number>();
  for (const p of positions) offeredBy.set(p.employerId, (offeredBy.get(p.employerId) ?? 0) + p.count);
  const employerIds = [...offeredBy.keys()].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'de'));
  const sums = employerIds.map((employerId) => add(figures.filter((f) => f.employerId === employerId)));
  const all = sumFigures(sums);
  // One suppression per column, so that no hidden cell follows from the total.
  const column = (key: 'filled' | 'today' | 'placed') => suppressCells(exact, sums.map((t) => t[key]), all[key]);
  const [filledCol, todayCol, placedCol] = [column('filled'), column('today'), column('placed')];
  const totals: EmployerTotal[] = employerIds.map((employerId, i) => ({
    employerId, employer: names.get(employerId) ?? '', offered: offeredBy.get(employerId) ?? 0,
    filled: filledCol.cells[i]!, today: todayCol.cells[i]!, placed: placedCol.cells[i]!,
  }));
  const filledOf = new Map(totals.map((t) => [t.employerId, t.filled]));

  const coachLoad = new Map(caseload.flatMap((p) => p.people.filter((x) => x.role === 'jobCoach').map((x) => [x.personId, x.enrolments] as const)));
  const coachRows: CoachRow[] = coaches.map((c) => ({
    id: c.id, version: c.version, name: c.name, employerId: c.employerId, employer: c.employer?.name ?? null,
    userId: c.userId, account: c.user?.name ?? null,
    serves: serves.get(c.id) ?? [],
    caseload: exact ? (coachLoad.get(c.id) ?? 0) : null,
  }));

  const acquisitionRows: AcquisitionRow[] = acquisitions.map((a) => ({
    id: a.id, version: a.version, employerId: a.employerId, employer: a.employer.name, stage: a.stage,
    positionsCommitted: a.positionsCommitted, firstContactAt: a.firstContactAt, acquiredBy: a.acquiredBy?.name ?? null,
    // The note is the acquirers' working text: for those who run the project only.
    note: canEdit ? a.note : null,
    offered: offeredBy.get(a.employerId) ?? 0,
    filled: filledOf.get(a.employerId) ?? count(add(figures.filter((f) => f.employerId === a.employerId)).filled),
  }));
  const pipeline = ACQUISITION_STAGES.map((stage) => {
    const at = acquisitions.filter((a) => a.stage === stage);
    return { stage, firms: at.length, committed: at.reduce((sum, a) => sum + a.positionsCommitted, 0) };
  });

  return {
    project: { id: project.id, name: project.name, city: project.city, canEdit },
    positions: positionRows,
    totals,
    total: { offered: positions.reduce((s, p) => s + p.count, 0), filled: filledCol.total, today: todayCol.total, placed: placedCol.total, employers: offeredBy.size },
    positionFigures: exact,
    coaches: coachRows,
    acquisitions: acquisitionRows,
    pipeline,
    options: canEdit ? await formOptions(actor, project.operatorId) : null,
  };
}

/** What the forms offer: employers the actor sees, the operator's staff as acquirers and job coach accounts. */
async function formOptions(actor: ActorContext, operatorId: string): Promise<NonNullable<ProjectEmployers['options']>> {
  const scope = employerScope(actor) ?? { id: { in: [] } };
  const [employers, acquirers, accounts] = await Promise.all([
    db.employer.findMany({ where: scope, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.user.findMany({ where: assignableAcquirers(operatorId), select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.user.findMany({ where: linkableJobCoachAccounts(operatorId), select: { id: true, name: true, jobCoach: { select: { id: true } } }, orderBy: { name: 'asc' } }),
  ]);
  return { employers, acquirers, accounts: accounts.map((a) => ({ id: a.id, name: a.name, linkedTo: a.jobCoach?.id ?? null })) };
}
