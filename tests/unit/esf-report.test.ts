// The ESF+ report's pure parts: suppression of a breakdown, its CSV and its URL filter.
import { describe, expect, it } from 'vitest';
import { suppressBreakdown } from '@/lib/reports/suppress-breakdown';
import { formatCountCell } from '@/lib/dashboard/tables';
import type { Count } from '@/lib/dashboard/suppress';
import { esfTableCsv } from '@/lib/reports/esf-csv';
import { EsfFilterSchema, esfFilterQuery, periodError } from '@/lib/reports/esf-schema';

// The cells as page, print view and CSV show them: primary and secondary suppression alike "< 5".
const texts = (counts: Count[]) => counts.map(formatCountCell);

describe('suppressBreakdown', () => {
  it('shows everything when no row is below 5', () => {
    expect(texts(suppressBreakdown(30, [10, 15, 5]).parts)).toEqual(['10', '15', '5']);
  });

  it('hides the smallest further row when one small row could be recovered from the total', () => {
    const { total, parts } = suppressBreakdown(30, [14, 13, 3]);
    expect(formatCountCell(total)).toBe('30');
    // 13 is no small count, but 30 − 14 − 13 would give the 3 away: it is shown as "< 5" too.
    expect(texts(parts)).toEqual(['14', '< 5', '< 5']);
  });

  it('needs nothing more when the hidden rows add up to 5 or more', () => {
    expect(texts(suppressBreakdown(30, [18, 5, 4, 3]).parts)).toEqual(['18', '5', '< 5', '< 5']);
  });

  it('hides more when several hidden rows add up to less than 5 (two zeros give each other away)', () => {
    expect(texts(suppressBreakdown(20, [0, 0, 12, 8]).parts)).toEqual(['< 5', '< 5', '12', '< 5']);
    expect(texts(suppressBreakdown(12, [1, 1, 10]).parts)).toEqual(['< 5', '< 5', '< 5']);
  });

  it('hides every row of a total below 5, zero included', () => {
    const { total, parts } = suppressBreakdown(4, [4, 0]);
    expect(texts([total, ...parts])).toEqual(['< 5', '< 5', '< 5']);
    expect(formatCountCell(suppressBreakdown(0, [0]).total)).toBe('< 5');
  });

  it('never leaves exactly one hidden row, nor a hidden sum below 5', () => {
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) for (let c = 0; c < 9; c++) {
      const parts = [a, b, c];
      const total = a + b + c;
      const result = suppressBreakdown(total, parts);
      if (result.total.suppressed) continue;
      const hidden = parts.filter((_, i) => result.parts[i]!.suppressed);
      expect(hidden.length).not.toBe(1);
      if (hidden.length > 0) expect(hidden.reduce((s, v) => s + v, 0)).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('esfTableCsv', () => {
  it('writes the shown figures, "< 5" for primary and secondary suppression, German percentages, and neutralises formula-like labels', () => {
    const { total, parts } = suppressBreakdown(30, [14, 13, 3]);
    const csv = esfTableCsv(
      { key: 'geschlecht', total, rows: ['FEMALE', 'MALE', 'DIVERSE'].map((category, i) => ({ category, count: parts[i]!, percent: i === 0 ? 46.7 : null })) },
      { column: 'Geschlecht', count: 'Anzahl', share: 'Anteil', total: 'Insgesamt', category: (c) => (c === 'FEMALE' ? 'weiblich' : c === 'MALE' ? '=männlich' : 'divers') },
    );
    expect(csv).toBe('\uFEFFGeschlecht;Anzahl;Anteil (%)\r\nweiblich;14;46,7\r\n\'=männlich;< 5;\r\ndivers;< 5;\r\nInsgesamt;30;100\r\n');
  });
});

describe('EsfFilterSchema', () => {
  it('ignores malformed values and keeps real days', () => {
    expect(EsfFilterSchema.parse({ projekt: 'x', von: '2020-02-31', bis: '2020-12-31' })).toEqual({ bis: new Date('2020-12-31T00:00:00Z') });
    expect(EsfFilterSchema.parse({ von: 'kaputt' })).toEqual({});
  });

  it('reports a period that ends before it starts, and writes the filter back as a query', () => {
    const filter = EsfFilterSchema.parse({ von: '2020-03-01', bis: '2020-02-01' });
    expect(periodError(filter)).toMatch(/vor seinem Beginn/);
    expect(esfFilterQuery(filter, { tabelle: 'alter' })).toBe('?von=2020-03-01&bis=2020-02-01&tabelle=alter');
  });
});
