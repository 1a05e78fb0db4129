import 'server-only';
// A project's funding: sources with their amounts per year, totals summed in the database,
// and the financing shares planned versus actual derived from them (largest remainder,
// lib/funding/shares.ts). Money, not people: nothing here is suppressed.
import { z } from 'zod';
import { db } from '../db';
import { can } from '../auth/permissions';
import { fundingEditScope, projectScope, type ActorContext } from '../auth/authorize';
import type { FundingSourceKind } from '../generated/prisma/enums';
import { financingShares } from './shares';

export interface FundingAmountRow {
  id: string;
  version: number;
  year: number;
  plannedCents: bigint;
  actualCents: bigint | null;
}

export interface FundingSourceRow {
  id: string;
  version: number;
  kind: FundingSourceKind;
  name: string;
  amounts: FundingAmountRow[];
  plannedCents: bigint;
  /** Sum of the actual amounts recorded so far; null if none is. */
  actualCents: bigint | null;
  plannedPercent: number;
  /** Share of the recorded actual amounts; null if this source has none. */
  actualPercent: number | null;
}

export interface ProjectFunding {
  canEdit: boolean;
  sources: FundingSourceRow[];
  plannedCents: bigint;
  actualCents: bigint | null;
}

/** null = the actor may not read this project's funding (or the project is outside their scope). */
export async function getProjectFunding(actor: ActorContext, projectId: string): Promise<ProjectFunding | null> {
  if (!can(actor, 'funding.read') || !z.uuid().safeParse(projectId).success) return null;
  const project = await db.project.findFirst({ where: { AND: [{ id: projectId }, projectScope(actor)] }, select: { id: true } });
  if (!project) return null;
  const editScope = fundingEditScope(actor);
  const [sources, sums, editable] = await Promise.all([
    db.fundingSource.findMany({
      where: { projectId },
      select: {
        id: true, version: true, kind: true, name: true,
        amounts: { select: { id: true, version: true, year: true, plannedCents: true, actualCents: true }, orderBy: { year: 'asc' } },
      },
      orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
    }),
    db.fundingAmount.groupBy({
      by: ['fundingSourceId'],
      where: { fundingSource: { projectId } },
      _sum: { plannedCents: true, actualCents: true },
      _count: { actualCents: true },
    }),
    editScope ? db.project.count({ where: { AND: [{ id: projectId }, editScope] } }) : 0,
  ]);
  const sum = new Map(sums.map((s) => [s.fundingSourceId, s]));
  const planned = (id: string) => sum.get(id)?._sum.plannedCents ?? 0n;
  // An actual total only where at least one actual amount is recorded (0 € is a value, empty is not).
  const actual = (id: string) => ((sum.get(id)?._count.actualCents ?? 0) > 0 ? (sum.get(id)?._sum.actualCents ?? 0n) : null);
  const plannedShares = financingShares(sources.map((s) => ({ key: s.id, cents: planned(s.id) })));
  const withActual = sources.filter((s) => actual(s.id) !== null);
  const actualShares = new Map(financingShares(withActual.map((s) => ({ key: s.id, cents: actual(s.id) ?? 0n }))).map((s) => [s.key, s.percent]));
  const rows = sources.map((s, i) => ({
    ...s,
    plannedCents: planned(s.id),
    actualCents: actual(s.id),
    plannedPercent: plannedShares[i]?.percent ?? 0,
    actualPercent: actualShares.get(s.id) ?? null,
  }));
  return {
    canEdit: editable > 0,
    sources: rows,
    plannedCents: rows.reduce((t, s) => t + s.plannedCents, 0n),
    actualCents: withActual.length > 0 ? rows.reduce((t, s) => t + (s.actualCents ?? 0n), 0n) : null,
  };
}
