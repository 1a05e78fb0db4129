// Suppression of a one-way breakdown whose rows add up to its total (participants by
// sex, by age group …), as official labour-market statistics do it: primary suppression
// hides every count below 5; secondary suppression then hides further rows, smallest
// first, until no hidden row can be recovered by subtracting the shown rows from the
// total. Both kinds are shown alike, as "< 5" (formatCountCell, as on the dashboards):
// a separate mark for secondary cells would tell the reader which hidden rows are the
// small ones. Pure, so it is unit-tested on its own.
import { SUPPRESSION_THRESHOLD, shown, suppressSmall, type Count } from '../dashboard/suppress';

export interface SuppressedBreakdown {
  total: Count;
  parts: Count[];
}

export function exactBreakdown(total: number, parts: readonly number[]): SuppressedBreakdown {
  return { total: shown(total), parts: parts.map(shown) };
}

export function suppressBreakdown(total: number, parts: readonly number[]): SuppressedBreakdown {
  const shownTotal = suppressSmall(total);
  // A total below 5 hides every row (each is at most the total).
  if (shownTotal.suppressed) return { total: shownTotal, parts: parts.map(() => ({ value: null, suppressed: true })) };
  const hidden = parts.map((value) => value < SUPPRESSION_THRESHOLD);
  // One hidden row is the total minus the others; several hidden rows adding up to less
  // than 5 (two zeros, say) would give away that each is that small sum or less.
  for (;;) {
    const hiddenValues = parts.filter((_, i) => hidden[i]);
    const hiddenSum = hiddenValues.reduce((sum, v) => sum + v, 0);
    if (hiddenValues.length === 0 || (hiddenValues.length >= 2 && hiddenSum >= SUPPRESSION_THRESHOLD)) break;
    let next = -1;
    parts.forEach((value, i) => {
      if (!hidden[i] && (next === -1 || value < parts[next]!)) next = i;
    });
    if (next === -1) break;
    hidden[next] = true;
  }
  return {
    total: shownTotal,
    parts: parts.map((value, i): Count => (hidden[i] ? { value: null, suppressed: true } : shown(value))),
  };
}
