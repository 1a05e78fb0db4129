// Savings set against cost (Passiv-Aktiv-Transfer): the benefits no longer paid while a
// placed participant works. Pure arithmetic; the grouping of placements is done in SQL
// (savings-queries.ts) and mirrored by `placementGroups` for tests and small lists.
//
// Rules:
// - Amount per month = standard rate (Regelbedarf, single adult) + housing costs, as valid on
//   the month's first day in the BenefitRate table (both change on 1 January).
// - Partial months as §41 Abs. 1 SGB II pays benefits: per calendar day at 1/30 of the monthly
//   amount, a whole calendar month counting as 30/30 (so 31 days never give more than a month,
//   and 28 days of February count as a full month only if they are the whole February).
// - A placement saves from its first day to its last (or today, if it lasts); see savings-queries.
// - Rounding: commercially to the cent once per group of placements and month
//   (rate × thirtieths / 30); years and totals are sums of those.
import { divRoundHalfUp } from './subsidy';

export interface BenefitRateRow {
  validFrom: Date;
  standardRateCents: number;
  housingCostsCents: number;
}

/** Placements sharing their first and last calendar month, with the thirtieths they cover there. */
export interface PlacementGroup {
  /** First day of the first month. */
  startMonth: Date;
  /** First day of the last month (= startMonth for a placement within one month). */
  endMonth: Date;
  placements: number;
  /** Sum over the placements of the thirtieths covered in the first month (30 = whole month). */
  firstThirtieths: number;
  /** Same for the last month; 0 when it is the first month. */
  lastThirtieths: number;
}

export interface Savings {
  placements: number;
  /** Sum of the months saved, in thirtieths (divide by 30 for months). */
  thirtieths: number;
  totalCents: number;
  years: { year: number; cents: number }[];
}

const DAY_MS = 86_400_000;

function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function nextMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** Monthly benefit (standard rate + housing) valid on `day`; 0 before the first row. */
export function monthlyBenefitAt(rates: readonly BenefitRateRow[], day: Date): number {
  let found: BenefitRateRow | undefined;
  for (const r of rates) if (r.validFrom.getTime() <= day.getTime() && (!found || r.validFrom > found.validFrom)) found = r;
  return found ? found.standardRateCents + found.housingCostsCents : 0;
}

/** Thirtieths of the month of `from` covered by the days from…to (inclusive, same month). */
export function thirtieths(from: Date, to: Date): number {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  const wholeMonth = from.getUTCDate() === 1 && nextMonth(from).getTime() - DAY_MS === to.getTime();
  return wholeMonth ? 30 : Math.min(days, 30);
}

/** The SQL grouping of savings-queries.ts, in TypeScript: for tests and small in-memory lists. */
export function placementGroups(placements: readonly { start: Date; end: Date }[]): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const { start, end } of placements) {
    if (end < start) continue;
    const startMonth = monthStart(start);
    const endMonth = monthStart(end);
    const same = startMonth.getTime() === endMonth.getTime();
    const key = `${startMonth.toISOString()}|${endMonth.toISOString()}`;
    const group = groups.get(key) ?? { startMonth, endMonth, placements: 0, firstThirtieths: 0, lastThirtieths: 0 };
    group.placements += 1;
    group.firstThirtieths += thirtieths(start, same ? end : new Date(nextMonth(start).getTime() - DAY_MS));
    group.lastThirtieths += same ? 0 : thirtieths(endMonth, end);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Benefits saved by the placements of the groups, per calendar year and in total. */
export function calculateSavings(groups: readonly PlacementGroup[], rates: readonly BenefitRateRow[]): Savings {
  const years = new Map<number, number>();
  let placements = 0;
  let units = 0;
  const book = (month: Date, thirtiethsInMonth: number) => {
    const cents = Number(divRoundHalfUp(BigInt(monthlyBenefitAt(rates, month)) * BigInt(thirtiethsInMonth), 30n));
    years.set(month.getUTCFullYear(), (years.get(month.getUTCFullYear()) ?? 0) + cents);
    units += thirtiethsInMonth;
  };
  for (const g of groups) {
    placements += g.placements;
    book(g.startMonth, g.firstThirtieths);
    if (g.endMonth.getTime() === g.startMonth.getTime()) continue;
    for (let m = nextMonth(g.startMonth); m < g.endMonth; m = nextMonth(m)) book(m, 30 * g.placements);
    book(g.endMonth, g.lastThirtieths);
  }
  const sorted = [...years.entries()].sort(([a], [b]) => a - b).map(([year, cents]) => ({ year, cents }));
  return { placements, thirtieths: units, totalCents: sorted.reduce((sum, y) => sum + y.cents, 0), years: sorted };
}
