// Dashboard reads go to DATABASE_REPLICA_URL when it is set; everything else stays on the
// primary. Two separate databases stand in for primary and replica: the figures can only
// come out right if the dashboards read the second one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let primary: TestDatabase;
let replica: TestDatabase;
let coordinator: ActorContext;
let projectId = '';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

beforeAll(async () => {
  primary = await createTestDatabase();
  replica = await createTestDatabase();
  const p = replica.prisma;
  const operator = await createOrganisation(p, { kind: 'EMPLOYER_NETWORK', city: 'Hamm' });
  const jobcenter = await createOrganisation(p, { kind: 'JOBCENTER', city: 'Hamm' });
  coordinator = toActorContext({ ...(await createUser(p, { organisationId: operator.id, role: 'COORDINATOR' })), organisation: operator });
  projectId = (await createProject(p, { operatorId: operator.id, city: 'Hamm', startDate: day(2021, 1, 1) })).id;
  for (let i = 0; i < 7; i++) {
    const participant = await createParticipant(p, { organisationId: jobcenter.id });
    await createEnrolment(p, {
      participantId: participant.id, projectId, enrolledAt: day(2021, 2, 1),
      phases: [{ kind: 'PROFILING', startDate: day(2021, 2, 1) }, ...(i < 6 ? [{ kind: 'REGULAR_JOB' as const, startDate: day(2021, 4, 1) }] : [])],
    });
  }
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URL = replica.url;
  process.env.DATABASE_POOL_MAX = '1';
});

afterAll(async () => {
  const { db, dashboardDb } = await import('@/lib/db');
  await dashboardDb.$disconnect();
  await db.$disconnect();
  delete process.env.DATABASE_REPLICA_URL;
  await primary?.drop();
  await replica?.drop();
});

it('reads the dashboard from the replica and keeps the primary for everything else', async () => {
  const { getDashboard } = await import('@/lib/dashboard/queries');
  const { db } = await import('@/lib/db');
  const dashboard = await getDashboard(coordinator, { projekt: projectId, von: '2021-01', bis: '2021-12' });
  expect(dashboard?.selection.projectIds).toEqual([projectId]);
  expect(dashboard?.placements.total.placed).toEqual({ value: 6, suppressed: false });
  expect(dashboard?.funnel[0]?.count).toEqual({ value: 7, suppressed: false });
  expect(await db.project.count()).toBe(0);
});

it('says how current the figures are: now, on a database that is not replaying', async () => {
  const { dataAsOf } = await import('@/lib/dashboard/freshness');
  const at = await dataAsOf();
  expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
});
