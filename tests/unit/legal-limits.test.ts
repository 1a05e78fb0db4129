import { describe, expect, it } from 'vitest';
import { addMonthsBgb, countMonthUnits, monthsDown, monthsText, monthsUp } from '@/lib/casework/legal-limits';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('addMonthsBgb (§188 BGB)', () => {
  it('lands on the same day number when the month has it', () => {
    expect(iso(addMonthsBgb(d('2024-03-01'), 24))).toBe('2026-03-01');
    expect(iso(addMonthsBgb(d('2025-03-15'), -2))).toBe('2025-01-15');
  });

  it('goes to the 1st of the next month when the day number is missing (§188 Abs. 3)', () => {
    expect(iso(addMonthsBgb(d('2025-01-31'), 1))).toBe('2025-03-01');
    expect(iso(addMonthsBgb(d('2024-01-31'), 1))).toBe('2024-03-01');
  });

  it('lets a leap-day child turn 25 on 1 March and 24 on 29 February', () => {
    expect(iso(addMonthsBgb(d('2000-02-29'), 25 * 12))).toBe('2025-03-01');
    expect(iso(addMonthsBgb(d('2000-02-29'), 24 * 12))).toBe('2024-02-29');
  });

  it('ignores a time of day on the input', () => {
    expect(iso(addMonthsBgb(new Date('2024-03-01T17:45:00Z'), 1))).toBe('2024-04-01');
  });
});

describe('countMonthUnits (whole months, then days at 1/30 month)', () => {
  it('counts two calendar years as exactly 24 months, one day more as 24 months and 1 day', () => {
    expect(countMonthUnits(d('2024-01-01'), d('2025-12-31'))).toBe(720);
    expect(countMonthUnits(d('2024-01-01'), d('2026-01-01'))).toBe(721);
  });

  it('counts a month from the 31st through the end of February as one month', () => {
    expect(countMonthUnits(d('2025-01-31'), d('2025-02-28'))).toBe(30);
    expect(countMonthUnits(d('2025-02-01'), d('2025-02-28'))).toBe(30);
    expect(countMonthUnits(d('2024-01-31'), d('2024-02-28'))).toBe(29);
    expect(countMonthUnits(d('2024-01-31'), d('2024-02-29'))).toBe(30);
  });

  it('counts days left over one by one, a single day as 1 and a reversed period as 0', () => {
    expect(countMonthUnits(d('2025-03-01'), d('2025-03-15'))).toBe(15);
    expect(countMonthUnits(d('2025-03-01'), d('2025-05-10'))).toBe(70);
    expect(countMonthUnits(d('2025-03-01'), d('2025-03-01'))).toBe(1);
    expect(countMonthUnits(d('2025-03-02'), d('2025-03-01'))).toBe(0);
  });

  it('rounds used time up and remaining time down to tenths', () => {
    expect(monthsUp(721)).toBe(24.1);
    expect(monthsUp(720)).toBe(24);
    expect(monthsDown(719)).toBe(23.9);
    expect(monthsDown(-5)).toBe(0);
  });

  it('writes months the German way', () => {
    expect(monthsText(24.1)).toBe('24,1 Monate');
    expect(monthsText(1)).toBe('1 Monat');
  });
});
