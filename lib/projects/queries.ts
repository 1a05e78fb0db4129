import 'server-only';
import { db } from '../db';
import { can } from '../auth/permissions';
import { projectScope, type ActorContext } from '../auth/authorize';
import { shown, suppressPart, type Count } from '../dashboard/suppress';
import { financingShares, type Share } from '../funding/shares';
import type { FundingSourceKind, ProjectModel } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';

export interface ProjectFigures {
  id: string;
  name: string;
  city: string;
  operator: string;
  model: ProjectModel;
  startDate: Date;
  endDate: Date | null;
  budgetCents: bigint | null;
  targetPositions: number | null;
  targetParticipants: number | null;
  positions: number;
  employers: number;
  participants: Count;
  placements: Count;
}

interface FigureRow {
  id: string;
  positions: bigint;
  employers: bigint;
  participants: bigint;
  placements: bigint;
}

// Counted in SQL, one grouped query per figure, for the projects in scope only.
async function countsFor(ids: string[]): Promise<Map<string, FigureRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT p.id,
      COALESCE(pos.positions, 0) AS positions, COALESCE(pos.employers, 0) AS employers,
      COALESCE(enr.participants, 0) AS participants, COALESCE(pl.placements, 0) AS placements
    FROM "Project" p
    LEFT JOIN (SELECT "projectId", SUM("count") AS positions, COUNT(DISTINCT "employerId") AS employers
               FROM "Position" GROUP BY "projectId") pos ON pos."projectId" = p.id
    LEFT JOIN (SELECT "projectId", COUNT(DISTINCT "participantId") AS participants
               FROM "Enrolment" GROUP BY "projectId") enr ON enr."projectId" = p.id
    LEFT JOIN (SELECT e."projectId", COUNT(DISTINCT e."participantId") AS placements
               FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId"
               WHERE ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') GROUP BY e."projectId") pl ON pl."projectId" = p.id
    WHERE p.id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

export async function listProjectFigures(actor: ActorContext, where: Prisma.ProjectWhereInput = {}): Promise<ProjectFigures[]> {
  if (!can(actor, 'project.read')) return [];
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), where] },
    select: {
      id: true, name: true, city: true, model: true, startDate: true, endDate: true, budgetCents: true,
      targetPositions: true, targetParticipants: true, operatorId: true, operator: { select: { name: true } },
    },
    orderBy: [{ city: 'asc' }, { name: 'asc' }],
  });
  const counts = await countsFor(projects.map((p) => p.id));
  // Exact counts only for the projects the actor runs; for every other project the
  // figures are statistics, with small counts (and differences revealing them) hidden.
  const runs = (operatorId: string) => can(actor, 'project.update') && operatorId === actor.organisationId;
  return projects.map((p) => {
    const c = counts.get(p.id);
    const participants = Number(c?.participants ?? 0);
    const placements = Number(c?.placements ?? 0);
    const people = runs(p.operatorId) ? { total: shown(participants), part: shown(placements) } : suppressPart(participants, placements);
    return {
      id: p.id,
      name: p.name,
      city: p.city,
      operator: p.operator.name,
      model: p.model,
      startDate: p.startDate,
      endDate: p.endDate,
      budgetCents: p.budgetCents,
      targetPositions: p.targetPositions,
      targetParticipants: p.targetParticipants,
      positions: Number(c?.positions ?? 0),
      employers: Number(c?.employers ?? 0),
      participants: people.total,
      placements: people.part,
    };
  });
}

export interface FundingShare extends Share {
  kind: FundingSourceKind;
  name: string;
}

export async function listFinancingShares(actor: ActorContext, projectId: string): Promise<FundingShare[]> {
  if (!can(actor, 'funding.read')) return [];
  const sources = await db.fundingSource.findMany({
    where: { projectId, project: projectScope(actor) },
    select: { id: true, kind: true, name: true },
    orderBy: { name: 'asc' },
  });
  const sums = await db.fundingAmount.groupBy({
    by: ['fundingSourceId'],
    where: { fundingSourceId: { in: sources.map((s) => s.id) } },
    _sum: { plannedCents: true },
  });
  const planned = new Map(sums.map((s) => [s.fundingSourceId, s._sum.plannedCents ?? 0n]));
  const shares = financingShares(sources.map((s) => ({ key: s.id, cents: planned.get(s.id) ?? 0n })));
  return shares
    .map((share, i) => ({ ...share, kind: sources[i]!.kind, name: sources[i]!.name }))
    .sort((a, b) => (b.cents > a.cents ? 1 : b.cents < a.cents ? -1 : 0));
}
