import { describe, expect, it } from 'vitest';
import { shown, SUPPRESSION_THRESHOLD, type Count } from '@/lib/dashboard/suppress';
import { deliveredCounts, lineOf, retentionCounts, type DeliveredInput, type RetentionInput } from '@/lib/procurement/figure-lines';

const HIDDEN: Count = { value: null, suppressed: true };
const open = (value: number) => ({ value, exact: false });

/** Whoever sees the shown cells and the total can subtract: the hidden ones must not add up to a small count. */
function safe(values: number[], cells: Count[], total: Count): boolean {
  const hidden = cells.flatMap((c, i) => (c.suppressed ? [values[i]!] : []));
  const smallShown = cells.some((c, i) => !c.suppressed && values[i]! < SUPPRESSION_THRESHOLD);
  if (smallShown) return false;
  if (total.suppressed || hidden.length === 0) return true;
  return hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= SUPPRESSION_THRESHOLD;
}

describe('lineOf', () => {
  it('keeps the cells the viewer runs exact and outside the line', () => {
    // The runner knows its own 2; of the others, the 3 alone would follow from 15 − 2 − 10.
    const line = lineOf([{ value: 2, exact: true }, open(3), open(10)], shown(15));
    expect(line.cells).toEqual([shown(2), HIDDEN, HIDDEN]);
    expect(line.total).toEqual(shown(15));
  });
});

describe('deliveredCounts', () => {
  // 2017: one tender with 7; 2018: 6; 2019: 2 (as the integration test's crafted dataset).
  const crafted: DeliveredInput = {
    total: open(15),
    tenders: [
      { ...open(7), year: 2017, contractor: { name: 'Garten' } },
      { ...open(6), year: 2018, contractor: { name: 'Garten' } },
      { ...open(2), year: 2019, contractor: { name: 'Druck' } },
      { ...open(0), year: 2019, contractor: null },
    ],
    years: [{ ...open(7), year: 2017 }, { ...open(6), year: 2018 }, { ...open(2), year: 2019 }],
    contractors: [{ ...open(2), contractor: 'Druck' }, { ...open(13), contractor: 'Garten' }],
    hired: [open(7), open(6), open(2)],
  };

  it('hides a second cell in every line that holds a small count, and no more', () => {
    expect(deliveredCounts(crafted)).toEqual({
      total: shown(15),
      tenders: [shown(7), HIDDEN, HIDDEN, HIDDEN],
      years: [shown(7), HIDDEN, HIDDEN],
      contractors: [HIDDEN, HIDDEN],
      hired: [shown(7), HIDDEN, HIDDEN],
    });
  });

  it('shows everything to the organisation that runs all tenders', () => {
    const exact = <T extends { value: number }>(c: T) => ({ ...c, exact: true });
    const result = deliveredCounts({
      total: exact(crafted.total), tenders: crafted.tenders.map(exact), years: crafted.years.map(exact),
      contractors: crafted.contractors.map(exact), hired: crafted.hired.map(exact),
    });
    expect(result.years).toEqual([shown(7), shown(6), shown(2)]);
    expect(result.tenders).toEqual([shown(7), shown(6), shown(2), shown(0)]);
  });

  it('hides a tender of a shown year whose other tender would give it away', () => {
    // 2018 has 8 + 3 = 11 and is shown: the 3 is hidden, so the 8 must be as well.
    const result = deliveredCounts({
      total: open(30),
      tenders: [{ ...open(8), year: 2018, contractor: { name: 'A' } }, { ...open(3), year: 2018, contractor: { name: 'B' } }, { ...open(19), year: 2019, contractor: { name: 'A' } }],
      years: [{ ...open(11), year: 2018 }, { ...open(19), year: 2019 }],
      contractors: [{ ...open(27), contractor: 'A' }, { ...open(3), contractor: 'B' }],
      hired: [open(11), open(19)],
    });
    expect(result.years).toEqual([shown(11), shown(19)]);
    expect(result.tenders).toEqual([HIDDEN, HIDDEN, shown(19)]);
    // Contractor B's 3 would follow from 30 − 27: both hidden.
    expect(result.contractors).toEqual([HIDDEN, HIDDEN]);
  });

  // Random small programmes: every line the page shows must be safe, whatever the numbers.
  it('leaves no line from which a small count can be subtracted (random programmes)', () => {
    let seed = 20240611;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 500; round++) {
      const tenders = Array.from({ length: 1 + random(6) }, () => {
        const clause = random(5) > 0;
        return { value: clause ? random(12) : 0, year: 2017 + random(3), contractor: clause ? { name: ['A', 'B', null][random(3)]! } : null };
      });
      const sum = (pick: (t: (typeof tenders)[number]) => boolean) => tenders.filter(pick).reduce((s, t) => s + t.value, 0);
      const yearKeys = [...new Set(tenders.map((t) => t.year))].sort();
      const contractorKeys = [...new Set(tenders.flatMap((t) => (t.contractor ? [t.contractor.name] : [])))];
      const total = sum(() => true);
      // Hires by calendar year: the total split at random into three years.
      const first = random(total + 1);
      const second = random(total - first + 1);
      const hired = [first, second, total - first - second];
      const input: DeliveredInput = {
        total: open(total),
        tenders: tenders.map((t) => ({ ...t, exact: false })),
        years: yearKeys.map((year) => ({ ...open(sum((t) => t.year === year)), year })),
        contractors: contractorKeys.map((contractor) => ({ ...open(sum((t) => t.contractor?.name === contractor)), contractor })),
        hired: hired.map(open),
      };
      const result = deliveredCounts(input);
      const context = JSON.stringify(input);
      const withClause = tenders.flatMap((t, i) => (t.contractor ? [i] : []));
      expect(safe(input.years.map((y) => y.value), result.years, result.total), context).toBe(true);
      expect(safe(input.contractors.map((c) => c.value), result.contractors, result.total), context).toBe(true);
      expect(safe(hired, result.hired, result.total), context).toBe(true);
      expect(safe(withClause.map((i) => tenders[i]!.value), withClause.map((i) => result.tenders[i]!), result.total), context).toBe(true);
      const rows = [
        ...yearKeys.map((year, i) => ({ count: result.years[i]!, value: input.years[i]!.value, members: withClause.filter((t) => tenders[t]!.year === year) })),
        ...contractorKeys.map((name, i) => ({ count: result.contractors[i]!, value: input.contractors[i]!.value, members: withClause.filter((t) => tenders[t]!.contractor?.name === name) })),
      ];
      for (const row of rows) {
        const members = row.members.map((t) => result.tenders[t]!);
        // A shown row is a total of its tenders; a hidden one must not follow from them.
        if (!row.count.suppressed) expect(safe(row.members.map((t) => tenders[t]!.value), members, row.count), context).toBe(true);
        else if (members.length > 0) expect(members.some((c) => c.suppressed), context).toBe(true);
      }
    }
  });
});

