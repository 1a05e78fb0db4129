// Funding sources and their amounts per year: add, edit, delete with version checks and
// audit; financing shares planned versus actual computed from the records; the ISB seed
// project's 53 / 26 / 21 % of 9.3 M €.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { createOrganisation, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Role } from '@/lib/generated/prisma/enums';

let database: TestDatabase;
let sources: typeof import('@/lib/funding/save-funding-source');
let amounts: typeof import('@/lib/funding/save-funding-amount');
let getProjectFunding: typeof import('@/lib/funding/source-queries').getProjectFunding;

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}
async function person(role: Role, organisationId: string): Promise<ActorContext> {
  const user = await createUser(database.prisma, { role, organisationId });
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { organisation: true } }));
}
const isbId = async () => (await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } })).id;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 20, demoUsers: true });
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  sources = await import('@/lib/funding/save-funding-source');
  amounts = await import('@/lib/funding/save-funding-amount');
  ({ getProjectFunding } = await import('@/lib/funding/source-queries'));
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('the ISB seed project', () => {
  it('shows 53 / 26 / 21 % of 9.3 M € planned, derived from the yearly amounts', async () => {
    const funding = await getProjectFunding(await demoActor('koordination.isb@'), await isbId());
    expect(funding).not.toBeNull();
    expect(funding!.canEdit).toBe(true);
    expect(funding!.sources.map((s) => [s.kind, s.plannedCents, s.plannedPercent])).toEqual([
      ['JOBCENTER_AND_MUNICIPALITY', 492_900_000n, 53],
      ['LAND_AND_ESF', 241_800_000n, 26],
      ['EMPLOYERS', 195_300_000n, 21],
    ]);
    expect(funding!.plannedCents).toBe(930_000_000n);
    // 2013–2015 pro rata (12/12/8 months); no actual amounts are published.
    expect(funding!.sources[0]!.amounts.map((a) => a.year)).toEqual([2013, 2014, 2015]);
    expect(funding!.actualCents).toBeNull();
    expect(funding!.sources.every((s) => s.actualPercent === null)).toBe(true);
  });

  it('an official of the Land reads the same shares but may not edit', async () => {
    const funding = await getProjectFunding(await demoActor('land.nrw@'), await isbId());
    expect(funding!.canEdit).toBe(false);
    expect(funding!.sources.map((s) => s.plannedPercent)).toEqual([53, 26, 21]);
  });
});

describe('the seed programmes on their project pages', () => {
  it('ISB: 161 positions at 9 employers, 9.3 M € budget, filled derived from enrolments; Duisburg: 3.5 M € all from the Land', async () => {
    const { getProjectOverview } = await import('@/lib/projects/get-project');
    const coordinator = await demoActor('koordination.isb@');
    const isb = await getProjectOverview(coordinator, await isbId());
    expect(isb).toMatchObject({ exact: true, canEdit: true, project: { budgetCents: 930_000_000n, targetPositions: 161, aftercareMonths: 6 } });
    expect(isb.figures).toMatchObject({ employers: 9, positionsOffered: 161 });
    const filled = isb.figures.positionsFilled;
    expect(filled.suppressed).toBe(false);
    expect(filled.value).toBeGreaterThan(0);
    expect(filled.value!).toBeLessThanOrEqual(161);

    const land = await demoActor('land.nrw@');
    const duisburg = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'duisburg-modell' } });
    const funding = await getProjectFunding(land, duisburg.id);
    expect(funding!.sources.map((s) => [s.kind, s.plannedCents, s.plannedPercent])).toEqual([['LAND', 350_000_000n, 100]]);
    expect((await getProjectOverview(land, duisburg.id)).exact).toBe(false);
  });
});

