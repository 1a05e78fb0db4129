// Calendar days as UTC midnight, matching how DATE columns are parsed (lib/db/client.ts).

const DAY_MS = 86_400_000;

/** The seed's "today": data are generated as seen on this day, never from the clock. */
export const DATA_AS_OF = day('2026-11-01');

export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
