// Savings arithmetic (Passiv-Aktiv-Transfer) against a table computed by hand.
//
// Benefit per month (standard rate + housing costs), valid from the 1st of the year:
//   2024: 563,00 € + 450,00 € = 101300 cents;  2025: 563,00 € + 470,00 € = 103300 cents.
// Partial months per §41 Abs. 1 SGB II: days/30 of a month, a whole calendar month = 30/30.
//
// | placement | from – to               | thirtieths per month                  |
// |-----------|-------------------------|---------------------------------------|
// | A         | 15.11.2024 – 10.02.2025 | Nov 16, Dec 30, Jan 30, Feb 10        |
// | B         | 01.11.2024 – 28.02.2025 | Nov 30, Dec 30, Jan 30, Feb 30 (whole)|
// | C         | 03.02.2025 – 27.02.2025 | Feb 25                                |
// | D         | 01.01.2024 – 31.01.2024 | Jan 30 (whole)                        |
// | E         | 02.03.2024 – 31.03.2024 | Mar 30 (30 days of 31: capped at 30)  |
//
// Groups by (first month, last month), rounded once per group and month:
// | group        | month   | thirtieths | amount                                   |
// |--------------|---------|------------|------------------------------------------|
// | A+B          | 11/2024 | 46         | 101300 × 46/30 = 155326.67 → 155327      |
// |              | 12/2024 | 2 × 30     | 2 × 101300 = 202600                      |
// |              | 01/2025 | 2 × 30     | 2 × 103300 = 206600                      |
// |              | 02/2025 | 40         | 103300 × 40/30 = 137733.33 → 137733      |
// | C            | 02/2025 | 25         | 103300 × 25/30 = 86083.33 → 86083        |
// | D            | 01/2024 | 30         | 101300                                   |
// | E            | 03/2024 | 30         | 101300                                   |
//
// 2024: 155327 + 202600 + 101300 + 101300 = 560527; 2025: 206600 + 137733 + 86083 = 430416;
// total 990943 cents; 86 + 120 + 25 + 30 + 30 = 291 thirtieths (9.7 months).
import { describe, expect, it } from 'vitest';
import { calculateSavings, placementGroups, thirtieths, type BenefitRateRow } from '@/lib/funding/savings';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const RATES: BenefitRateRow[] = [
  { validFrom: day('2024-01-01'), standardRateCents: 56_300, housingCostsCents: 45_000 },
  { validFrom: day('2025-01-01'), standardRateCents: 56_300, housingCostsCents: 47_000 },
];
const PLACEMENTS = [
  { start: day('2024-11-15'), end: day('2025-02-10') },
  { start: day('2024-11-01'), end: day('2025-02-28') },
  { start: day('2025-02-03'), end: day('2025-02-27') },
  { start: day('2024-01-01'), end: day('2024-01-31') },
  { start: day('2024-03-02'), end: day('2024-03-31') },
];

describe('thirtieths (§41 Abs. 1 SGB II)', () => {
  it('counts days at 1/30, a whole month as 30, never more', () => {
    expect(thirtieths(day('2024-11-15'), day('2024-11-30'))).toBe(16);
    expect(thirtieths(day('2025-02-01'), day('2025-02-28'))).toBe(30);
    expect(thirtieths(day('2025-02-01'), day('2025-02-27'))).toBe(27);
    expect(thirtieths(day('2024-03-02'), day('2024-03-31'))).toBe(30);
    expect(thirtieths(day('2024-03-01'), day('2024-03-31'))).toBe(30);
  });
});

describe('placementGroups', () => {
  it('groups by first and last month and sums the partial months', () => {
    const groups = placementGroups(PLACEMENTS);
    expect(groups).toHaveLength(4);
    expect(groups[0]).toEqual({ startMonth: day('2024-11-01'), endMonth: day('2025-02-01'), placements: 2, firstThirtieths: 46, lastThirtieths: 40 });
    expect(groups[1]).toEqual({ startMonth: day('2025-02-01'), endMonth: day('2025-02-01'), placements: 1, firstThirtieths: 25, lastThirtieths: 0 });
  });

  it('ignores a placement that ends before it starts', () => {
    expect(placementGroups([{ start: day('2025-02-03'), end: day('2025-02-01') }])).toEqual([]);
  });
});

describe('calculateSavings', () => {
  it('matches the hand table per year and in total', () => {
    const savings = calculateSavings(placementGroups(PLACEMENTS), RATES);
    expect(savings).toEqual({
      placements: 5,
      thirtieths: 291,
      totalCents: 990_943,
      years: [{ year: 2024, cents: 560_527 }, { year: 2025, cents: 430_416 }],
    });
  });

  it('saves nothing before the first benefit rate and for no placements', () => {
    expect(calculateSavings(placementGroups([{ start: day('2023-05-01'), end: day('2023-05-31') }]), RATES).totalCents).toBe(0);
    expect(calculateSavings([], RATES)).toEqual({ placements: 0, thirtieths: 0, totalCents: 0, years: [] });
  });
});
