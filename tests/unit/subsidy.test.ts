// The subsidy calculator against tables computed by hand. Every table below can be checked
// with a pocket calculator: amounts in cents, "→" marks a commercial rounding (half up).
//
// Minimum wage (MiLoG, Mindestlohnanpassungsverordnungen): 12.41 € from 1.1.2024, 12.82 € from
// 1.1.2025, 13.90 € from 1.1.2026, 14.60 € from 1.1.2027.
// Employer's flat share without unemployment insurance (subsidy-rates.ts):
//   2024: 8.15 + 9.3 + 1.7 = 19.15 %;  2025: 8.55 + 9.3 + 1.8 = 19.65 %;  2026 (and later, until a
//   new row): 8.75 + 9.3 + 1.8 = 19.85 %.
// Monthly hours = weekly hours × 52/12: 30 h → 130 h; 39 h → 169 h; 40 h → 173.33… h.
import { describe, expect, it } from 'vitest';
import { calculateSubsidy, hoursToTenths, type DatedHourlyWage, type SubsidySchedule } from '@/lib/funding/subsidy';
import { employerShareTable, EMPLOYER_SHARE_RATES } from '@/lib/funding/subsidy-rates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const MINIMUM_WAGES: DatedHourlyWage[] = [
  ['2015-01-01', 850], ['2017-01-01', 884], ['2019-01-01', 919], ['2020-01-01', 935], ['2021-01-01', 950],
  ['2021-07-01', 960], ['2022-01-01', 982], ['2022-07-01', 1045], ['2022-10-01', 1200], ['2024-01-01', 1241],
  ['2025-01-01', 1282], ['2026-01-01', 1390], ['2027-01-01', 1460],
].map(([validFrom, hourlyCents]) => ({ validFrom: day(validFrom as string), hourlyCents: hourlyCents as number }));

const month = (s: SubsidySchedule, key: string) => s.months.find((m) => m.month === key)!;
const yearSubsidy = (s: SubsidySchedule) => Object.fromEntries(s.years.map((y) => [y.year, y.subsidyCents]));

describe('employer share table', () => {
  it('sums health, pension and care to the flat rate of each date', () => {
    const table = employerShareTable();
    expect(table.map((r) => r.thousandthsPercent)).toEqual([
      17_775, 17_825, 17_925, 17_875, 18_575, 18_675, 18_775, 18_925, 19_100, 19_150, 19_650, 19_850,
    ]);
    expect(table).toHaveLength(EMPLOYER_SHARE_RATES.length);
  });
});

describe('§16e, part time (30 h), minimum wage, 1.7.2025 for 24 months', () => {
  // Crosses two minimum-wage changes (1.1.2026, 1.1.2027), two calendar-year boundaries and the
  // change of the employment year on 1.7.2026 (75 % → 50 %, §16e Abs. 2 Satz 2 SGB II).
  //
  // | months             | hourly | base = ×130 | share (rate)               | eligible | rate | subsidy             |
  // |--------------------|--------|-------------|----------------------------|----------|------|---------------------|
  // | 07–12/2025 (6)     | 1282   | 166660      | ×19.65 % = 32748.69 → 32749 | 199409   | 75 % | 149556.75 → 149557  |
  // | 01–06/2026 (6)     | 1390   | 180700      | ×19.85 % = 35868.95 → 35869 | 216569   | 75 % | 162426.75 → 162427  |
  // | 07–12/2026 (6)     | 1390   | 180700      | 35869                       | 216569   | 50 % | 108284.5  → 108285  |
  // | 01–06/2027 (6)     | 1460   | 189800      | ×19.85 % = 37675.3 → 37675  | 227475   | 50 % | 113737.5  → 113738  |
  //
  // per year: 2025 6 × 149557 = 897342; 2026 6 × 162427 + 6 × 108285 = 1624272; 2027 6 × 113738 = 682428
  // total 3204042 (32 040,42 €)
  const s = calculateSubsidy({
    instrument: 'PARA_16E', start: day('2025-07-01'), months: 24, hoursPerWeekTenths: 300,
    wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
  });

  it('runs 24 calendar months to 30.6.2027', () => {
    expect(s.months).toHaveLength(24);
    expect(s.end).toEqual(day('2027-06-30'));
    expect(s.cappedAtMaximum).toBe(false);
  });

  it('matches the hand table month by month', () => {
    expect(month(s, '2025-07')).toMatchObject({ baseWageCents: 166_660, employerShareCents: 32_749, eligibleCents: 199_409, subsidyCents: 149_557 });
    expect(month(s, '2026-01')).toMatchObject({ baseWageCents: 180_700, employerShareCents: 35_869, eligibleCents: 216_569, subsidyCents: 162_427 });
    expect(month(s, '2026-06').segments[0]).toMatchObject({ subsidyPercent: 75, employmentYear: 1 });
    expect(month(s, '2026-07')).toMatchObject({ eligibleCents: 216_569, subsidyCents: 108_285 });
    expect(month(s, '2026-07').segments[0]).toMatchObject({ subsidyPercent: 50, employmentYear: 2, hourlyCents: 1390 });
    expect(month(s, '2027-01')).toMatchObject({ baseWageCents: 189_800, employerShareCents: 37_675, eligibleCents: 227_475, subsidyCents: 113_738 });
  });

  it('totals per calendar year and overall', () => {
    expect(yearSubsidy(s)).toEqual({ 2025: 897_342, 2026: 1_624_272, 2027: 682_428 });
    expect(s.total.subsidyCents).toBe(3_204_042);
  });
});

