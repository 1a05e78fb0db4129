// Dated reference values for the subsidy and savings calculations.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { day } from './dates';

// Statutory minimum wage per hour (MiLoG and the Mindestlohnanpassungsverordnungen), in cents.
export const MINIMUM_WAGES: readonly (readonly [string, number])[] = [
  ['2015-01-01', 850],
  ['2017-01-01', 884],
  ['2019-01-01', 919],
  ['2020-01-01', 935],
  ['2021-01-01', 950],
  ['2021-07-01', 960],
  ['2022-01-01', 982],
  ['2022-07-01', 1045],
  ['2022-10-01', 1200],
  ['2024-01-01', 1241],
  ['2025-01-01', 1282],
  ['2026-01-01', 1390],
  ['2027-01-01', 1460],
];

// Regelbedarf for a single adult (Regelbedarfsstufe 1, SGB II/XII) in cents. The housing
// costs (Kosten der Unterkunft und Heizung) are an ASSUMPTION: a plausible Ruhr-area
// average for a single person, not a published figure; admins can correct them.
export const BENEFIT_RATES: readonly { validFrom: string; standardRateCents: number; housingCostsCents: number }[] = [
  { validFrom: '2013-01-01', standardRateCents: 38_200, housingCostsCents: 35_000 },
  { validFrom: '2019-01-01', standardRateCents: 42_400, housingCostsCents: 40_000 },
  { validFrom: '2024-01-01', standardRateCents: 56_300, housingCostsCents: 48_000 },
];

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.minimumWage.createMany({
    data: MINIMUM_WAGES.map(([validFrom, hourlyCents]) => ({ validFrom: day(validFrom), hourlyCents })),
  });
  await prisma.benefitRate.createMany({
    data: BENEFIT_RATES.map((rate) => ({ ...rate, validFrom: day(rate.validFrom) })),
  });
}
