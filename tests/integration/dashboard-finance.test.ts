// The page "Finanzen" on the seed programmes (ISB's published 53 / 26 / 21 %, the savings
// rollup against a day-by-day recomputation and lib/funding/savings-queries.ts) and on a
// crafted city whose small placement counts must not show to an official.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { createEnrolment, createFundingSource, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { unsafeRebuildRollups } from '@/lib/dashboard/rollups';
import { divRoundHalfUp } from '@/lib/funding/subsidy';
import { monthlyBenefitAt } from '@/lib/funding/savings';
import type { Count } from '@/lib/dashboard/suppress';

let database: TestDatabase;
let financing: typeof import('@/lib/dashboard/financing');
let cost: typeof import('@/lib/dashboard/cost-per-placement');
let tables: typeof import('@/lib/dashboard/finance-tables');

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const n = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
// Savings count to the end of the month before "today".
const TODAY = day(2026, 11, 15);
const CUTOFF = day(2026, 10, 31);

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

// Thirtieths saved per project and month up to CUTOFF, straight from the base tables and
// day by day: written apart from the rollup's SQL on purpose.
const NAIVE_UNITS = `
  WITH job AS (
    SELECT e."projectId", e.id, min(ph."startDate") AS s, bool_or(ph."endDate" IS NULL) AS open, max(ph."endDate") AS je
    FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId"
    WHERE ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') GROUP BY 1, 2
  ), confirmed AS (
    SELECT "enrolmentId" AS id, max("dueAt") AS c FROM "FollowUp" WHERE "stillEmployed" IS TRUE GROUP BY 1
  ), span AS (
    SELECT j."projectId", j.id, j.s, CASE WHEN j.open THEN $1::date ELSE LEAST($1::date, GREATEST(j.je, c.c)) END AS e
    FROM job j LEFT JOIN confirmed c ON c.id = j.id
  ), days AS (
    SELECT "projectId", id, date_trunc('month', d)::date AS month, count(*)::int AS n
    FROM span, generate_series(s::timestamp, e::timestamp, interval '1 day') AS d WHERE e >= s GROUP BY 1, 2, 3
  )
  SELECT "projectId"::text AS "projectId", to_char(month, 'YYYY-MM') AS month,
         sum(CASE WHEN n = extract(day FROM month + interval '1 month' - interval '1 day') THEN 30 ELSE LEAST(n, 30) END)::int AS units
  FROM days GROUP BY 1, 2 ORDER BY 1, 2`;

// The same from RollupSavingsMonth: open spans fill every month after their first.
const STORED_UNITS = `
  WITH months AS (SELECT generate_series('2000-01-01'::timestamp, date_trunc('month', $1::date)::timestamp, interval '1 month')::date AS month),
  grid AS (
    SELECT p.id AS "projectId", m.month, COALESCE(r.thirtieths, 0) AS t, COALESCE(r."openStarted", 0) AS o
    FROM "Project" p CROSS JOIN months m LEFT JOIN "RollupSavingsMonth" r ON r."projectId" = p.id AND r.month = m.month
  ), units AS (
    SELECT "projectId", month, t + 30 * (sum(o) OVER (PARTITION BY "projectId" ORDER BY month) - o) AS units FROM grid
  )
  SELECT "projectId"::text AS "projectId", to_char(month, 'YYYY-MM') AS month, units::int AS units FROM units
  WHERE units <> 0 ORDER BY 1, 2`;

type Units = { projectId: string; month: string; units: number };

