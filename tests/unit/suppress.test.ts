import { describe, expect, it } from 'vitest';
import { suppressSmall } from '@/lib/dashboard/suppress';
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