describe('§16i, full time (40 h), minimum wage, 1.1.2024 for the full five years', () => {
  // base = hourly × 2080 / 12 (40 h × 52 / 12)
  //
  // | year | hourly | base                      | share                          | eligible | rate  | subsidy / month       | × 12     |
  // |------|--------|---------------------------|--------------------------------|----------|-------|-----------------------|----------|
  // | 2024 | 1241   | 215106.67 → 215107        | ×19.15 % = 41192.99 → 41193     | 256300   | 100 % | 256300                | 3075600  |
  // | 2025 | 1282   | 222213.33 → 222213        | ×19.65 % = 43664.85 → 43665     | 265878   | 100 % | 265878                | 3190536  |
  // | 2026 | 1390   | 240933.33 → 240933        | ×19.85 % = 47825.20 → 47825     | 288758   |  90 % | 259882.2  → 259882    | 3118584  |
  // | 2027 | 1460   | 253066.67 → 253067        | ×19.85 % = 50233.80 → 50234     | 303301   |  80 % | 242640.8  → 242641    | 2911692  |
  // | 2028 | 1460   | 253067                    | 50234                           | 303301   |  70 % | 212310.7  → 212311    | 2547732  |
  //
  // total 14844144 (148 441,44 €); the last day is 31.12.2028 (§16i Abs. 5: at most five years).
  const s = calculateSubsidy({
    instrument: 'PARA_16I', start: day('2024-01-01'), hoursPerWeekTenths: 400,
    wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
  });

  it('runs 60 months, with the rate falling by year of employment', () => {
    expect(s.months).toHaveLength(60);
    expect(s.end).toEqual(day('2028-12-31'));
    expect(['2024-06', '2025-06', '2026-06', '2027-06', '2028-06'].map((k) => month(s, k).segments[0]!.subsidyPercent)).toEqual([100, 100, 90, 80, 70]);
  });

  it('matches the hand table', () => {
    expect(month(s, '2024-02')).toMatchObject({ baseWageCents: 215_107, employerShareCents: 41_193, subsidyCents: 256_300 });
    expect(month(s, '2026-12')).toMatchObject({ baseWageCents: 240_933, employerShareCents: 47_825, subsidyCents: 259_882 });
    expect(month(s, '2028-12')).toMatchObject({ eligibleCents: 303_301, subsidyCents: 212_311 });
    expect(yearSubsidy(s)).toEqual({ 2024: 3_075_600, 2025: 3_190_536, 2026: 3_118_584, 2027: 2_911_692, 2028: 2_547_732 });
    expect(s.total.subsidyCents).toBe(14_844_144);
  });
});