async function expectRollupExact(): Promise<Units[]> {
  const [naive, stored] = await Promise.all([
    database.prisma.$queryRawUnsafe<Units[]>(NAIVE_UNITS, CUTOFF), database.prisma.$queryRawUnsafe<Units[]>(STORED_UNITS, CUTOFF),
  ]);
  expect(stored).toEqual(naive);
  return naive;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  financing = await import('@/lib/dashboard/financing');
  cost = await import('@/lib/dashboard/cost-per-placement');
  tables = await import('@/lib/dashboard/finance-tables');
}, 180_000);
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('on the seed', () => {
  it('ISB, „Aktiv statt passiv!“: 53 / 26 / 21 % planned, no actual amounts, for its coordinator and the Land', async () => {
    const isb = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    const views = [
      await financing.getFinanceDashboard(await demoActor('koordination.isb@'), {}),
      await financing.getFinanceDashboard(await demoActor('land.nrw@'), { ebene: 'projekt', projekt: isb.id, von: '2013-01', bis: '2015-08' }),
    ];
    for (const view of views) {
      expect(view!.selection.projectIds).toEqual([isb.id]);
      expect(view!.financing.years).toEqual({ from: 2013, to: 2015 });
      expect(view!.financing.rows.map((r) => [r.kind, r.plannedPercent, r.actualPercent])).toEqual([
        ['JOBCENTER_AND_MUNICIPALITY', 53, null], ['LAND_AND_ESF', 26, null], ['EMPLOYERS', 21, null],
      ]);
      expect(view!.financing.total).toEqual({ plannedCents: 930_000_000n, actualCents: null });
    }
  });

  it('ISB over its running time: the whole 9,3 Mio. € (planned) over its placements', async () => {
    const dashboard = (await financing.getFinanceDashboard(await demoActor('koordination.isb@'), {}))!;
    const placed = await database.prisma.$queryRaw<{ n: number }[]>`
      SELECT COALESCE(sum(value), 0)::int AS n FROM "RollupProjectMonth" WHERE "projectId" = ${dashboard.selection.projectIds[0]}::uuid
        AND figure = 'placed' AND month BETWEEN '2013-01-01' AND '2015-08-01'`;
    const placements = placed[0]!.n;
    expect(placements).toBeGreaterThan(0);
    const [row] = dashboard.cost.projects;
    expect(row).toMatchObject({ name: 'Aktiv statt passiv!', basis: 'planned', costCents: 930_000_000, placements: n(placements) });
    expect(row!.costPerPlacementCents).toBe(Math.round(930_000_000 / placements));
    expect(dashboard.cost.total).toEqual(Object.fromEntries(Object.entries(row!).filter(([k]) => k !== 'projectId' && k !== 'name')));
  });

  it('half of 2014 costs half of each 2014 amount', async () => {
    const isb = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    const amounts = await database.prisma.fundingAmount.findMany({ where: { year: 2014, fundingSource: { projectId: isb.id } } });
    const expected = amounts.reduce((sum, a) => sum + Math.round(Number(a.plannedCents) / 2), 0);
    const dashboard = (await financing.getFinanceDashboard(await demoActor('koordination.isb@'), { von: '2014-01', bis: '2014-06' }))!;
    expect(dashboard.cost.projects[0]!.costCents).toBe(expected);
  });

  it('the savings rollup equals a day-by-day recomputation and savings-queries.ts', async () => {
    const naive = await expectRollupExact();
    const projects = await database.prisma.project.findMany({ select: { id: true, name: true, city: true } });
    const { savingsByProject } = await import('@/lib/funding/savings-queries');
    const reference = await savingsByProject(projects.map((p) => p.id), CUTOFF);
    const rates = await database.prisma.benefitRate.findMany();
    const selection = {
      projectIds: projects.map((p) => p.id), from: day(2000, 1, 1), to: day(2026, 12, 1), exact: true, options: { projects },
    };
    const figures = await cost.costPerPlacementFor(selection, TODAY);
    expect(figures.savingsThrough).toEqual(CUTOFF);
    let withSavings = 0;
    for (const project of projects) {
      const months = naive.filter((u) => u.projectId === project.id);
      expect(months.reduce((sum, u) => sum + u.units, 0)).toBe(reference.get(project.id)!.thirtieths);
      const cents = months.reduce((sum, u) => {
        const rate = monthlyBenefitAt(rates, new Date(`${u.month}-01T00:00:00Z`));
        return sum + Number(divRoundHalfUp(BigInt(rate) * BigInt(u.units), 30n));
      }, 0);
      expect(figures.projects.find((p) => p.projectId === project.id)!.savingsCents).toBe(cents);
      if (cents > 0) withSavings += 1;
    }
    expect(withSavings).toBeGreaterThanOrEqual(4);
  });

  it('keeps the rollup exact through writes, and rebuilds it with the other rollups', async () => {
    const [first, second] = await database.prisma.project.findMany({ orderBy: { name: 'asc' }, take: 2 });
    const jobKinds = { in: ['SUBSIDISED_JOB', 'REGULAR_JOB'] as ('SUBSIDISED_JOB' | 'REGULAR_JOB')[] };
    const enrolment = await database.prisma.enrolment.findFirstOrThrow({ where: { projectId: first!.id, phases: { some: { kind: jobKinds } } } });
    const job = await database.prisma.phase.findFirstOrThrow({ where: { enrolmentId: enrolment.id, kind: jobKinds }, orderBy: { startDate: 'desc' } });
    await database.prisma.phase.update({ where: { id: job.id }, data: { endDate: job.endDate ? null : new Date(job.startDate.getTime() + 40 * 86_400_000) } });
    await expectRollupExact();
    await database.prisma.followUp.upsert({
      where: { enrolmentId_monthsAfter: { enrolmentId: enrolment.id, monthsAfter: 12 } },
      create: { enrolmentId: enrolment.id, monthsAfter: 12, dueAt: day(2024, 5, 17), completedAt: day(2024, 5, 17), stillEmployed: true },
      update: { dueAt: day(2024, 5, 17), stillEmployed: true },
    });
    await expectRollupExact();
    await database.prisma.enrolment.update({ where: { id: enrolment.id }, data: { projectId: second!.id } });
    await expectRollupExact();
    await database.prisma.phase.create({ data: { enrolmentId: enrolment.id, kind: 'SUBSIDISED_JOB', startDate: day(2015, 2, 14), endDate: day(2015, 3, 2) } });
    await expectRollupExact();
    await database.prisma.enrolment.delete({ where: { id: enrolment.id } });
    await expectRollupExact();
    // A deterministic random mix of writes, some in plain SQL touching several rows at once.
    let seedValue = 7;
    const rnd = () => ((seedValue = (seedValue * 16_807) % 2_147_483_647) / 2_147_483_647);
    const enrolments = await database.prisma.enrolment.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 40 });
    for (let i = 0; i < 40; i++) {
      const enrolmentId = enrolments[Math.floor(rnd() * enrolments.length)]!.id;
      const start = day(2014 + Math.floor(rnd() * 10), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
      const choice = Math.floor(rnd() * 5);
      if (choice === 0) {
        await database.prisma.phase.create({ data: { enrolmentId, kind: rnd() < 0.5 ? 'REGULAR_JOB' : 'SUBSIDISED_JOB', startDate: start, endDate: rnd() < 0.5 ? null : new Date(start.getTime() + rnd() * 400 * 86_400_000) } });
      } else if (choice === 1) {
        await database.prisma.$executeRawUnsafe(`UPDATE "Phase" SET "endDate" = CASE WHEN "endDate" IS NULL THEN "startDate" + 90 ELSE NULL END WHERE "enrolmentId" = $1::uuid AND kind IN ('REGULAR_JOB', 'SUBSIDISED_JOB')`, enrolmentId);
      } else if (choice === 2) {
        await database.prisma.$executeRawUnsafe(`DELETE FROM "Phase" WHERE id = (SELECT id FROM "Phase" WHERE "enrolmentId" = $1::uuid AND kind IN ('REGULAR_JOB', 'SUBSIDISED_JOB') LIMIT 1)`, enrolmentId);
      } else if (choice === 3) {
        const months = rnd() < 0.5 ? 6 : 12;
        await database.prisma.followUp.upsert({
          where: { enrolmentId_monthsAfter: { enrolmentId, monthsAfter: months } },
          create: { enrolmentId, monthsAfter: months, dueAt: start, stillEmployed: rnd() < 0.7 },
          update: { dueAt: start, stillEmployed: rnd() < 0.7 },
        });
      } else {
        await database.prisma.$executeRawUnsafe(`UPDATE "Phase" SET "startDate" = "startDate" - 45 WHERE "enrolmentId" = $1::uuid AND kind <> 'PROFILING'`, enrolmentId);
      }
    }
    await expectRollupExact();
    await database.prisma.$executeRawUnsafe(`UPDATE "RollupSavingsMonth" SET thirtieths = thirtieths + 7`);
    await unsafeRebuildRollups(database.prisma);
    await expectRollupExact();
  });
});

