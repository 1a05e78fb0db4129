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
