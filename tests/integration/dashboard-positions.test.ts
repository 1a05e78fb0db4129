// /auswertungen/stellen: positions filled versus offered per employer and caseload against
// the target ratio. On the seed: ISB's published 161 positions at nine employers, with
// filled derived from the seeded jobs. On a crafted city (Neustadt) in the same database:
// exact figures for the coordinator who runs the projects, primary and secondary
// suppression for the city's official, and rollups that follow every kind of write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import {
  createEmployer, createEnrolment, createJobCoach, createOrganisation, createParticipant, createPosition, createProject, createUser,
} from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Count } from '@/lib/dashboard/suppress';
import type { Positions } from '@/lib/dashboard/positions';
import type { PhaseKind, Role } from '@/lib/generated/prisma/enums';

let database: TestDatabase;
let positions: typeof import('@/lib/dashboard/positions');
let jobFigures: typeof import('@/lib/employers/job-figures').jobFigures;

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const n = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const actors: Record<string, ActorContext> = {};
const ids: Record<string, string> = {};

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

async function actor(key: string, role: Role, organisation: { id: string; kind: ActorContext['organisationKind']; city: string | null }) {
  const user = await createUser(database.prisma, { organisationId: organisation.id, role });
  actors[key] = toActorContext({ ...user, organisation });
  return user;
}

const filledOf = (data: Positions) => Object.fromEntries(data.employers.map((e) => [e.name, e.filled]));

