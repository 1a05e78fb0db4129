// The ESF+ indicator report on a crafted dataset (esf-report-data.ts) and on the seed:
// every breakdown, the boundaries, primary and secondary suppression for statistics
// readers, exact counts for the operator's coordinator, and the actor's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { createOrganisation, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Role } from '@/lib/generated/prisma/enums';
import type { EsfReport } from '@/lib/reports/esf';
import type { Count } from '@/lib/dashboard/suppress';
import { formatCountCell } from '@/lib/dashboard/tables';
import type { EsfTableKey } from '@/lib/reports/esf-schema';
import { createEsfDataset, utc } from './esf-report-data';

let database: TestDatabase;
let getEsfReport: typeof import('@/lib/reports/esf').getEsfReport;
let projectId: string;
const actors = {} as Record<'coordinator' | 'cityCoordinator' | 'official' | 'caseworker' | 'jobCoach', ActorContext>;
const YEAR_2020 = { von: utc('2020-01-01'), bis: utc('2020-12-31') };

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

/** A table as { category: value }, a hidden count as the page and CSV show it ("< 5", primary or secondary). */
function cells(report: EsfReport, key: EsfTableKey): Record<string, number | string> {
  const table = report.tables.find((t) => t.key === key)!;
  const show = (c: Count) => (c.suppressed ? formatCountCell(c) : c.value);
  return { ...Object.fromEntries(table.rows.map((r) => [r.category, show(r.count)])), total: show(table.total) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ getEsfReport } = await import('@/lib/reports/esf'));
  const p = database.prisma;
  const operator = await createOrganisation(p, { kind: 'EMPLOYER_NETWORK', city: 'Teststadt' });
  const city = await createOrganisation(p, { kind: 'CITY', city: 'Teststadt' });
  const jobcenter = await createOrganisation(p, { kind: 'JOBCENTER', city: 'Teststadt' });
  const actor = async (role: Role, organisation: typeof operator) =>
    toActorContext({ ...(await createUser(p, { role, organisationId: organisation.id })), organisation });
  actors.coordinator = await actor('COORDINATOR', operator);
  actors.cityCoordinator = await actor('COORDINATOR', city);
  actors.official = await actor('OFFICIAL', city);
  actors.caseworker = await actor('CASEWORKER', jobcenter);
  actors.jobCoach = await actor('JOB_COACH', operator);
  projectId = (await createProject(p, { operatorId: operator.id, city: 'Teststadt', name: 'ESF-Testprojekt' })).id;
  await createProject(p, { operatorId: city.id, city: 'Teststadt', name: 'Leeres Projekt der Stadt' });
  await createEsfDataset(p, { projectId, organisationId: jobcenter.id });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('ESF+ report, exact for the coordinator who runs the project', () => {
  it('counts every breakdown, with the age and unemployment boundaries on the right side', async () => {
    const report = await getEsfReport(actors.coordinator, { projekt: projectId, ...YEAR_2020 });
    expect(report.exact).toBe(true);
    expect(report.periodWidened).toBe(false);
    expect(cells(report, 'geschlecht')).toEqual({ FEMALE: 14, MALE: 13, DIVERSE: 3, total: 30 });
    expect(cells(report, 'alter')).toEqual({ UNDER_18: 2, FROM_18_TO_29: 8, FROM_30_TO_54: 12, FROM_55: 8, total: 30 });
    expect(cells(report, 'bildung')).toEqual({ ISCED_0_2: 15, ISCED_3_4: 11, ISCED_5_8: 4, total: 30 });
    expect(cells(report, 'status')).toEqual({ LONG_TERM_UNEMPLOYED: 18, UNEMPLOYED: 5, LONG_TERM_BENEFITS: 4, OTHER: 3, total: 30 });
    expect(cells(report, 'austritt')).toEqual({ EMPLOYED: 10, TRAINING: 2, OTHER: 8, STILL_ENROLLED: 10, total: 30 });
    expect(cells(report, 'nach-6-monaten')).toEqual({ EMPLOYED_NEEDS_COVERING: 6, EMPLOYED: 5, NOT_EMPLOYED: 5, UNKNOWN: 4, STILL_ENROLLED: 10, total: 30 });
    const sex = report.tables[0]!;
    expect(sex.rows.map((r) => r.percent)).toEqual([46.7, 43.3, 10]);
  });

  it('counts a person once per project, and filters by entry day exactly', async () => {
    const all = await getEsfReport(actors.coordinator, { projekt: projectId });
    expect(cells(all, 'geschlecht')).toMatchObject({ FEMALE: 15, total: 31 });
    const week = await getEsfReport(actors.coordinator, { projekt: projectId, von: utc('2020-02-15'), bis: utc('2020-02-20') });
    expect(cells(week, 'geschlecht').total).toBe(1);
    expect(week.from).toEqual(utc('2020-02-15'));
  });
});

