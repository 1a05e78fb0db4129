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
