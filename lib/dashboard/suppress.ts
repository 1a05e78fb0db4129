// Statistical confidentiality as in official labour-market statistics: counts of
// people below 5 are not shown to those who may only see aggregates.
export const SUPPRESSION_THRESHOLD = 5;

export type Count = { value: number; suppressed: false } | { value: null; suppressed: true };

export function suppressSmall(value: number): Count {
  return value < SUPPRESSION_THRESHOLD ? { value: null, suppressed: true } : { value, suppressed: false };
}

export function shown(value: number): Count {
  return { value, suppressed: false };
}

/**
 * A part of a total (placements of participants), suppressed also when the rest
 * (total − part) would be a small count that anyone could derive by subtraction.
 */
export function suppressPart(total: number, part: number): { total: Count; part: Count } {
  const shownTotal = suppressSmall(total);
  const rest = total - part;
  const revealsRest = !shownTotal.suppressed && rest > 0 && rest < SUPPRESSION_THRESHOLD;
  return { total: shownTotal, part: revealsRest ? { value: null, suppressed: true } : suppressSmall(part) };
}

/**
 * Counts that add up to a total (placements per month and in the period). Each count below
 * the threshold is hidden, and so are `forced` cells (hidden by another rule, e.g. a small
 * rest in their row). If the total is shown, the hidden cells' sum is total minus the shown
 * ones: so at least two cells must be hidden and together reach the threshold, or one
 * could subtract a small count back out. More cells are hidden, smallest first, until that
 * holds; if it cannot, the total is hidden instead.
 */
export function suppressLine(
  values: readonly number[],
  total: Count,
  forced: readonly boolean[] = [],
): { cells: Count[]; total: Count } {
  const hidden = values.map((v, i) => v < SUPPRESSION_THRESHOLD || forced[i] === true);
  let shownTotal = total;
  const hiddenSum = () => values.reduce((sum, v, i) => sum + (hidden[i] ? v : 0), 0);
  const hiddenCount = () => hidden.filter(Boolean).length;
  while (!shownTotal.suppressed && hiddenCount() > 0 && (hiddenCount() < 2 || hiddenSum() < SUPPRESSION_THRESHOLD)) {
    let next = -1;
    for (let i = 0; i < values.length; i++) if (!hidden[i] && (next < 0 || values[i]! < values[next]!)) next = i;
    if (next < 0) shownTotal = { value: null, suppressed: true };
    else hidden[next] = true;
  }
  return { cells: values.map((v, i) => (hidden[i] ? { value: null, suppressed: true } : shown(v))), total: shownTotal };
}

/** A share in per cent (one decimal) of two shown counts; hidden when either is hidden. */
export function shareOf(part: Count, whole: Count): number | null {
  if (part.suppressed || whole.suppressed || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 1000) / 10;
}
