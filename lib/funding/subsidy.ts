// The wage-subsidy calculator (§16e and §16i SGB II): pure, no database, integer cents.
//
// What it computes, month by calendar month of the term:
//   base wage     = hourly wage × weekly hours × 52/12, pro rata for the days of the month
//                   in the term (days / days of the month, "kalendertäglich");
//   employer share = base wage × the flat employer share of the Gesamtsozialversicherungs-
//                   beitrag without unemployment insurance (subsidy-rates.ts);
//   eligible      = base wage + employer share (§16e Abs. 2 Satz 3, §16i Abs. 2 Satz 1 SGB II);
//   subsidy       = eligible × the rate of the year of the employment (75/50 %; 100/100/90/80/70 %).
//
// The hourly wage of a day is the statutory minimum wage valid on that day (MiLoG, the dated
// table), or, if the employer is bound by a collective agreement (or church labour rules), the
// agreed wage (§16i Abs. 2 Satz 2 SGB II; the issue applies the same basis to §16e) — but never
// less than the minimum wage of that day, which no agreement may undercut (§1 Abs. 3 MiLoG).
//
// Mid-month changes (a minimum wage, flat share or subsidy year that changes on another day than
// the 1st, e.g. a term starting on the 15th reaches year 2 on the 15th): the month is split into
// segments with constant parameters, each pro rata by its calendar days. The statutory minimum
// wage has so far always changed on the 1st of a month, so in practice only the subsidy year splits.
//
// Rounding: per segment, commercially (half up; all amounts are positive): the base wage once
// from the exact product, the employer share from the rounded base, the subsidy from the rounded
// eligible amount. Months, years and totals are sums of the rounded segments, so they add up.
import { addMonthsBgb } from '../casework/legal-limits';
import {
  SUBSIDY_PERCENT_BY_YEAR, employerShareTable, maximumTermMonths, type DatedShare, type SubsidisedInstrument,
} from './subsidy-rates';

const DAY_MS = 86_400_000;

export interface DatedHourlyWage {
  validFrom: Date;
  hourlyCents: number;
}

export type WageBasis = { kind: 'MINIMUM_WAGE' } | { kind: 'COLLECTIVE_AGREEMENT'; hourlyCents: number };

export interface SubsidyInput {
  instrument: SubsidisedInstrument;
  /** First day of the employment (UTC midnight). */
  start: Date;
  /** Last day, inclusive. Without end and months, the longest term of the instrument. */
  end?: Date | null;
  /** Alternatively: the term in whole months from `start`. */
  months?: number;
  /** Weekly hours in tenths (39 h = 390; 19.5 h = 195): Decimal(4,1) in the schema. */
  hoursPerWeekTenths: number;
  wage: WageBasis;
  minimumWages: readonly DatedHourlyWage[];
  employerShares?: readonly DatedShare[];
}

export type WageSource = 'MINIMUM_WAGE' | 'COLLECTIVE_AGREEMENT' | 'MISSING';

export interface SubsidySegment {
  from: Date;
  to: Date;
  days: number;
  hourlyCents: number;
  wageSource: WageSource;
  employmentYear: number;
  subsidyPercent: number;
  shareThousandthsPercent: number;
  baseWageCents: number;
  employerShareCents: number;
  eligibleCents: number;
  subsidyCents: number;
}

export interface Amounts {
  baseWageCents: number;
  employerShareCents: number;
  eligibleCents: number;
  subsidyCents: number;
}

export interface SubsidyMonth extends Amounts {
  /** YYYY-MM */
  month: string;
  year: number;
  days: number;
  daysInMonth: number;
  segments: SubsidySegment[];
}

export interface SubsidySchedule {
  instrument: SubsidisedInstrument;
  start: Date;
  /** Last subsidised day: the requested end, cut at the instrument's longest term. */
  end: Date;
  /** The requested term ran longer than the law allows; the subsidy stops at `end`. */
  cappedAtMaximum: boolean;
  /** Some day had no minimum wage in the table (before 2015): its wage counts as 0. */
  missingMinimumWage: boolean;
  months: SubsidyMonth[];
  years: (Amounts & { year: number })[];
  total: Amounts;
}

const ZERO: Amounts = { baseWageCents: 0, employerShareCents: 0, eligibleCents: 0, subsidyCents: 0 };

/** n / d rounded half up, for non-negative integers (exact in BigInt). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function validAt<T extends { validFrom: Date }>(table: readonly T[], day: Date): T | undefined {
  let found: T | undefined;
  for (const row of table) if (row.validFrom.getTime() <= day.getTime() && (!found || row.validFrom > found.validFrom)) found = row;
  return found;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function daysInMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/** The last subsidised day and whether the law cut the requested term. */
export function subsidyEnd(input: Pick<SubsidyInput, 'instrument' | 'start' | 'end' | 'months'>): { end: Date; capped: boolean } {
  const latest = addDays(addMonthsBgb(input.start, maximumTermMonths(input.instrument)), -1);
  const requested = input.end ?? (input.months !== undefined ? addDays(addMonthsBgb(input.start, input.months), -1) : latest);
  return requested > latest ? { end: latest, capped: true } : { end: requested, capped: false };
}

