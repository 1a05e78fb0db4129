import 'server-only';
// Financing shares planned versus actual per kind of source, for the selected projects and
// the calendar years the period touches (funding is planned per year). Money, not people:
// nothing here is suppressed. Shares by largest remainder (lib/funding/shares.ts), the
// actual ones among the kinds with an actual amount recorded, as on the project's funding
// page (lib/funding/source-queries.ts).
//
// Bounded at any number of participants: FundingSource by its projectId index and
// FundingAmount by (fundingSourceId, year), a few rows per project and year.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import type { FundingSourceKind } from '../generated/prisma/enums';
import { FUNDING_SOURCE_KINDS } from '../funding/source-schema';
import { financingShares } from '../funding/shares';
import { costPerPlacementFor, type CostPerPlacement } from './cost-per-placement';
import { dashboardPage } from './dashboard-page';
import type { DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export interface FinancingRow {
  kind: FundingSourceKind;
  plannedCents: bigint;
  /** null: no actual amount recorded for this kind in these years. */
  actualCents: bigint | null;
  plannedPercent: number;
  actualPercent: number | null;
}

export interface Financing {
  years: { from: number; to: number };
  rows: FinancingRow[];
  total: { plannedCents: bigint; actualCents: bigint | null };
}

interface Row { kind: FundingSourceKind; planned: bigint; actual: bigint | null }

export async function financingFor(selection: Pick<DashboardSelection, 'projectIds' | 'from' | 'to'>): Promise<Financing> {
  const years = { from: selection.from.getUTCFullYear(), to: selection.to.getUTCFullYear() };
  const rows = selection.projectIds.length === 0 ? [] : await dashboardDb.$queryRaw<Row[]>`
    SELECT fs.kind, SUM(fa."plannedCents")::bigint AS planned, SUM(fa."actualCents")::bigint AS actual
    FROM "FundingSource" fs JOIN "FundingAmount" fa ON fa."fundingSourceId" = fs.id
    WHERE fs."projectId" = ANY(${selection.projectIds}::uuid[]) AND fa.year BETWEEN ${years.from}::int AND ${years.to}::int
    GROUP BY fs.kind`;
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const present = FUNDING_SOURCE_KINDS.flatMap((kind) => (byKind.has(kind) ? [byKind.get(kind)!] : []));
  const planned = financingShares(present.map((r) => ({ key: r.kind, cents: r.planned })));
  const withActual = present.filter((r) => r.actual !== null);
  const actual = new Map(financingShares(withActual.map((r) => ({ key: r.kind, cents: r.actual! }))).map((s) => [s.key, s.percent]));
  return {
    years,
    rows: present.map((r, i) => ({
      kind: r.kind,
      plannedCents: r.planned,
      actualCents: r.actual,
      plannedPercent: planned[i]!.percent,
      actualPercent: actual.get(r.kind) ?? null,
    })),
    total: {
      plannedCents: present.reduce((sum, r) => sum + r.planned, 0n),
      actualCents: withActual.length > 0 ? withActual.reduce((sum, r) => sum + r.actual!, 0n) : null,
    },
  };
}

export interface FinanceDashboard {
  selection: DashboardSelection;
  financing: Financing;
  cost: CostPerPlacement;
  /** How current the figures are (freshness.ts). */
  readAt: Date;
}

/** The page "Finanzen": null = this actor has no dashboards. */
export function getFinanceDashboard(actor: ActorContext, filter: DashboardFilter): Promise<FinanceDashboard | null> {
  return dashboardPage('finance', actor, filter, async (selection) => {
    const [financing, cost] = await Promise.all([financingFor(selection), costPerPlacementFor(selection)]);
    return { financing, cost };
  });
}
