// Dated reference values for the subsidy and savings calculations.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { day } from './dates';

// Statutory minimum wage per hour, in cents: §1 Abs. 2 MiLoG (8,50 € from 1.1.2015); Erste
// Mindestlohnanpassungsverordnung (8,84 € from 2017); Zweite (9,19 € 2019, 9,35 € 2020); Dritte
// (9,50 € 1/2021, 9,60 € 7/2021, 9,82 € 1/2022, 10,45 € 7/2022); Mindestlohnerhöhungsgesetz of
// 28.6.2022 (12,00 € from 1.10.2022); Vierte (12,41 € 2024, 12,82 € 2025); Fünfte (13,90 € from
// 1.1.2026, 14,60 € from 1.1.2027).
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

// Regelbedarf for a single adult (Regelbedarfsstufe 1, §20 SGB II, §28 SGB XII with the
// Regelbedarfsermittlungsgesetze and the yearly Regelbedarfsstufen-Fortschreibungsverordnungen;
// since 2023 Bürgergeld), in cents: 382 € (2013), 391 € (2014), 399 € (2015), 404 € (2016),
// 409 € (2017), 416 € (2018), 424 € (2019), 432 € (2020), 446 € (2021), 449 € (2022),
// 502 € (2023), 563 € (2024; unchanged in 2025 and 2026, "Nullrunden" under §28a SGB XII).
//
// Housing costs (Kosten der Unterkunft und Heizung, §22 SGB II) are an ASSUMPTION, not a
// published figure: rounded estimates of the average recognised monthly housing and heating
// costs of a single-person household on SGB II benefits in the Ruhr area, rising with rents
// and, from 2022, heating prices. The reference to check them against is the Statistik der
// Bundesagentur für Arbeit, „Grundsicherung für Arbeitsuchende – Wohn- und Kostensituation“
// (anerkannte laufende Kosten der Unterkunft je Single-Bedarfsgemeinschaft, by Kreis);
// admins correct them on /verwaltung/mindestlohn.
export const BENEFIT_RATES: readonly { validFrom: string; standardRateCents: number; housingCostsCents: number }[] = [
  { validFrom: '2013-01-01', standardRateCents: 38_200, housingCostsCents: 33_000 },
  { validFrom: '2014-01-01', standardRateCents: 39_100, housingCostsCents: 33_500 },
  { validFrom: '2015-01-01', standardRateCents: 39_900, housingCostsCents: 34_000 },
  { validFrom: '2016-01-01', standardRateCents: 40_400, housingCostsCents: 34_500 },
  { validFrom: '2017-01-01', standardRateCents: 40_900, housingCostsCents: 35_500 },
  { validFrom: '2018-01-01', standardRateCents: 41_600, housingCostsCents: 36_500 },
  { validFrom: '2019-01-01', standardRateCents: 42_400, housingCostsCents: 37_500 },
  { validFrom: '2020-01-01', standardRateCents: 43_200, housingCostsCents: 38_500 },
  { validFrom: '2021-01-01', standardRateCents: 44_600, housingCostsCents: 39_500 },
  { validFrom: '2022-01-01', standardRateCents: 44_900, housingCostsCents: 41_000 },
  { validFrom: '2023-01-01', standardRateCents: 50_200, housingCostsCents: 44_500 },
  { validFrom: '2024-01-01', standardRateCents: 56_300, housingCostsCents: 46_500 },
  { validFrom: '2025-01-01', standardRateCents: 56_300, housingCostsCents: 48_000 },
  { validFrom: '2026-01-01', standardRateCents: 56_300, housingCostsCents: 49_000 },
];

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.minimumWage.createMany({
    data: MINIMUM_WAGES.map(([validFrom, hourlyCents]) => ({ validFrom: day(validFrom), hourlyCents })),
  });
  await prisma.benefitRate.createMany({
    data: BENEFIT_RATES.map((rate) => ({ ...rate, validFrom: day(rate.validFrom) })),
  });
}
