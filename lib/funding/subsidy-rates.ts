// The legal parameters of the wage subsidies (§16e and §16i SGB II, as in force since
// 1.1.2019, Teilhabechancengesetz), as data with their sources. Pure; safe in the client.
import type { SubsidyInstrument } from '../generated/prisma/enums';

export type SubsidisedInstrument = Extract<SubsidyInstrument, 'PARA_16E' | 'PARA_16I'>;

export const SUBSIDISED_INSTRUMENTS: readonly SubsidisedInstrument[] = ['PARA_16E', 'PARA_16I'];

export function isSubsidised(instrument: SubsidyInstrument | null | undefined): instrument is SubsidisedInstrument {
  return instrument === 'PARA_16E' || instrument === 'PARA_16I';
}

/**
 * Subsidy rate in per cent for each year of the employment relationship ("Jahr des
 * Arbeitsverhältnisses", counted from its first day, not by calendar year):
 * - §16e Abs. 2 Satz 1–2 SGB II: granted for the first two years; 75 % in year 1, 50 % in year 2.
 * - §16i Abs. 2 Satz 1 SGB II: 100 % in years 1 and 2, 90 % in year 3, 80 % in year 4,
 *   70 % in year 5; at most five years (§16i Abs. 5 Satz 1 SGB II).
 * The length of the array is the longest term the subsidy can run.
 */
export const SUBSIDY_PERCENT_BY_YEAR: Record<SubsidisedInstrument, readonly number[]> = {
  PARA_16E: [75, 50],
  PARA_16I: [100, 100, 90, 80, 70],
};

export function maximumTermMonths(instrument: SubsidisedInstrument): number {
  return SUBSIDY_PERCENT_BY_YEAR[instrument].length * 12;
}

/**
 * The employer's share of the Gesamtsozialversicherungsbeitrag (§28d SGB IV: health, care,
 * pension and unemployment insurance) WITHOUT the contribution to unemployment insurance
 * ("Beitrag zur Arbeitsförderung"), which both §16e Abs. 2 Satz 3 and §16i Abs. 2 Satz 1 SGB II
 * add to the eligible wage as a flat ("pauschalierter") share. The employments are in any case
 * free of unemployment insurance (§27 Abs. 3 Nr. 5 SGB III). Levies (U1, U2, Insolvenzgeld)
 * and accident insurance are not part of the Gesamtsozialversicherungsbeitrag and not included.
 *
 * Flat = the statutory rates, with the average additional health contribution instead of the
 * individual fund's, and without the childless supplement to care insurance (employee only).
 * Components in thousandths of a per cent (7 300 = 7.3 %):
 * - health: half the general rate of 14.6 % (§241, §249 Abs. 1 SGB V; 2013/14: 15.5 %, of which
 *   the employer paid 7.3 %) plus, since 1.1.2019 (GKV-Versichertenentlastungsgesetz), half the
 *   average additional contribution (§242a SGB V, announced yearly by the BMG): 0.9 % (2019),
 *   1.1 % (2020), 1.3 % (2021, 2022), 1.6 % (2023), 1.7 % (2024), 2.5 % (2025), 2.9 % (2026);
 * - pension: half the rate of the Beitragssatzverordnung of the year: 18.9 % (2013, 2014),
 *   18.7 % (2015–2017), 18.6 % (since 2018);
 * - care: the employer's half (§58 Abs. 1 SGB XI; outside Saxony) of §55 Abs. 1 SGB XI: 2.05 %
 *   (2013, 2014), 2.35 % (2015, 2016), 2.55 % (2017, 2018), 3.05 % (2019 to June 2023),
 *   3.4 % (from 1.7.2023, PUEG), 3.6 % (from 2025).
 * The jobcenter's own flat rate in its decision (Bewilligungsbescheid) prevails where it differs;
 * callers can pass another table to the calculator.
 */
export interface EmployerShareRate {
  validFrom: string;
  health: number;
  pension: number;
  care: number;
}

export const EMPLOYER_SHARE_RATES: readonly EmployerShareRate[] = [
  { validFrom: '2013-01-01', health: 7_300, pension: 9_450, care: 1_025 },
  { validFrom: '2015-01-01', health: 7_300, pension: 9_350, care: 1_175 },
  { validFrom: '2017-01-01', health: 7_300, pension: 9_350, care: 1_275 },
  { validFrom: '2018-01-01', health: 7_300, pension: 9_300, care: 1_275 },
  { validFrom: '2019-01-01', health: 7_750, pension: 9_300, care: 1_525 },
  { validFrom: '2020-01-01', health: 7_850, pension: 9_300, care: 1_525 },
  { validFrom: '2021-01-01', health: 7_950, pension: 9_300, care: 1_525 },
  { validFrom: '2023-01-01', health: 8_100, pension: 9_300, care: 1_525 },
  { validFrom: '2023-07-01', health: 8_100, pension: 9_300, care: 1_700 },
  { validFrom: '2024-01-01', health: 8_150, pension: 9_300, care: 1_700 },
  { validFrom: '2025-01-01', health: 8_550, pension: 9_300, care: 1_800 },
  { validFrom: '2026-01-01', health: 8_750, pension: 9_300, care: 1_800 },
];

/** A dated flat rate in thousandths of a per cent (19 150 = 19.15 %). */
export interface DatedShare {
  validFrom: Date;
  thousandthsPercent: number;
}

export function employerShareTable(rates: readonly EmployerShareRate[] = EMPLOYER_SHARE_RATES): DatedShare[] {
  return rates.map((r) => ({ validFrom: new Date(`${r.validFrom}T00:00:00Z`), thousandthsPercent: r.health + r.pension + r.care }));
}