function hourlyAt(input: SubsidyInput, day: Date): { hourlyCents: number; wageSource: WageSource } {
  const minimum = validAt(input.minimumWages, day)?.hourlyCents;
  if (input.wage.kind === 'COLLECTIVE_AGREEMENT' && (minimum === undefined || input.wage.hourlyCents >= minimum)) {
    return { hourlyCents: input.wage.hourlyCents, wageSource: 'COLLECTIVE_AGREEMENT' };
  }
  return minimum === undefined ? { hourlyCents: 0, wageSource: 'MISSING' } : { hourlyCents: minimum, wageSource: 'MINIMUM_WAGE' };
}

/** Days on which some parameter may change: month starts, employment years, table rows. */
function breakpoints(input: SubsidyInput, shares: readonly DatedShare[], end: Date): number[] {
  const points = new Set<number>();
  for (let m = monthStart(input.start); m <= end; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) points.add(m.getTime());
  for (let y = 1; y < SUBSIDY_PERCENT_BY_YEAR[input.instrument].length; y += 1) points.add(addMonthsBgb(input.start, 12 * y).getTime());
  for (const row of [...input.minimumWages, ...shares]) points.add(row.validFrom.getTime());
  points.add(input.start.getTime());
  points.add(addDays(end, 1).getTime());
  return [...points].filter((t) => t >= input.start.getTime() && t <= addDays(end, 1).getTime()).sort((a, b) => a - b);
}

function employmentYear(input: SubsidyInput, day: Date): number {
  let year = 1;
  while (addMonthsBgb(input.start, 12 * year) <= day) year += 1;
  return year;
}

function segment(input: SubsidyInput, shares: readonly DatedShare[], from: Date, to: Date): SubsidySegment {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  const { hourlyCents, wageSource } = hourlyAt(input, from);
  const year = employmentYear(input, from);
  const subsidyPercent = SUBSIDY_PERCENT_BY_YEAR[input.instrument][year - 1] ?? 0;
  const share = validAt(shares, from)?.thousandthsPercent ?? 0;
  // hours/10 × 52/12 weeks × days/daysInMonth = hoursTenths × 52 × days / (120 × daysInMonth)
  const base = divRoundHalfUp(BigInt(hourlyCents) * BigInt(input.hoursPerWeekTenths) * 52n * BigInt(days), 120n * BigInt(daysInMonth(from)));
  const employerShare = divRoundHalfUp(base * BigInt(share), 100_000n);
  const eligible = base + employerShare;
  const subsidy = divRoundHalfUp(eligible * BigInt(subsidyPercent), 100n);
  return {
    from, to, days, hourlyCents, wageSource, employmentYear: year, subsidyPercent, shareThousandthsPercent: share,
    baseWageCents: Number(base), employerShareCents: Number(employerShare), eligibleCents: Number(eligible), subsidyCents: Number(subsidy),
  };
}

function add(a: Amounts, b: Amounts): Amounts {
  return {
    baseWageCents: a.baseWageCents + b.baseWageCents,
    employerShareCents: a.employerShareCents + b.employerShareCents,
    eligibleCents: a.eligibleCents + b.eligibleCents,
    subsidyCents: a.subsidyCents + b.subsidyCents,
  };
}

export function sumAmounts(rows: readonly Amounts[]): Amounts {
  return rows.reduce<Amounts>((sum, row) => add(sum, row), ZERO);
}

export function calculateSubsidy(input: SubsidyInput): SubsidySchedule {
  if (!Number.isInteger(input.hoursPerWeekTenths) || input.hoursPerWeekTenths <= 0) throw new RangeError('Wochenstunden müssen positiv sein.');
  const shares = input.employerShares ?? employerShareTable();
  const { end, capped } = subsidyEnd(input);
  const months: SubsidyMonth[] = [];
  const points = breakpoints(input, shares, end);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = new Date(points[i]!);
    const seg = segment(input, shares, from, addDays(new Date(points[i + 1]!), -1));
    const key = from.toISOString().slice(0, 7);
    let month = months.at(-1);
    if (month?.month !== key) {
      month = { month: key, year: from.getUTCFullYear(), days: 0, daysInMonth: daysInMonth(from), segments: [], ...ZERO };
      months.push(month);
    }
    Object.assign(month, add(month, seg), { days: month.days + seg.days });
    month.segments.push(seg);
  }
  const years = new Map<number, Amounts>();
  for (const m of months) years.set(m.year, add(years.get(m.year) ?? ZERO, m));
  return {
    instrument: input.instrument,
    start: input.start,
    end,
    cappedAtMaximum: capped,
    missingMinimumWage: months.some((m) => m.segments.some((s) => s.wageSource === 'MISSING')),
    months,
    years: [...years.entries()].map(([year, amounts]) => ({ year, ...amounts })),
    total: sumAmounts(months),
  };
}

/** Hours per week (Decimal(4,1) as number or string) in tenths: "19.5" → 195. */
export function hoursToTenths(hours: number | string | { toString(): string }): number {
  return Math.round(Number(hours.toString()) * 10);
}