describe('§16e, collectively agreed 15,00 €, 39 h, from 15.3.2025: partial months and a split month', () => {
  // base of a full month = 1500 × 169 = 253500; partial months pro rata by calendar days.
  // The employment year 2 begins on 15.3.2026, so March 2026 has two segments.
  //
  // | month / segment          | days  | base                         | share                          | eligible | rate | subsidy              |
  // |--------------------------|-------|------------------------------|--------------------------------|----------|------|----------------------|
  // | 03/2025 (15.–31.)        | 17/31 | 4309500/31 = 139016.13 → 139016 | ×19.65 % = 27316.64 → 27317 | 166333   | 75 % | 124749.75 → 124750   |
  // | 04–12/2025 (9 months)    | full  | 253500                       | ×19.65 % = 49812.75 → 49813     | 303313   | 75 % | 227484.75 → 227485   |
  // | 01–02/2026 (2 months)    | full  | 253500                       | ×19.85 % = 50319.75 → 50320     | 303820   | 75 % | 227865               |
  // | 03/2026 1.–14.           | 14/31 | 3549000/31 = 114483.87 → 114484 | ×19.85 % = 22725.07 → 22725 | 137209   | 75 % | 102906.75 → 102907   |
  // | 03/2026 15.–31.          | 17/31 | 139016                       | ×19.85 % = 27594.68 → 27595     | 166611   | 50 % | 83305.5   → 83306    |
  // | 04–12/2026 (9 months)    | full  | 253500                       | 50320                           | 303820   | 50 % | 151910               |
  // | 01–02/2027 (2 months)    | full  | 253500                       | 50320                           | 303820   | 50 % | 151910               |
  // | 03/2027 1.–14.           | 14/31 | 114484                       | 22725                           | 137209   | 50 % | 68604.5   → 68605    |
  //
  // 2025: 124750 + 9 × 227485 = 2172115; 2026: 2 × 227865 + 102907 + 83306 + 9 × 151910 = 2009133;
  // 2027: 2 × 151910 + 68605 = 372425; total 4553673. The term ends 14.3.2027 (24 months).
  const s = calculateSubsidy({
    instrument: 'PARA_16E', start: day('2025-03-15'), end: day('2027-03-14'), hoursPerWeekTenths: hoursToTenths('39.0'),
    wage: { kind: 'COLLECTIVE_AGREEMENT', hourlyCents: 1500 }, minimumWages: MINIMUM_WAGES,
  });

  it('prorates the first and last month by calendar days', () => {
    expect(month(s, '2025-03')).toMatchObject({ days: 17, daysInMonth: 31, baseWageCents: 139_016, employerShareCents: 27_317, subsidyCents: 124_750 });
    expect(month(s, '2027-03')).toMatchObject({ days: 14, baseWageCents: 114_484, subsidyCents: 68_605 });
    expect(s.months).toHaveLength(25);
  });

  it('splits the month in which the second employment year begins', () => {
    const march = month(s, '2026-03');
    expect(march.segments.map((g) => [g.days, g.subsidyPercent, g.subsidyCents])).toEqual([[14, 75, 102_907], [17, 50, 83_306]]);
    expect(march).toMatchObject({ days: 31, baseWageCents: 253_500, employerShareCents: 50_320, eligibleCents: 303_820, subsidyCents: 186_213 });
    expect(march.segments.every((g) => g.wageSource === 'COLLECTIVE_AGREEMENT' && g.hourlyCents === 1500)).toBe(true);
  });

  it('totals per calendar year', () => {
    expect(yearSubsidy(s)).toEqual({ 2025: 2_172_115, 2026: 2_009_133, 2027: 372_425 });
    expect(s.total.subsidyCents).toBe(4_553_673);
  });
});

describe('edge rules', () => {
  it('never pays below the minimum wage: an agreed 13,00 € gives way to 13,90 € in 2026', () => {
    const s = calculateSubsidy({
      instrument: 'PARA_16E', start: day('2025-07-01'), months: 12, hoursPerWeekTenths: 300,
      wage: { kind: 'COLLECTIVE_AGREEMENT', hourlyCents: 1300 }, minimumWages: MINIMUM_WAGES,
    });
    expect(month(s, '2025-12').segments[0]).toMatchObject({ hourlyCents: 1300, wageSource: 'COLLECTIVE_AGREEMENT' });
    expect(month(s, '2026-01').segments[0]).toMatchObject({ hourlyCents: 1390, wageSource: 'MINIMUM_WAGE' });
  });

  it('cuts a term longer than the law allows (§16e: 24 months)', () => {
    const s = calculateSubsidy({
      instrument: 'PARA_16E', start: day('2025-01-01'), end: day('2027-12-31'), hoursPerWeekTenths: 400,
      wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
    });
    expect(s.cappedAtMaximum).toBe(true);
    expect(s.end).toEqual(day('2026-12-31'));
    expect(s.months).toHaveLength(24);
  });

  it('flags days without a statutory minimum wage (before 2015) instead of guessing', () => {
    const s = calculateSubsidy({
      instrument: 'PARA_16E', start: day('2014-07-01'), months: 12, hoursPerWeekTenths: 390,
      wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
    });
    expect(s.missingMinimumWage).toBe(true);
    expect(month(s, '2014-12').subsidyCents).toBe(0);
    expect(month(s, '2015-01').segments[0]).toMatchObject({ hourlyCents: 850, wageSource: 'MINIMUM_WAGE' });
  });

  it('gives an empty schedule for a term that ends before it starts', () => {
    const s = calculateSubsidy({
      instrument: 'PARA_16I', start: day('2025-05-01'), end: day('2025-04-30'), hoursPerWeekTenths: 400,
      wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
    });
    expect(s.months).toEqual([]);
    expect(s.total.subsidyCents).toBe(0);
  });

  it('refuses non-positive hours', () => {
    expect(() => calculateSubsidy({
      instrument: 'PARA_16I', start: day('2025-05-01'), hoursPerWeekTenths: 0, wage: { kind: 'MINIMUM_WAGE' }, minimumWages: MINIMUM_WAGES,
    })).toThrow(RangeError);
  });
});