/** The rollups against plain recomputations from the base tables. */
async function expectRollupsExact() {
  const projects = await database.prisma.project.findMany({ select: { id: true } });
  const naive = await jobFigures({ projectIds: projects.map((p) => p.id) }, day('2030-01-01'));
  const stored = await database.prisma.rollupPositionFilled.findMany();
  const expected = naive.filter((f) => f.positionId !== null && f.filled > 0).map((f) => ({ positionId: f.positionId, filled: f.filled }));
  const byId = (a: { positionId: string | null }, b: { positionId: string | null }) => (a.positionId ?? '').localeCompare(b.positionId ?? '');
  expect(stored.sort(byId)).toEqual(expected.sort(byId));

  const caseload = await database.prisma.$queryRawUnsafe<unknown[]>(`
    SELECT "projectId"::text, role, "personId"::text, active FROM "RollupCaseload"
    EXCEPT ALL
    SELECT "projectId"::text, x.role, COALESCE(x.person, '00000000-0000-0000-0000-000000000000')::text, count(*)::int
    FROM "Enrolment" e CROSS JOIN LATERAL (VALUES ('caseworker', e."caseworkerId"), ('jobCoach', e."jobCoachId")) AS x(role, person)
    WHERE e."exitedAt" IS NULL GROUP BY 1, 2, 3`);
  const counts = await database.prisma.$queryRawUnsafe<{ stored: number; naive: number }[]>(`
    SELECT (SELECT count(*)::int FROM "RollupCaseload") AS stored,
           (SELECT count(*)::int FROM (SELECT DISTINCT "projectId", "caseworkerId" FROM "Enrolment" WHERE "exitedAt" IS NULL
              UNION ALL SELECT DISTINCT "projectId", "jobCoachId" FROM "Enrolment" WHERE "exitedAt" IS NULL) s) AS naive`);
  expect(caseload).toEqual([]);
  expect(counts[0]!.stored).toBe(counts[0]!.naive);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  const p = database.prisma;

  // Neustadt: a network runs two projects, the jobcenter's caseworkers hold the cases.
  const operator = await createOrganisation(p, { kind: 'EMPLOYER_NETWORK', city: 'Neustadt' });
  const city = await createOrganisation(p, { kind: 'CITY', city: 'Neustadt' });
  const jobcenter = await createOrganisation(p, { kind: 'JOBCENTER', city: 'Neustadt' });
  await actor('coordinator', 'COORDINATOR', operator);
  await actor('official', 'OFFICIAL', city);
  const jobs = await createProject(p, { operatorId: operator.id, city: 'Neustadt', name: 'Neustadt Arbeit', startDate: day('2020-01-01') });
  const care = await createProject(p, { operatorId: operator.id, city: 'Neustadt', name: 'Neustadt Betreuung', caseloadRatio: 6, startDate: day('2020-01-01') });
  ids.jobs = jobs.id;
  ids.care = care.id;

  const employer = async (key: string, kind: 'PRIVATE_FIRM' | 'MUNICIPAL_COMPANY' | 'WELFARE_ORGANISATION' | 'SOCIAL_ENTERPRISE', count: number) => {
    const e = await createEmployer(p, { organisationId: operator.id, name: `Betrieb ${key}`, kind, city: 'Neustadt' });
    ids[key] = (await createPosition(p, { projectId: jobs.id, employerId: e.id, count })).id;
  };
  await employer('A', 'PRIVATE_FIRM', 10);
  await employer('B', 'MUNICIPAL_COMPANY', 5);
  await employer('C', 'WELFARE_ORGANISATION', 8);
  await employer('D', 'SOCIAL_ENTERPRISE', 2);

  // Jobs (all enrolments exit at the end of 2021, which ends their open jobs):
  // A: 7 from February; one enrolment exits in May, and an 8th job starts in June: 7.
  // B: 3 at once. C: 6 until June, then 3 refill their places from 1 July: still 6.
  // D: none. One job at A from an enrolment of the other project does not count.
  const job = async (projectId: string, positionId: string, start: string, end: string | null, exit = '2021-12-31', kind: PhaseKind = 'SUBSIDISED_JOB') => {
    const participant = await createParticipant(p, { organisationId: jobcenter.id });
    return createEnrolment(p, {
      participantId: participant.id, projectId, enrolledAt: day('2020-01-02'), exitedAt: day(exit), exitReason: 'COMPLETED',
      phases: [{ kind: 'PROFILING', startDate: day('2020-01-02'), endDate: day('2020-01-31') }, { kind, startDate: day(start), endDate: end ? day(end) : null, positionId }],
    });
  };
  for (let i = 0; i < 7; i++) await job(jobs.id, ids.A!, '2020-02-01', null, i === 0 ? '2020-05-31' : '2021-12-31');
  await job(jobs.id, ids.A!, '2020-06-01', null);
  for (let i = 0; i < 3; i++) await job(jobs.id, ids.B!, '2020-03-01', null, '2021-12-31', 'REGULAR_JOB');
  for (let i = 0; i < 6; i++) await job(jobs.id, ids.C!, '2020-02-01', '2020-06-30');
  for (let i = 0; i < 3; i++) await job(jobs.id, ids.C!, '2020-07-01', null);
  await job(care.id, ids.A!, '2020-02-01', null);

  // Caseload in the second project (ratio 1:6), active enrolments only: caseworkers 8, 5
  // and 2 plus one without; job coaches 7 and 9, none without. Three exited do not count.
  const caseworkers = await Promise.all([0, 1, 2].map(() => createUser(p, { organisationId: jobcenter.id, role: 'CASEWORKER' })));
  const coaches = await Promise.all([0, 1].map(() => createJobCoach(p, { organisationId: operator.id, projectId: care.id })));
  ids.cw0 = caseworkers[0]!.id;
  ids.cw2 = caseworkers[2]!.id;
  const plan: [number | null, number, boolean][] = [
    ...Array.from({ length: 8 }, (_, i) => [0, i < 5 ? 0 : 1, true] as [number, number, boolean]),
    ...Array.from({ length: 5 }, () => [1, 1, true] as [number, number, boolean]),
    [2, 0, true], [2, 0, true], [null, 1, true],
    [2, 0, false], [2, 0, false], [2, 1, false],
  ];
  for (const [cw, coach, active] of plan) {
    const participant = await createParticipant(p, { organisationId: jobcenter.id });
    await createEnrolment(p, {
      participantId: participant.id, projectId: care.id, enrolledAt: day('2024-01-01'),
      caseworkerId: cw === null ? null : caseworkers[cw]!.id, jobCoachId: coaches[coach]!.id,
      exitedAt: active ? null : day('2024-06-30'), exitReason: active ? null : 'COMPLETED',
    });
  }

  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  positions = await import('@/lib/dashboard/positions');
  ({ jobFigures } = await import('@/lib/employers/job-figures'));
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('on the seed', () => {
  it('Aktiv statt passiv!: 161 positions at 9 employers, filled derived from the jobs, for its coordinator', async () => {
    const view = (await positions.getPositionsDashboard(await demoActor('koordination.isb@'), {}))!;
    expect(view.selection).toMatchObject({ label: 'Aktiv statt passiv!', exact: true });
    expect(view.positions.total).toEqual({ employers: 9, offered: 161, filled: n(12), share: 7.5 });
    expect(view.positions.employers.map((e) => [e.name, e.kind, e.offered, e.filled.value])).toEqual([
      ['Caritas', 'WELFARE_ORGANISATION', 24, 2], ['CJD', 'WELFARE_ORGANISATION', 39, 3], ['Diakonisches Werk', 'WELFARE_ORGANISATION', 21, 2],
      ['Dobeq', 'SOCIAL_ENTERPRISE', 18, 2], ['Frauenzentrum Huckarde', 'SOCIAL_ENTERPRISE', 10, 2], ['GrünBau', 'SOCIAL_ENTERPRISE', 20, 1],
      ['Prompt / Gewerkstatt', 'SOCIAL_ENTERPRISE', 25, 0], ['Stadtteil-Schule', 'SOCIAL_ENTERPRISE', 1, 0], ['Werkhof', 'SOCIAL_ENTERPRISE', 3, 0],
    ]);
    // The programme ended in 2015: nobody holds an active case any more.
    expect(view.caseload).toHaveLength(1);
    expect(view.caseload[0]).toMatchObject({ name: 'Aktiv statt passiv!', ratio: null, active: n(0), roles: { caseworker: { persons: 0, average: null } } });
  });

  it('the Land sees the same 161 positions with every employer’s small filled count hidden, the total shown', async () => {
    const isb = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    const view = (await positions.getPositionsDashboard(await demoActor('land.nrw@'), { ebene: 'projekt', projekt: isb.id }))!;
    expect(view.selection.exact).toBe(false);
    expect(view.positions.total).toEqual({ employers: 9, offered: 161, filled: n(12), share: 7.5 });
    expect(view.positions.employers.every((e) => e.filled.suppressed && e.share === null)).toBe(true);
    expect(view.positions.employers.map((e) => e.offered)).toEqual([24, 39, 21, 18, 10, 20, 25, 1, 3]);
  });

  it('the Joboffensive carries its 1:100 target; the rollups equal a recomputation from the base tables', async () => {
    const view = (await positions.getPositionsDashboard(await demoActor('land.nrw@'), { ebene: 'land' }))!;
    expect(view.caseload.find((p) => p.name === 'Joboffensive Gelsenkirchen')?.ratio).toBe(100);
    await expectRollupsExact();
    expect(await database.prisma.rollupPositionFilled.count()).toBeGreaterThan(10);
  });
});

describe('crafted: the coordinator who runs the projects sees exact figures', () => {
  it('filled is the most jobs held at once, ended by an exit, not raised by refilled places', async () => {
    const view = (await positions.getPositionsDashboard(actors.coordinator!, { ebene: 'projekt', projekt: ids.jobs }))!;
    expect(view.selection.exact).toBe(true);
    expect(view.positions.employers.map((e) => [e.name, e.kind, e.offered, e.filled, e.share])).toEqual([
      ['Betrieb A', 'PRIVATE_FIRM', 10, n(7), 70], ['Betrieb B', 'MUNICIPAL_COMPANY', 5, n(3), 60],
      ['Betrieb C', 'WELFARE_ORGANISATION', 8, n(6), 75], ['Betrieb D', 'SOCIAL_ENTERPRISE', 2, n(0), 0],
    ]);
    expect(view.positions.total).toEqual({ employers: 4, offered: 25, filled: n(16), share: 64 });
  });

  it('caseload per role against 1:6, without names', async () => {
    const view = (await positions.getPositionsDashboard(actors.coordinator!, { ebene: 'projekt', projekt: ids.care }))!;
    expect(view.caseload).toEqual([{
      projectId: ids.care, name: 'Neustadt Betreuung', city: 'Neustadt', ratio: 6, active: n(16),
      roles: {
        caseworker: { assigned: n(15), persons: 3, average: 5, maximum: n(8), overTarget: 1 },
        jobCoach: { assigned: n(16), persons: 2, average: 8, maximum: n(9), overTarget: 2 },
      },
    }]);
    const text = JSON.stringify(view);
    for (const id of [ids.cw0!, ids.cw2!]) expect(text).not.toContain(id);
    expect(text).not.toContain('Testnutzer');
  });
});

describe('crafted: the city official sees aggregates with small counts hidden', () => {
  it('hides filled below 5 and, against the shown total, enough others that none can be subtracted out', async () => {
    const view = (await positions.getPositionsDashboard(actors.official!, { ebene: 'projekt', projekt: ids.jobs }))!;
    expect(view.selection.exact).toBe(false);
    // B (3) and D (0) are small; together 3 against a total of 16, so C (6) is hidden too.
    expect(filledOf(view.positions)).toEqual({ 'Betrieb A': n(7), 'Betrieb B': hidden, 'Betrieb C': hidden, 'Betrieb D': hidden });
    expect(view.positions.total.filled).toEqual(n(16));
    expect(view.positions.employers.map((e) => e.share)).toEqual([70, null, null, null]);
    expect(view.positions.employers.map((e) => e.offered)).toEqual([10, 5, 8, 2]);
  });

  it('hides assigned counts whose unassigned rest is small, and the average and maximum with them; shows staff counts', async () => {
    const view = (await positions.getPositionsDashboard(actors.official!, { ebene: 'stadt', stadt: 'Neustadt' }))!;
    expect(view.caseload.map((p) => p.name)).toEqual(['Neustadt Arbeit', 'Neustadt Betreuung']);
    const [jobs, care] = view.caseload;
    expect(jobs).toMatchObject({ active: hidden, roles: { caseworker: { assigned: hidden, persons: 0, average: null, maximum: hidden } } });
    expect(care!.active).toEqual(n(16));
    // 15 of 16 assigned would give away the 1 without a caseworker.
    expect(care!.roles.caseworker).toEqual({ assigned: hidden, persons: 3, average: null, maximum: hidden, overTarget: 1 });
    expect(care!.roles.jobCoach).toEqual({ assigned: n(16), persons: 2, average: 8, maximum: n(9), overTarget: 2 });
  });
});

describe('the rollups follow every write', () => {
  it('a new job, a moved job, an exit, a deleted position, reassignment and deletion', async () => {
    const p = database.prisma;
    const read = async () => filledOf((await positions.getPositionsDashboard(actors.coordinator!, { projekt: ids.jobs }))!.positions);
    // A 9th person at B while the three hold theirs: 4.
    const participant = await createParticipant(p, { organisationId: (await p.organisation.findFirstOrThrow({ where: { kind: 'JOBCENTER', city: 'Neustadt' } })).id });
    const extra = await createEnrolment(p, {
      participantId: participant.id, projectId: ids.jobs!, enrolledAt: day('2020-01-02'),
      phases: [{ kind: 'SUBSIDISED_JOB', startDate: day('2020-04-01'), positionId: ids.B }],
    });
    expect((await read())['Betrieb B']).toEqual(n(4));
    await expectRollupsExact();
    // Moved to D, then its enrolment exits before the job would start: B 3, D 0.
    await p.phase.update({ where: { id: extra.phases[0]!.id }, data: { positionId: ids.D } });
    expect(await read()).toMatchObject({ 'Betrieb B': n(3), 'Betrieb D': n(1) });
    await p.enrolment.update({ where: { id: extra.id }, data: { exitedAt: day('2020-03-01') } });
    expect((await read())['Betrieb D']).toEqual(n(0));
    await p.enrolment.update({ where: { id: extra.id }, data: { exitedAt: null } });
    expect((await read())['Betrieb D']).toEqual(n(1));
    // Deleting the position sets the phase's position to NULL: its row goes.
    await p.position.delete({ where: { id: ids.D! } });
    expect(await p.rollupPositionFilled.findUnique({ where: { positionId: ids.D! } })).toBeNull();
    await expectRollupsExact();

    // Handing over the first caseworker's cases to the third, then deleting a participant.
    await p.enrolment.updateMany({ where: { caseworkerId: ids.cw0, exitedAt: null }, data: { caseworkerId: ids.cw2 } });
    const care = async () => (await positions.getPositionsDashboard(actors.coordinator!, { projekt: ids.care }))!.caseload[0]!;
    expect((await care()).roles.caseworker).toEqual({ assigned: n(15), persons: 2, average: 7.5, maximum: n(10), overTarget: 1 });
    await expectRollupsExact();
    const one = await p.enrolment.findFirstOrThrow({ where: { projectId: ids.care, caseworkerId: ids.cw2, exitedAt: null } });
    await p.participant.delete({ where: { id: one.participantId } });
    expect((await care()).active).toEqual(n(15));
    await p.enrolment.updateMany({ where: { projectId: ids.care, caseworkerId: null }, data: { exitedAt: day('2024-12-31') } });
    expect((await care()).roles.caseworker).toMatchObject({ assigned: n(14), persons: 2, average: 7 });
    await expectRollupsExact();
  });
});

describe('a rebuild of the dashboard rollups', () => {
  it('(bulk load, repair) rebuilds these two as well', async () => {
    const p = database.prisma;
    const before = [await p.rollupPositionFilled.count(), await p.rollupCaseload.count()];
    await p.$executeRawUnsafe('DELETE FROM "RollupPositionFilled"');
    await p.$executeRawUnsafe('DELETE FROM "RollupCaseload"');
    const { unsafeRebuildRollups } = await import('@/lib/dashboard/rollups');
    await unsafeRebuildRollups(p);
    expect([await p.rollupPositionFilled.count(), await p.rollupCaseload.count()]).toEqual(before);
    await expectRollupsExact();
  });
});
