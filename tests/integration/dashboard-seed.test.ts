// The dashboards on the seed programmes: the rollups the triggers built while the seed
// wrote its rows equal a naive recomputation, and a published figure reads back
// (Service Center lokale Arbeit: 208 delivered hires, „über 200“, each a placement).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { NAIVE, STORED, type Row } from './rollup-naive';

let database: TestDatabase;
let queries: typeof import('@/lib/dashboard/queries');

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  queries = await import('@/lib/dashboard/queries');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('dashboards on the seed', () => {
  it('the rollups written during the seed equal a naive recomputation', async () => {
    const [naive, stored] = await Promise.all([database.prisma.$queryRawUnsafe<Row[]>(NAIVE), database.prisma.$queryRawUnsafe<Row[]>(STORED)]);
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).toEqual(naive);
  });

  it('Service Center lokale Arbeit: 208 placements over its running time, for its coordinator and the Land', async () => {
    const scla = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'scla-dortmund' } });
    const hires = await database.prisma.deliveredHire.count({ where: { socialClause: { tender: { projectId: scla.id } } } });
    expect(hires).toBe(208);
    const filter = { ebene: 'projekt' as const, projekt: scla.id, von: '2017-01', bis: '2026-12' };
    for (const prefix of ['koordination.dortmund@', 'land.nrw@']) {
      const dashboard = (await queries.getDashboard(await demoActor(prefix), filter))!;
      expect(dashboard.selection.projectIds).toEqual([scla.id]);
      expect(dashboard.placements.total.placed).toEqual({ value: 208, suppressed: false });
      expect(dashboard.funnel.find((s) => s.stage === 'REGULAR_JOB')?.count).toEqual({ value: 208, suppressed: false });
    }
  });

  it('the ISB coordinator sees the programme’s running time, 2013 to August 2015, exactly', async () => {
    const dashboard = (await queries.getDashboard(await demoActor('koordination.isb@'), {}))!;
    expect(dashboard.selection).toMatchObject({ level: 'project', label: 'Aktiv statt passiv!', exact: true });
    expect([dashboard.selection.applied.von, dashboard.selection.applied.bis]).toEqual(['2013-01', '2015-08']);
    const enrolled = dashboard.funnel[0]!.count.value!;
    expect(enrolled).toBeGreaterThan(0);
    expect(dashboard.placements.total.placed.value).toBeGreaterThan(0);
  });

  it('the Duisburg official sees Duisburg only; the demo caseworker no dashboard', async () => {
    const duisburg = (await queries.getDashboard(await demoActor('stadt.duisburg@'), { ebene: 'land' }))!;
    expect(duisburg.selection.options.cities).toEqual(['Duisburg']);
    expect(duisburg.selection.exact).toBe(false);
    expect(await queries.getDashboard(await demoActor('fallmanagement.dortmund@'), {})).toBeNull();
  });
});