describe('sources and amounts', () => {
  let coordinator: ActorContext;
  let projectId: string;

  beforeAll(async () => {
    const org = await createOrganisation(database.prisma, { name: 'Stadt Test Funding', kind: 'CITY', city: 'Teststadt' });
    coordinator = await person('COORDINATOR', org.id);
    projectId = (await createProject(database.prisma, { operatorId: org.id, city: 'Teststadt' })).id;
  });

  const sourceOf = async (name: string) => database.prisma.fundingSource.findFirstOrThrow({ where: { projectId, name }, include: { amounts: true } });

  it('adds three sources with yearly amounts; planned and actual shares follow the records', async () => {
    for (const [kind, name] of [['JOBCENTER', 'Jobcenter Test'], ['LAND', 'Land Test'], ['EMPLOYERS', 'Arbeitgeber Test']] as const) {
      expect(await sources.createFundingSource(coordinator, { projectId, kind, name })).toEqual({ ok: true, projectId });
    }
    const add = async (name: string, year: number, planned: string, actual = '') =>
      amounts.createFundingAmount(coordinator, { fundingSourceId: (await sourceOf(name)).id, year: String(year), planned, actual });
    expect((await add('Jobcenter Test', 2024, '500.000', '450.000,00')).ok).toBe(true);
    expect((await add('Jobcenter Test', 2025, '500.000')).ok).toBe(true);
    expect((await add('Land Test', 2024, '600.000', '550.000')).ok).toBe(true);
    expect((await add('Arbeitgeber Test', 2024, '400.000')).ok).toBe(true);

    const funding = await getProjectFunding(coordinator, projectId);
    // Planned: 1.0 M / 0.6 M / 0.4 M of 2.0 M → 50 / 30 / 20; actual: 450 k / 550 k of 1.0 M → 45 / 55, employers none yet.
    expect(funding!.sources.map((s) => [s.name, s.plannedPercent, s.actualPercent])).toEqual([
      ['Jobcenter Test', 50, 45],
      ['Land Test', 30, 55],
      ['Arbeitgeber Test', 20, null],
    ]);
    expect(funding!.plannedCents).toBe(200_000_000n);
    expect(funding!.actualCents).toBe(100_000_000n);
    const events = await database.prisma.auditEvent.findMany({ where: { entity: { in: ['FundingSource', 'FundingAmount'] }, actorId: coordinator.id, action: 'create' } });
    expect(events).toHaveLength(7);
  });

  it('refuses a second amount for the same year, and money that is not an amount, at the field', async () => {
    const source = await sourceOf('Jobcenter Test');
    const twice = await amounts.createFundingAmount(coordinator, { fundingSourceId: source.id, year: '2024', planned: '1' });
    expect(twice).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { year: expect.stringContaining('bereits einen Betrag') } });
    const bad = await amounts.createFundingAmount(coordinator, { fundingSourceId: source.id, year: '24', planned: '1,5 Mio', actual: '-3' });
    expect(bad).toMatchObject({
      ok: false, kind: 'invalid',
      fieldErrors: { year: expect.stringContaining('vierstellig'), planned: expect.stringContaining('geplanten Betrag'), actual: expect.stringContaining('Ist-Betrag') },
    });
  });

  it('edits an amount and a source with their versions; a stale version is refused and nothing changes', async () => {
    const source = await sourceOf('Land Test');
    const amount = source.amounts[0]!;
    const edit = { id: amount.id, version: String(amount.version), fundingSourceId: source.id, year: '2024', planned: '700.000', actual: '' };
    expect(await amounts.updateFundingAmount(coordinator, edit)).toEqual({ ok: true, projectId });
    expect(await amounts.updateFundingAmount(coordinator, { ...edit, planned: '1' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await database.prisma.fundingAmount.findUniqueOrThrow({ where: { id: amount.id } })).toMatchObject({ plannedCents: 70_000_000n, actualCents: null, version: 2 });

    const rename = { id: source.id, version: String(source.version), projectId, kind: 'LAND_AND_ESF', name: 'Land NRW und ESF+' };
    expect(await sources.updateFundingSource(coordinator, rename)).toEqual({ ok: true, projectId });
    expect(await sources.updateFundingSource(coordinator, { ...rename, name: 'Veraltet' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await database.prisma.fundingSource.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ name: 'Land NRW und ESF+', kind: 'LAND_AND_ESF', version: 2 });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'FundingAmount', entityId: amount.id, action: 'update' } });
    expect(audit.details).toMatchObject({ fields: ['plannedCents', 'actualCents'] });
  });

  it('deletes an amount and a source only at the version shown', async () => {
    const source = await sourceOf('Arbeitgeber Test');
    const amount = source.amounts[0]!;
    expect(await amounts.deleteFundingAmount(coordinator, { id: amount.id, version: '9' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await amounts.deleteFundingAmount(coordinator, { id: amount.id, version: String(amount.version) })).toEqual({ ok: true, projectId });
    expect(await sources.deleteFundingSource(coordinator, { id: source.id, version: String(source.version) })).toEqual({ ok: true, projectId });
    const funding = await getProjectFunding(coordinator, projectId);
    expect(funding!.sources.map((s) => s.name)).toEqual(['Jobcenter Test', 'Land NRW und ESF+']);
    expect(await database.prisma.auditEvent.count({ where: { action: 'delete', actorId: coordinator.id } })).toBe(2);
  });

  it.each([
    ['an official', 'OFFICIAL'],
    ['a caseworker', 'CASEWORKER'],
    ['a job coach', 'JOB_COACH'],
  ] as const)('refuses %s every write; rows unchanged', async (_label, role) => {
    const project = await database.prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    const actor = await person(role, project.operatorId);
    const source = await sourceOf('Jobcenter Test');
    const amount = source.amounts[0]!;
    const before = await database.prisma.fundingSource.findMany({ where: { projectId }, include: { amounts: true }, orderBy: { name: 'asc' } });
    const notFound = { ok: false, kind: 'not-found' };
    expect(await sources.createFundingSource(actor, { projectId, kind: 'OTHER', name: 'Fremd' })).toEqual(notFound);
    expect(await sources.updateFundingSource(actor, { id: source.id, version: String(source.version), projectId, kind: 'OTHER', name: 'Fremd' })).toEqual(notFound);
    expect(await sources.deleteFundingSource(actor, { id: source.id, version: String(source.version) })).toEqual(notFound);
    expect(await amounts.createFundingAmount(actor, { fundingSourceId: source.id, year: '2030', planned: '1' })).toEqual(notFound);
    expect(await amounts.updateFundingAmount(actor, { id: amount.id, version: String(amount.version), fundingSourceId: source.id, year: '2024', planned: '1' })).toEqual(notFound);
    expect(await amounts.deleteFundingAmount(actor, { id: amount.id, version: String(amount.version) })).toEqual(notFound);
    expect(await database.prisma.fundingSource.findMany({ where: { projectId }, include: { amounts: true }, orderBy: { name: 'asc' } })).toEqual(before);
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', actorId: actor.id } })).toBe(6);
  });

  it('refuses another organisation’s coordinator, even the ISB network’s own sources stay untouched', async () => {
    const other = await demoActor('koordination.duisburg@');
    const isbSource = await database.prisma.fundingSource.findFirstOrThrow({ where: { project: { shortName: 'isb-dortmund' } }, include: { amounts: true } });
    const result = await sources.updateFundingSource(other, { id: isbSource.id, version: String(isbSource.version), projectId: isbSource.projectId, kind: 'OTHER', name: 'Übernommen' });
    expect(result).toEqual({ ok: false, kind: 'not-found' });
    expect(await amounts.createFundingAmount(other, { fundingSourceId: isbSource.id, year: '2016', planned: '1' })).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.fundingSource.findUniqueOrThrow({ where: { id: isbSource.id }, include: { amounts: true } })).toEqual(isbSource);
    // Duisburg's coordinator does not even read Dortmund's funding.
    expect(await getProjectFunding(other, isbSource.projectId)).toBeNull();
  });
});