describe('retentionCounts', () => {
  const row = (recorded: number, still: number): RetentionInput => ({ recorded, still, exact: false });

  it('hides a second row when one small row would follow from the totals', () => {
    const { total, groupings } = retentionCounts(row(15, 15), [[row(7, 7), row(6, 6), row(2, 2)]]);
    expect(total).toEqual({ recorded: shown(15), still: shown(15) });
    expect(groupings[0]).toEqual([{ recorded: shown(7), still: shown(7) }, { recorded: HIDDEN, still: HIDDEN }, { recorded: HIDDEN, still: HIDDEN }]);
  });

  it('hides the total still employed when the hidden rows together leave a small rest', () => {
    // B and C are hidden (C: 1 of 6 left). Together 11 of 12 still employed: 32 − 20 and 21 − 10
    // would show that 1 of them left, so the total's 21 is hidden.
    const { total, groupings } = retentionCounts(row(32, 21), [[row(20, 10), row(6, 6), row(6, 5)]]);
    expect(total).toEqual({ recorded: shown(32), still: HIDDEN });
    expect(groupings[0]!.map((r) => r.still)).toEqual([shown(10), HIDDEN, HIDDEN]);
  });

  it('keeps the total when the hidden rows lost no one', () => {
    const { total } = retentionCounts(row(32, 22), [[row(20, 10), row(6, 6), row(6, 6)]]);
    expect(total).toEqual({ recorded: shown(32), still: shown(22) });
  });
});
