import { describe, expect, it } from 'vitest';
import { shareOf, shown, suppressLine, suppressSmall, SUPPRESSION_THRESHOLD } from '@/lib/dashboard/suppress';

const hiddenOf = (cells: { suppressed: boolean }[]) => cells.flatMap((c, i) => (c.suppressed ? [i] : []));

// Whoever sees the shown cells and the total can subtract: the hidden cells' sum must not be small.
function derivableSmall(values: number[], result: ReturnType<typeof suppressLine>): boolean {
  if (result.total.suppressed) return false;
  const hidden = hiddenOf(result.cells);
  const sum = hidden.reduce((s, i) => s + values[i]!, 0);
  return hidden.length === 1 || (hidden.length > 1 && sum < SUPPRESSION_THRESHOLD);
}

describe('suppressLine', () => {
  it('shows everything when no count is small', () => {
    expect(suppressLine([5, 12, 30], shown(47))).toEqual({ cells: [shown(5), shown(12), shown(30)], total: shown(47) });
  });

  it('hides a second cell when one small count could be subtracted from the total', () => {
    const result = suppressLine([3, 12, 30], shown(45));
    expect(hiddenOf(result.cells)).toEqual([0, 1]);
    expect(result.total).toEqual(shown(45));
  });

  it('hides more until the hidden cells together reach the threshold', () => {
    // 1 + 0 = 1 would still be derivable; with the 6 the hidden sum is 7
    const result = suppressLine([1, 0, 6, 9, 20], shown(36));
    expect(hiddenOf(result.cells)).toEqual([0, 1, 2]);
  });

  it('hides the total when no cell is left to hide', () => {
    const result = suppressLine([1, 2], shown(3));
    expect(result.total.suppressed).toBe(true);
    expect(hiddenOf(result.cells)).toEqual([0, 1]);
  });

  it('takes cells hidden by another rule into account', () => {
    const result = suppressLine([20, 12, 30], shown(62), [true]);
    expect(hiddenOf(result.cells)).toEqual([0, 1]);
  });

  it('never leaves a small count derivable by subtraction (exhaustive over small lines)', () => {
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) for (let c = 0; c < 9; c++) {
      const values = [a, b, c];
      const total = a + b + c;
      const result = suppressLine(values, suppressSmall(total));
      expect(derivableSmall(values, result)).toBe(false);
      result.cells.forEach((cell, i) => expect(cell.suppressed || values[i]! >= SUPPRESSION_THRESHOLD).toBe(true));
    }
  });
});

describe('shareOf', () => {
  it('is a per-cent share with one decimal, hidden with either count', () => {
    expect(shareOf(shown(1), shown(3))).toBe(33.3);
    expect(shareOf({ value: null, suppressed: true }, shown(30))).toBeNull();
    expect(shareOf(shown(0), shown(0))).toBeNull();
  });
});
