import 'server-only';
// Sustainability: of the follow-ups due in the period 6 and 12 months after exit, how many
// were taken, how many found the person still employed and how many found an income that
// covers the household's needs (no more benefits). Shares are of the follow-ups taken.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import { shareOf, shown, suppressPart, suppressSmall, type Count } from './suppress';
import { periodSums, toMap, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export const FOLLOW_UP_AFTER = [6, 12] as const;

export interface SustainabilityRow {
  monthsAfter: (typeof FOLLOW_UP_AFTER)[number];
  due: Count;
  completed: Count;
  employed: Count;
  needsCovering: Count;
  employedShare: number | null;
  needsCoveringShare: number | null;
}

const PARTS = ['due', 'completed', 'employed', 'needsCovering'] as const;

export async function sustainabilityFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<SustainabilityRow[]> {
  const figures = FOLLOW_UP_AFTER.flatMap((m) => PARTS.map((p) => `followUp${m}.${p}`));
  const rows = selection.projectIds.length === 0 ? [] : await dashboardDb.$queryRaw<{ figure: string; value: number }[]>(periodSums(selection, figures));
  const sum = toMap(rows);
  return FOLLOW_UP_AFTER.map((monthsAfter) => {
    const [due, completed, employed, needsCovering] = PARTS.map((p) => sum(`followUp${monthsAfter}.${p}`)) as [number, number, number, number];
    const counts = selection.exact
      ? { due: shown(due), completed: shown(completed), employed: shown(employed), needsCovering: shown(needsCovering) }
      : {
          due: suppressSmall(due),
          completed: suppressPart(due, completed).part,
          // Parts of the follow-ups taken: neither they nor the rest may be small.
          employed: suppressPart(completed, employed).part,
          needsCovering: suppressPart(completed, needsCovering).part,
        };
    return {
      monthsAfter,
      ...counts,
      employedShare: shareOf(counts.employed, counts.completed),
      needsCoveringShare: shareOf(counts.needsCovering, counts.completed),
    };
  });
}

export async function getSustainability(actor: ActorContext, filter: DashboardFilter): Promise<SustainabilityRow[] | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && sustainabilityFor(selection);
}