describe('a crafted city: 12 and 3 placements in 2020', () => {
  const actors: Record<string, ActorContext> = {};
  const ids: Record<string, string> = {};
  const PERIOD = { von: '2020-01', bis: '2020-12' } as const;
  const NEXT_YEAR = day(2021, 1, 15);

  beforeAll(async () => {
    const operator = await createOrganisation(database.prisma, { kind: 'EMPLOYER_NETWORK', city: 'Hamm' });
    const city = await createOrganisation(database.prisma, { kind: 'CITY', city: 'Hamm' });
    const jobcenter = await createOrganisation(database.prisma, { kind: 'JOBCENTER', city: 'Hamm' });
    for (const [key, role, organisation] of [['coordinator', 'COORDINATOR', operator], ['official', 'OFFICIAL', city]] as const) {
      const user = await createUser(database.prisma, { organisationId: organisation.id, role });
      actors[key] = toActorContext({ ...user, organisation });
    }
    // A: 20 enrolments, 12 placed on 1 March, still employed. B: 20 enrolments, 3 placed
    // from 15 June to 10 July.
    for (const [key, placed] of [['a', 12], ['b', 3]] as const) {
      const project = await createProject(database.prisma, { operatorId: operator.id, city: 'Hamm', name: `Hamm ${key.toUpperCase()}`, startDate: day(2020, 1, 1) });
      ids[key] = project.id;
      for (let i = 0; i < 20; i++) {
        const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
        const job = key === 'a' ? { kind: 'REGULAR_JOB' as const, startDate: day(2020, 3, 1) } : { kind: 'REGULAR_JOB' as const, startDate: day(2020, 6, 15), endDate: day(2020, 7, 10) };
        await createEnrolment(database.prisma, {
          participantId: participant.id, projectId: project.id, enrolledAt: day(2020, 1, 6),
          phases: [{ kind: 'PROFILING', startDate: day(2020, 1, 6) }, ...(i < placed ? [job] : [])],
        });
      }
    }
    await createFundingSource(database.prisma, { projectId: ids.a!, kind: 'JOBCENTER', name: 'Jobcenter Hamm', amounts: [{ year: 2020, plannedCents: 12_000_000n }] });
    await createFundingSource(database.prisma, {
      projectId: ids.b!, kind: 'LAND', name: 'Land NRW', amounts: [{ year: 2020, plannedCents: 6_000_000n, actualCents: 4_500_000n }],
    });
  });

  async function costFor(actor: ActorContext, filter: Record<string, string>) {
    const { resolveSelection } = await import('@/lib/dashboard/selection');
    const selection = (await resolveSelection(actor, filter))!;
    return { selection, cost: await cost.costPerPlacementFor(selection, NEXT_YEAR) };
  }

  // 2020: 432 € standard rate + 385 € housing = 817 € a month. A: 12 × March–December;
  // B: 3 × (16 + 10) thirtieths.
  const SAVED_A = 12 * 10 * 81_700;
  const SAVED_B = Math.round((81_700 * 48) / 30) + 81_700;

  it('the coordinator who runs both sees every count, cost and saving exactly', async () => {
    const b = (await costFor(actors.coordinator!, { ...PERIOD, projekt: ids.b! })).cost;
    expect(b.projects[0]).toMatchObject({
      basis: 'actual', costCents: 4_500_000, placements: n(3), costPerPlacementCents: 1_500_000,
      savingsCents: SAVED_B, savingsPerPlacementCents: Math.round(SAVED_B / 3), netCostCents: 4_500_000 - SAVED_B,
    });
    expect(b.savingsThrough).toEqual(day(2020, 12, 31));
  });

  it('the city official: costs always, placements of B as „< 5“, and A hidden too so B cannot be subtracted', async () => {
    const { cost: city } = await costFor(actors.official!, { ...PERIOD, ebene: 'stadt', stadt: 'Hamm' });
    expect(city.projects.map((p) => [p.name, p.costCents, p.placements, p.costPerPlacementCents, p.savingsCents, p.netCostCents])).toEqual([
      ['Hamm A', 12_000_000, hidden, null, null, null],
      ['Hamm B', 4_500_000, hidden, null, null, null],
    ]);
    expect(city.total).toEqual({
      basis: 'mixed', costCents: 16_500_000, placements: n(15), costPerPlacementCents: 1_100_000,
      savingsCents: SAVED_A + SAVED_B, savingsPerPlacementCents: Math.round((SAVED_A + SAVED_B) / 15), netCostCents: 16_500_000 - SAVED_A - SAVED_B,
    });
    const t = (key: string) => key;
    // Intl puts a no-break space before the euro sign.
    const cells = tables.costTable(city, t).rows.map((r) => [r.header, ...r.cells.map((c) => c.replace('\u00a0', ' '))]);
    expect(cells).toEqual([
      ['Hamm A', 'cost.bases.planned', '120.000 €', '< 5', '–', '–', '–', '–'],
      ['Hamm B', 'cost.bases.actual', '45.000 €', '< 5', '–', '–', '–', '–'],
      ['cost.total', 'cost.bases.mixed', '165.000 €', '15', '11.000 €', '100.164 €', '6.678 €', '64.836 €'],
    ]);
  });

  it('the official at project level: A in full, B without anything derived from its 3 placements', async () => {
    const a = (await costFor(actors.official!, { ...PERIOD, ebene: 'projekt', projekt: ids.a! })).cost;
    expect(a.projects[0]).toMatchObject({ placements: n(12), costPerPlacementCents: 1_000_000, savingsCents: SAVED_A, netCostCents: 12_000_000 - SAVED_A });
    const b = (await costFor(actors.official!, { ...PERIOD, ebene: 'projekt', projekt: ids.b! })).cost;
    expect(b.projects[0]).toMatchObject({ costCents: 4_500_000, placements: hidden, costPerPlacementCents: null, savingsCents: null, netCostCents: null });
  });

  it('financing shares of the city: planned 67 / 33 %, actual only where recorded', async () => {
    const dashboard = (await financing.getFinanceDashboard(actors.official!, { ...PERIOD, ebene: 'stadt', stadt: 'Hamm' }))!;
    expect(dashboard.financing.rows).toEqual([
      { kind: 'JOBCENTER', plannedCents: 12_000_000n, actualCents: null, plannedPercent: 67, actualPercent: null },
      { kind: 'LAND', plannedCents: 6_000_000n, actualCents: 4_500_000n, plannedPercent: 33, actualPercent: 100 },
    ]);
  });

  it('a half year costs half the year, and savings stop before the running month', async () => {
    const { cost: half } = await costFor(actors.coordinator!, { von: '2020-04', bis: '2020-09', projekt: ids.a! });
    expect(half.projects[0]).toMatchObject({ costCents: 6_000_000, placements: n(0), costPerPlacementCents: null, savingsCents: 6 * 12 * 81_700 });
    const { selection } = await costFor(actors.coordinator!, { von: '2020-12', bis: '2021-02', projekt: ids.a! });
    expect((await cost.costPerPlacementFor(selection, NEXT_YEAR)).savingsThrough).toEqual(day(2020, 12, 31));
    expect((await cost.costPerPlacementFor(selection, day(2020, 12, 20))).projects[0]!.savingsCents).toBeNull();
  });
});
