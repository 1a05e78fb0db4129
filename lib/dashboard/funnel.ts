import 'server-only';
// The funnel: enrolments starting in the period, and enrolments entering each phase of
// their project's model for the first time in the period (from RollupProjectMonth's
// `entered.<kind>`). Only the kinds the selected projects' models contain are shown.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import type { PhaseKind } from '../generated/prisma/enums';
import { shareOf, shown, suppressPart, suppressSmall, type Count } from './suppress';
import { periodSums, toMap, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export const FUNNEL_KINDS: readonly PhaseKind[] = ['PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT'];

export interface FunnelStage {
  stage: 'ENROLLED' | PhaseKind;
  count: Count;
  /** Per cent of the enrolments starting in the period. */
  share: number | null;
}

export async function funnelFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<FunnelStage[]> {
  if (selection.projectIds.length === 0) return [];
  const [rows, kinds] = await Promise.all([
    dashboardDb.$queryRaw<{ figure: string; value: number }[]>(periodSums(selection, ['enrolled', ...FUNNEL_KINDS.map((k) => `entered.${k}`)])),
    dashboardDb.phaseTransition.findMany({ where: { projectId: { in: selection.projectIds } }, select: { toKind: true }, distinct: ['toKind'] }),
  ]);
  const sum = toMap(rows);
  const inModel = new Set(kinds.map((k) => k.toKind));
  const enrolled = sum('enrolled');
  const enrolledCount = selection.exact ? shown(enrolled) : suppressSmall(enrolled);
  const stages = FUNNEL_KINDS.filter((k) => inModel.has(k)).map((kind) => {
    const value = sum(`entered.${kind}`);
    // Those who never reached a stage are people too: the rest must not be small either.
    const count = selection.exact ? shown(value) : suppressPart(enrolled, value).part;
    return { stage: kind, count, share: shareOf(count, enrolledCount) };
  });
  return [{ stage: 'ENROLLED', count: enrolledCount, share: null }, ...stages];
}

export async function getFunnel(actor: ActorContext, filter: DashboardFilter): Promise<FunnelStage[] | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && funnelFor(selection);
}
