import { describe, expect, it } from 'vitest';
import { suppressPart, suppressSmall } from '@/lib/dashboard/suppress';
import { formatCount } from '@/components/projects/count-cell';

describe('suppressSmall', () => {
  it.each([0, 1, 4])('hides %i as "< 5"', (n) => {
    expect(suppressSmall(n)).toEqual({ value: null, suppressed: true });
    expect(formatCount(suppressSmall(n))).toBe('< 5');
  });

  it.each([5, 161, 1900])('shows %i', (n) => {
    expect(suppressSmall(n)).toEqual({ value: n, suppressed: false });
  });

  it('formats shown counts the German way', () => {
    expect(formatCount(suppressSmall(1900))).toBe('1.900');
  });
});

describe('suppressPart', () => {
  it('hides a part whose difference to the total is a small count', () => {
    // 9 participants, 6 placed: showing both reveals 3 not placed
    expect(suppressPart(9, 6)).toEqual({ total: { value: 9, suppressed: false }, part: { value: null, suppressed: true } });
  });

  it('shows both when nothing small can be derived', () => {
    expect(suppressPart(20, 10)).toEqual({ total: { value: 20, suppressed: false }, part: { value: 10, suppressed: false } });
    expect(suppressPart(208, 208)).toEqual({ total: { value: 208, suppressed: false }, part: { value: 208, suppressed: false } });
  });

  it('hides small parts and small totals', () => {
    expect(suppressPart(40, 3).part.suppressed).toBe(true);
    expect(suppressPart(4, 4)).toEqual({ total: { value: null, suppressed: true }, part: { value: null, suppressed: true } });
  });
});
