// Financing shares are derived from the funding records, never typed in.
// Largest-remainder rounding keeps whole percentages summing to exactly 100.
export interface SourceAmount {
  key: string;
  cents: bigint;
}

export interface Share extends SourceAmount {
  percent: number;
}

export function financingShares(sources: readonly SourceAmount[]): Share[] {
  const total = sources.reduce((sum, s) => sum + s.cents, 0n);
  if (total <= 0n) return sources.map((s) => ({ ...s, percent: 0 }));
  // Work in hundredths of a cent-percent with bigint so nothing is lost to floats.
  const exact = sources.map((s) => (s.cents * 10_000n) / total);
  const floors = exact.map((e) => e / 100n);
  let missing = 100n - floors.reduce((a, b) => a + b, 0n);
  const order = exact
    .map((e, i) => ({ i, rest: e % 100n }))
    .sort((a, b) => (b.rest === a.rest ? a.i - b.i : b.rest > a.rest ? 1 : -1));
  const percents = floors.slice();
  for (const { i } of order) {
    if (missing <= 0n) break;
    percents[i] = (percents[i] ?? 0n) + 1n;
    missing -= 1n;
  }
  return sources.map((s, i) => ({ ...s, percent: Number(percents[i] ?? 0n) }));
}
