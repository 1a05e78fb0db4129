// The procurement dashboard on the seed (Service Center lokale Arbeit: 19 tenders checked,
// 14 suitable, 226 hires committed, 208 delivered) and on a crafted city whose small
// numbers of delivered hires an official must not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { createOrganisation, createProject, createTender, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Count } from '@/lib/dashboard/suppress';

let database: TestDatabase;
let procurement: typeof import('@/lib/dashboard/procurement');
let sclaId = '';
let craftedId = '';
const actors: Record<string, ActorContext> = {};

const n = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ALL_YEARS = { von: '2017-01', bis: '2026-12' } as const;

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

/** A tender of the crafted project with `hires` delivered: [still employed after 6 months, after 12]. */
async function tender(organisationId: string, publishedAt: Date, clause: { committed: number; hires: [boolean | null, boolean | null][] } | null) {
  const created = await createTender(database.prisma, {
    organisationId, projectId: craftedId, publishedAt,
    check: { suitable: clause !== null, reason: clause ? 'Geeignet.' : 'Reine Lieferleistung.', checkedAt: publishedAt },
    clause: clause ? { type: 'PERFORMANCE_CONDITION', committedHires: clause.committed } : undefined,
  });
  if (clause && created.socialClause) {
    await database.prisma.deliveredHire.createMany({
      data: clause.hires.map(([six, twelve]) => ({ socialClauseId: created.socialClause!.id, hiredAt: day(publishedAt.getUTCFullYear(), 6, 1), stillEmployed6m: six, stillEmployed12m: twelve })),
    });
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  sclaId = (await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'scla-dortmund' } })).id;

  // A city running its own procurement programme: 8 hires in 2020 (6 still employed after
  // 6 months), 3 in 2021 (all still employed), one unsuitable tender, one outside the period.
  const city = await createOrganisation(database.prisma, { kind: 'CITY', city: 'Vergabestadt' });
  craftedId = (await createProject(database.prisma, { operatorId: city.id, city: 'Vergabestadt', model: 'PROCUREMENT', startDate: day(2020, 1, 1) })).id;
  for (const [key, role] of [['coordinator', 'COORDINATOR'], ['official', 'OFFICIAL']] as const) {
    const user = await createUser(database.prisma, { organisationId: city.id, role });
    actors[key] = toActorContext({ ...user, organisation: city });
  }
  await tender(city.id, day(2020, 3, 2), { committed: 10, hires: [...Array(6).fill([true, null]), [false, null], [false, null]] });
  await tender(city.id, day(2021, 2, 1), { committed: 5, hires: Array(3).fill([true, null]) });
  await tender(city.id, day(2021, 5, 3), null);
  await tender(city.id, day(2023, 1, 9), { committed: 4, hires: [[true, true]] });

  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  procurement = await import('@/lib/dashboard/procurement');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('Service Center lokale Arbeit on the seed', () => {
  it('19 tenders checked, 14 suitable with a clause, 226 hires committed, 208 delivered: for its coordinator and the Land', async () => {
    for (const prefix of ['koordination.dortmund@', 'land.nrw@']) {
      const view = (await procurement.getProcurementDashboard(await demoActor(prefix), { ...ALL_YEARS, ebene: 'projekt', projekt: sclaId }))!;
      expect(view.selection.projectIds).toEqual([sclaId]);
      const { total, years } = view.procurement;
      expect(total).toEqual({
        tenders: 19, checked: 19, suitable: 14, clauses: 14, committedHires: 226, delivered: n(208), suitableShare: 73.7, deliveredShare: 92,
      });
      expect(years.map((y) => [y.year, y.tenders, y.suitable, y.committedHires, y.delivered.value])).toEqual([
        [2017, 5, 4, 82, 75], [2018, 7, 5, 90, 85], [2019, 7, 5, 54, 48],
      ]);
    }
  });

  it('the retention of the delivered hires equals their recorded checks', async () => {
    const hires = { socialClause: { tender: { projectId: sclaId } } };
    const count = (where: object) => database.prisma.deliveredHire.count({ where: { ...hires, ...where } });
    const [recorded6, still6, recorded12, still12] = await Promise.all([
      count({ stillEmployed6m: { not: null } }), count({ stillEmployed6m: true }), count({ stillEmployed12m: { not: null } }), count({ stillEmployed12m: true }),
    ]);
    expect(recorded6).toBeGreaterThan(100);
    const view = (await procurement.getProcurementDashboard(await demoActor('koordination.dortmund@'), { ...ALL_YEARS, projekt: sclaId }))!;
    expect(view.procurement.retention).toEqual([
      { monthsAfter: 6, recorded: n(recorded6), still: n(still6), share: Math.round((still6 / recorded6) * 1000) / 10 },
      { monthsAfter: 12, recorded: n(recorded12), still: n(still12), share: Math.round((still12 / recorded12) * 1000) / 10 },
    ]);
  });

  it('counts only the tenders published in the period, none after 2019', async () => {
    const actor = await demoActor('koordination.dortmund@');
    const year2018 = (await procurement.getProcurementDashboard(actor, { projekt: sclaId, von: '2018-01', bis: '2018-12' }))!;
    expect(year2018.procurement.years.map((y) => y.year)).toEqual([2018]);
    expect(year2018.procurement.total).toMatchObject({ tenders: 7, committedHires: 90, delivered: n(85) });
    const recent = (await procurement.getProcurementDashboard(actor, { projekt: sclaId, von: '2020-01', bis: '2026-12' }))!;
    expect(recent.procurement.years).toEqual([]);
    expect(recent.procurement.total.tenders).toBe(0);
  });

  it('the Land level adds job:plus (3 tenders, 13 hires committed) and the crafted city', async () => {
    const land = (await procurement.getProcurementDashboard(await demoActor('land.nrw@'), { ebene: 'land', von: '2017-01', bis: '2019-12' }))!;
    expect(land.procurement.total).toMatchObject({ tenders: 22, suitable: 17, clauses: 17, committedHires: 239 });
  });
});

