import { describe, expect, it } from 'vitest';
import { financingShares } from '@/lib/funding/shares';

describe('financingShares', () => {
  it('derives the ISB split 53 / 26 / 21 % from the amounts', () => {
    const shares = financingShares([
      { key: 'jc', cents: 492_900_000n },
      { key: 'land', cents: 241_800_000n },
      { key: 'employers', cents: 195_300_000n },
    ]);
    expect(shares.map((s) => s.percent)).toEqual([53, 26, 21]);
  });

  it('always sums to 100 with largest remainders rounded up', () => {
    const shares = financingShares([
      { key: 'a', cents: 1n },
      { key: 'b', cents: 1n },
      { key: 'c', cents: 1n },
    ]);
    expect(shares.map((s) => s.percent)).toEqual([34, 33, 33]);
  });

  it('gives 0 % everywhere when nothing is planned', () => {
    expect(financingShares([{ key: 'a', cents: 0n }]).map((s) => s.percent)).toEqual([0]);
  });

  it('handles amounts beyond float precision exactly', () => {
    const shares = financingShares([
      { key: 'a', cents: 9_007_199_254_740_993n },
      { key: 'b', cents: 9_007_199_254_740_993n },
    ]);
    expect(shares.map((s) => s.percent)).toEqual([50, 50]);
  });
});
