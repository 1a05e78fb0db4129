import { describe, expect, it } from 'vitest';
import { parseEuroToCents } from '@/lib/money';

describe('parseEuroToCents', () => {
  it.each([
    ['2.345,67', 234_567],
    ['2345,67', 234_567],
    ['2345.67', 234_567],
    ['2345', 234_500],
    ['1.234.567,8', 123_456_780],
    [' 1.900 € ', 190_000],
    ['0,1', 10],
    ['1.23', 123],
    ['1.234', 123_400],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseEuroToCents(input)).toBe(cents);
  });

  it.each(['', 'abc', '2,345.67', '12,345', '-5', '2.34,5'])('refuses %j', (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });
});