describe('a crafted city: delivered hires are people', () => {
  const period = { von: '2020-01', bis: '2022-12' } as const;

  it('exact for the coordinator who runs the project', async () => {
    const view = (await procurement.getProcurementDashboard(actors.coordinator!, { ...period, projekt: craftedId }))!;
    expect(view.procurement.years).toEqual([
      { year: 2020, tenders: 1, checked: 1, suitable: 1, clauses: 1, committedHires: 10, delivered: n(8), suitableShare: 100, deliveredShare: 80 },
      { year: 2021, tenders: 2, checked: 2, suitable: 1, clauses: 1, committedHires: 5, delivered: n(3), suitableShare: 50, deliveredShare: 60 },
    ]);
    expect(view.procurement.total).toMatchObject({ tenders: 3, committedHires: 15, delivered: n(11), suitableShare: 66.7, deliveredShare: 73.3 });
    expect(view.procurement.retention).toEqual([
      { monthsAfter: 6, recorded: n(11), still: n(9), share: 81.8 },
      { monthsAfter: 12, recorded: n(0), still: n(0), share: null },
    ]);
  });

  it('for an official: 3 hires hidden, and 8 too, or 11 − 8 would give them away; 9 of 11 still employed would name 2', async () => {
    const view = (await procurement.getProcurementDashboard(actors.official!, { ...period, projekt: craftedId }))!;
    expect(view.selection.exact).toBe(false);
    expect(view.procurement.years.map((y) => [y.committedHires, y.delivered, y.deliveredShare])).toEqual([[10, hidden, null], [5, hidden, null]]);
    expect(view.procurement.total).toMatchObject({ tenders: 3, committedHires: 15, delivered: n(11), deliveredShare: 73.3 });
    expect(view.procurement.retention).toEqual([
      { monthsAfter: 6, recorded: n(11), still: hidden, share: null },
      { monthsAfter: 12, recorded: hidden, still: hidden, share: null },
    ]);
  });
});