describe('ESF+ report for statistics readers', () => {
  it('hides counts below 5, and the smallest further row wherever one hidden row could be subtracted out', async () => {
    const report = await getEsfReport(actors.official, { projekt: projectId, ...YEAR_2020 });
    expect(report.exact).toBe(false);
    expect(cells(report, 'geschlecht')).toEqual({ FEMALE: 14, MALE: '< 5', DIVERSE: '< 5', total: 30 });
    expect(cells(report, 'alter')).toEqual({ UNDER_18: '< 5', FROM_18_TO_29: '< 5', FROM_30_TO_54: 12, FROM_55: 8, total: 30 });
    expect(cells(report, 'bildung')).toEqual({ ISCED_0_2: 15, ISCED_3_4: '< 5', ISCED_5_8: '< 5', total: 30 });
    // Two small rows adding up to 7: neither can be recovered, so nothing more is hidden.
    expect(cells(report, 'status')).toEqual({ LONG_TERM_UNEMPLOYED: 18, UNEMPLOYED: 5, LONG_TERM_BENEFITS: '< 5', OTHER: '< 5', total: 30 });
    expect(cells(report, 'austritt')).toEqual({ EMPLOYED: 10, TRAINING: '< 5', OTHER: '< 5', STILL_ENROLLED: 10, total: 30 });
    expect(cells(report, 'nach-6-monaten')).toEqual({ EMPLOYED_NEEDS_COVERING: 6, EMPLOYED: '< 5', NOT_EMPLOYED: 5, UNKNOWN: '< 5', STILL_ENROLLED: 10, total: 30 });
    for (const table of report.tables) {
      const hidden = table.rows.filter((r) => r.count.suppressed);
      expect(hidden.length).not.toBe(1);
      expect(hidden.every((r) => r.count.value === null && r.percent === null)).toBe(true);
    }
    // Secondary suppression: these rows hold 5 or more (see the exact report) and are hidden
    // only because a small row could otherwise be subtracted out; they read "< 5" all the same.
    const exact = await getEsfReport(actors.coordinator, { projekt: projectId, ...YEAR_2020 });
    const secondary = report.tables.flatMap((table, t) =>
      table.rows.filter((row, r) => row.count.suppressed && (exact.tables[t]!.rows[r]!.count.value ?? 0) >= 5).map((row) => `${table.key}.${row.category}`),
    );
    expect(secondary).toEqual(['geschlecht.MALE', 'alter.FROM_18_TO_29', 'bildung.ISCED_3_4', 'austritt.OTHER', 'nach-6-monaten.EMPLOYED']);
  });

  it('widens the entry period to whole quarters, so two periods a day apart cannot be subtracted', async () => {
    const report = await getEsfReport(actors.official, { projekt: projectId, von: utc('2020-02-15'), bis: utc('2020-02-20') });
    expect(report).toMatchObject({ from: utc('2020-01-01'), to: utc('2020-03-31'), periodWidened: true });
    expect(cells(report, 'geschlecht').total).toBe(13);
  });

  it('gives a coordinator exact counts only when their organisation runs every project counted', async () => {
    const mixed = await getEsfReport(actors.coordinator, YEAR_2020);
    expect(mixed.selected.map((p) => p.name).sort()).toEqual(['ESF-Testprojekt', 'Leeres Projekt der Stadt']);
    expect(mixed.exact).toBe(false);
    expect(cells(mixed, 'geschlecht')).toEqual({ FEMALE: 14, MALE: '< 5', DIVERSE: '< 5', total: 30 });
    const other = await getEsfReport(actors.cityCoordinator, { projekt: projectId, ...YEAR_2020 });
    expect(other.exact).toBe(false);
  });
});

describe('ESF+ report scope', () => {
  it('refuses caseworkers and job coaches, who have no dashboard.read', async () => {
    await expect(getEsfReport(actors.caseworker, { projekt: projectId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getEsfReport(actors.jobCoach, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows another city official nothing of the project, and audits the attempt', async () => {
    const duisburg = await demoActor('stadt.duisburg@');
    const own = await getEsfReport(duisburg, YEAR_2020);
    expect(own.projects.map((p) => p.name)).not.toContain('ESF-Testprojekt');
    await expect(getEsfReport(duisburg, { projekt: projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', entityId: projectId, actorId: duisburg.id } })).toBe(1);
  });
});

describe('ESF+ report on the seeded programmes', () => {
  it('ISB: the coordinator’s exact tables agree with the records; the Land sees the same total', async () => {
    const coordinator = await demoActor('koordination.isb@');
    const isb = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    const report = await getEsfReport(coordinator, { projekt: isb.id });
    expect(report.exact).toBe(true);
    const [people] = await database.prisma.$queryRaw<{ total: number; women: number; toJob: number }[]>`
      SELECT COUNT(DISTINCT e."participantId")::int AS total,
        COUNT(DISTINCT e."participantId") FILTER (WHERE p.sex = 'FEMALE')::int AS women,
        COUNT(DISTINCT e."participantId") FILTER (WHERE e."exitReason" = 'REGULAR_JOB')::int AS "toJob"
      FROM "Enrolment" e JOIN "Participant" p ON p.id = e."participantId" WHERE e."projectId" = ${isb.id}::uuid`;
    expect(people!.total).toBeGreaterThan(5);
    for (const table of report.tables) {
      expect(table.total.value).toBe(people!.total);
      expect(table.rows.reduce((sum, r) => sum + (r.count.value ?? 0), 0)).toBe(people!.total);
    }
    expect(cells(report, 'geschlecht').FEMALE).toBe(people!.women);
    // The ISB pathway ends in a regular job, a subsidy that ended, or an early exit: only the first is employment.
    expect(cells(report, 'austritt').EMPLOYED).toBe(people!.toJob);
    const land = await getEsfReport(await demoActor('land.nrw@'), { projekt: isb.id });
    expect(land.exact).toBe(false);
    expect(land.tables[0]!.total.value).toBe(people!.total);
    console.info('ESF+ ISB (seed, 60 participants):', JSON.stringify(Object.fromEntries(report.tables.map((t) => [t.key, cells(report, t.key)]))));
  });
});
