// Subsidy schedules from the records, their roll-up, savings against cost on a crafted
// dataset (every expected figure computed by hand below), and the admin's reference tables
// with their refusals per role.
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import {
  createEmployer, createEnrolment, createFundingSource, createJobCoach, createOrganisation, createParticipant, createPosition, createProject, createUser,
} from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Organisation, User } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { PhaseInput } from '../factories/enrolment';

type SubsidyQueries = typeof import('@/lib/funding/subsidy-queries');
type Reference = typeof import('@/lib/funding/subsidy-reference');

let database: TestDatabase;
let q: SubsidyQueries;
let listParticipantSchedules: typeof import('@/lib/funding/subsidy-participants').listParticipantSchedules;
let getProjectSavings: typeof import('@/lib/funding/savings-queries').getProjectSavings;
let savingsByProject: typeof import('@/lib/funding/savings-queries').savingsByProject;
let ref: Reference;
let SavingsSection: typeof import('@/components/funding/savings-section').SavingsSection;

// The savings section is an async server component: rendered here with the German messages.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = (await import('@/messages/de.json')).default;
  return { getTranslations: async (namespace: string) => createTranslator({ locale: 'de', messages, namespace: namespace as never }) };
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-23');
let isb: Organisation, jobcenter: Organisation, duisburg: Organisation, land: Organisation;
const actors = {} as Record<'admin' | 'coordinator' | 'otherCoordinator' | 'caseworker' | 'jobCoach' | 'official', ActorContext>;
let projectId: string, otherProjectId: string;
const pseudonyms: string[] = [];

const actor = (user: User, organisation: Organisation) => toActorContext({ ...user, organisation });
async function person(role: Role, organisation: Organisation) {
  return actor(await createUser(database.prisma, { role, organisationId: organisation.id }), organisation);
}
async function placed(project: string, phases: PhaseInput[], followUps: { monthsAfter: number; dueAt: string; stillEmployed: boolean }[] = []) {
  const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
  pseudonyms.push(participant.pseudonym);
  const enrolment = await createEnrolment(database.prisma, { participantId: participant.id, projectId: project, phases });
  for (const f of followUps) {
    await database.prisma.followUp.create({ data: { enrolmentId: enrolment.id, monthsAfter: f.monthsAfter, dueAt: day(f.dueAt), completedAt: day(f.dueAt), stillEmployed: f.stillEmployed } });
  }
  return participant;
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  q = await import('@/lib/funding/subsidy-queries');
  ({ listParticipantSchedules } = await import('@/lib/funding/subsidy-participants'));
  ({ getProjectSavings, savingsByProject } = await import('@/lib/funding/savings-queries'));
  ref = await import('@/lib/funding/subsidy-reference');
  ({ SavingsSection } = await import('@/components/funding/savings-section'));
  const p = database.prisma;

  await p.minimumWage.createMany({ data: [['2024-01-01', 1241], ['2025-01-01', 1282], ['2026-01-01', 1390], ['2027-01-01', 1460]].map(([d, c]) => ({ validFrom: day(d as string), hourlyCents: c as number })) });
  // 2025: 563 € + 480 € = 104 300 cents; 2026: 563 € + 490 € = 105 300 cents (3 510 cents a thirtieth).
  await p.benefitRate.createMany({ data: [
    { validFrom: day('2025-01-01'), standardRateCents: 56_300, housingCostsCents: 48_000 },
    { validFrom: day('2026-01-01'), standardRateCents: 56_300, housingCostsCents: 49_000 },
  ] });

  isb = await createOrganisation(p, { name: 'ISB Förderung Test', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  jobcenter = await createOrganisation(p, { name: 'Jobcenter Förderung Test', kind: 'JOBCENTER', city: 'Dortmund' });
  duisburg = await createOrganisation(p, { name: 'Stadt Förderung Test', kind: 'CITY', city: 'Duisburg' });
  land = await createOrganisation(p, { name: 'Land Förderung Test', kind: 'LAND', city: null });
  actors.admin = await person('ADMIN', jobcenter);
  actors.coordinator = await person('COORDINATOR', isb);
  actors.otherCoordinator = await person('COORDINATOR', duisburg);
  actors.caseworker = await person('CASEWORKER', jobcenter);
  actors.jobCoach = await person('JOB_COACH', isb);
  actors.official = await person('OFFICIAL', land);

  const project = await createProject(p, { operatorId: isb.id, name: 'Förderprojekt', startDate: day('2025-01-01'), endDate: day('2026-12-31'), budgetCents: 100_000_000n });
  projectId = project.id;
  await createJobCoach(p, { organisationId: isb.id, projectId, userId: actors.jobCoach.id });
  const e1 = await createEmployer(p, { organisationId: isb.id, name: 'Caritas Test' });
  const e2 = await createEmployer(p, { organisationId: isb.id, name: 'Diakonie Test' });
  const pos1 = await createPosition(p, { projectId, employerId: e1.id, count: 2, occupationalField: 'Hauswirtschaft', instrument: 'PARA_16E', hoursPerWeek: 30, fullTime: false });
  const pos2 = await createPosition(p, { projectId, employerId: e2.id, count: 1, occupationalField: 'Pflege', instrument: 'PARA_16I', hoursPerWeek: 40, hourlyWageCents: 1500, collectiveAgreement: true });
  await createPosition(p, { projectId, employerId: e2.id, count: 3, occupationalField: 'Verkauf', instrument: 'NONE', hoursPerWeek: 40 });
  await createPosition(p, { projectId, employerId: e1.id, count: 1, occupationalField: 'Büro', instrument: 'PARA_16E', hoursPerWeek: null });

  const job = (kind: 'SUBSIDISED_JOB' | 'REGULAR_JOB', start: string, end: string | null, extra: Partial<PhaseInput> = {}): PhaseInput =>
    ({ kind, startDate: day(start), endDate: end ? day(end) : null, ...extra });
  // T1: §16e at pos1, 30 h, Jan–Jun 2025, still employed at the 6-month check (due 1.7.2025).
  await placed(projectId, [job('SUBSIDISED_JOB', '2025-01-01', '2025-06-30', { instrument: 'PARA_16E', positionId: pos1.id, employerId: e1.id, hoursPerWeek: 30 })],
    [{ monthsAfter: 6, dueAt: '2025-07-01', stillEmployed: true }]);
  // T2: §16i at pos2 (agreed 15 €, 40 h from the position), 1.7.2025–30.6.2026; gone at the 12-month check.
  await placed(projectId, [job('SUBSIDISED_JOB', '2025-07-01', '2026-06-30', { instrument: 'PARA_16I', positionId: pos2.id, employerId: e2.id })],
    [{ monthsAfter: 12, dueAt: '2026-07-01', stillEmployed: false }]);
  // T3: §16e without a position, same term and hours as T1 (one SQL group with T1).
  await placed(projectId, [job('SUBSIDISED_JOB', '2025-01-01', '2025-06-30', { instrument: 'PARA_16E', hoursPerWeek: 30 })]);
  // T4: unsubsidised job from 15.10.2026, still open.
  await placed(projectId, [job('REGULAR_JOB', '2026-10-15', null, { instrument: 'NONE', hoursPerWeek: 39 })]);
  // T5: profiling only, no placement.
  await placed(projectId, [{ kind: 'PROFILING', startDate: day('2025-02-01'), endDate: day('2025-04-30') }]);
  // T6: §16e without hours anywhere, 10.2.–5.3.2026.
  await placed(projectId, [job('SUBSIDISED_JOB', '2026-02-10', '2026-03-05', { instrument: 'PARA_16E' })]);

  const other = await createProject(p, { operatorId: duisburg.id, city: 'Duisburg', name: 'Anderes Projekt', startDate: day('2025-01-01') });
  otherProjectId = other.id;
  await placed(otherProjectId, [job('REGULAR_JOB', '2025-01-01', '2025-12-31')]);

  await createFundingSource(p, { projectId, kind: 'JOBCENTER', name: 'Jobcenter', amounts: [
    { year: 2025, plannedCents: 5_000_000n, actualCents: 4_800_000n }, { year: 2026, plannedCents: 6_000_000n },
  ] });
  await createFundingSource(p, { projectId, kind: 'LAND', name: 'Land', amounts: [{ year: 2025, plannedCents: 10_000_000n }] });
});

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('who may read a project\'s funding', () => {
  it('lets the operator\'s coordinator, the Land\'s official and the city\'s admin in', async () => {
    expect((await q.getFundingProject(actors.coordinator, projectId)).runs).toBe(true);
    expect((await q.getFundingProject(actors.official, projectId)).runs).toBe(false);
    expect((await q.getFundingProject(actors.admin, projectId)).runs).toBe(false);
  });

  it('answers NOT_FOUND to caseworkers, job coaches, another city\'s coordinator and a malformed id', async () => {
    for (const someone of [actors.caseworker, actors.jobCoach, actors.otherCoordinator]) {
      await expect(q.getFundingProject(someone, projectId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(q.getFundingProject(actors.coordinator, 'kein-projekt')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('schedules per position', () => {
  // pos1 (×2): §16e, 30 h, minimum wage, 1.1.2025–31.12.2026 (project period = 24 months):
  //   2025: 1282 × 130 = 166660 + 19.65 % 32749 = 199409 × 75 % = 149556.75 → 149557; × 12 = 1794684
  //   2026: 1390 × 130 = 180700 + 19.85 % 35869 = 216569 × 50 % = 108284.5 → 108285; × 12 = 1299420
  //   per position 3094104; two positions 6188208 (2025: 3589368, 2026: 2598840)
  // pos2 (×1): §16i, 40 h, agreed 15,00 €: base 1500 × 2080 / 12 = 260000, cut at the project end:
  //   2025: + 19.65 % 51090 = 311090 × 100 % × 12 = 3733080; 2026: + 19.85 % 51610 = 311610 × 12 = 3739320
  //   total 7472400
  // together: 2025 7322448, 2026 6338160, total 13660608; the position without hours is left out.
  it('computes each position from the project start and rolls them up', async () => {
    const project = await q.getFundingProject(actors.coordinator, projectId);
    const positions = await q.listPositionSchedules(project, await q.minimumWages());
    expect(positions.map((p) => [p.employer, p.occupationalField, p.count, p.schedule?.total.subsidyCents ?? null])).toEqual([
      ['Caritas Test', 'Büro', 1, null],
      ['Caritas Test', 'Hauswirtschaft', 2, 3_094_104],
      ['Diakonie Test', 'Pflege', 1, 7_472_400],
    ]);
    expect(positions[2]!.schedule!.end).toEqual(day('2026-12-31'));
    const rollUp = q.rollUpPositions(positions);
    expect(rollUp).toMatchObject({ positions: 3, withoutHours: 1, years: [{ year: 2025, cents: 7_322_448 }, { year: 2026, cents: 6_338_160 }] });
    expect(rollUp.total.subsidyCents).toBe(13_660_608);
  });
});

describe('schedules per participant', () => {
  // T1 and T3 (one group, n = 2): 6 × 149557 = 897342 each → 1794684 in 2025.
  // T2: 2025: 6 × 311090 = 1866540; 2026: 6 × 311610 = 1869660 (year 1 ends 30.6.2026).
  // T6 has no hours: not computed. 2025: 3661224; 2026: 1869660; total 5530884.
  it('rolls up the subsidised jobs from the records, exactly for the operator', async () => {
    const project = await q.getFundingProject(actors.coordinator, projectId);
    const rollUp = await q.rollUpParticipants(project, await q.minimumWages());
    expect(rollUp).toEqual({
      jobs: { value: 4, suppressed: false }, withoutHours: 1,
      years: [{ year: 2025, cents: 3_661_224 }, { year: 2026, cents: 1_869_660 }], totalCents: 5_530_884,
    });
  });

  it('suppresses fewer than 5 subsidised jobs for an official', async () => {
    const project = await q.getFundingProject(actors.official, projectId);
    expect(await q.rollUpParticipants(project, await q.minimumWages())).toEqual({ jobs: { value: null, suppressed: true }, withoutHours: 0, years: null, totalCents: null });
  });

  it('lists the coordinator\'s participants by pseudonym only and audits the read', async () => {
    const project = await q.getFundingProject(actors.coordinator, projectId);
    const list = await listParticipantSchedules(actors.coordinator, project, await q.minimumWages(), 1);
    expect(list).not.toBeNull();
    expect(list!.total).toBe(4);
    expect(list!.rows.map((r) => r.schedule?.total.subsidyCents ?? null)).toEqual([897_342, 897_342, 3_736_200, null]);
    expect(list!.rows.every((r) => pseudonyms.includes(r.pseudonym))).toBe(true);
    expect(JSON.stringify(list)).not.toContain('Mustermann');
    const event = await database.prisma.auditEvent.findFirst({ where: { actorId: actors.coordinator.id, action: 'read', details: { path: ['purpose'], equals: 'subsidy-schedule' } } });
    expect((event?.details as { ids: string[] }).ids).toHaveLength(4);
  });

  it('shows no participant schedule to an official', async () => {
    const project = await q.getFundingProject(actors.official, projectId);
    expect(await listParticipantSchedules(actors.official, project, await q.minimumWages(), 1)).toBeNull();
  });
});

describe('savings against cost', () => {
  // Placements (first job phase) and how long they save, §41 SGB II thirtieths:
  //   T1 1.1.–1.7.2025 (confirmed at the 6-month check): Jan–Jun 6 × 104300 = 625800, Jul 1/30 → 3476.67 → 3477
  //   T2 1.7.2025–30.6.2026: Jul–Dec 6 × 104300 = 625800; Jan–Jun 6 × 105300 = 631800
  //   T3 1.1.–30.6.2025: 625800
  //   T4 15.10.2026–today 23.11.2026: Oct 17 × 3510 = 59670, Nov 23 × 3510 = 80730
  //   T6 10.2.–5.3.2026: Feb 19 × 3510 = 66690 (not the whole February), Mar 5 × 3510 = 17550
  // 2025: 629277 + 625800 + 625800 = 1880877; 2026: 631800 + 140400 + 84240 = 856440; total 2737317
  // thirtieths 181 + 360 + 180 + 40 + 24 = 785.
  it('sums the benefits no longer paid, per year, from the records', async () => {
    const project = await q.getFundingProject(actors.coordinator, projectId);
    expect(await getProjectSavings(project, TODAY)).toEqual({
      placements: { value: 5, suppressed: false },
      savings: { placements: 5, thirtieths: 785, totalCents: 2_737_317, years: [{ year: 2025, cents: 1_880_877 }, { year: 2026, cents: 856_440 }] },
    });
  });

  it('shows officials 5 or more placements, and keeps projects apart', async () => {
    const project = await q.getFundingProject(actors.official, projectId);
    expect((await getProjectSavings(project, TODAY)).savings?.totalCents).toBe(2_737_317);
    const both = await savingsByProject([projectId, otherProjectId], TODAY);
    expect(both.get(otherProjectId)).toMatchObject({ placements: 1, thirtieths: 360 });
    const other = await q.getFundingProject({ ...actors.official }, otherProjectId);
    expect(await getProjectSavings(other, TODAY)).toEqual({ placements: { value: null, suppressed: true }, savings: null });
  });

  /** The section's cards as [label, value] and its text, as the page renders them. */
  async function renderSavings(actor: ActorContext, id: string) {
    const project = await q.getFundingProject(actor, id);
    const element = createElement(SavingsSection, { project, savings: await getProjectSavings(project, TODAY), plan: await q.getFundingPlan(project), today: TODAY });
    const html = await new Response((await prerender(element)).prelude).text();
    const text = (fragment: string) => fragment.replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').trim();
    const cards = [...html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)].map((m) => [text(m[1]!), text(m[2]!)]);
    return { cards: Object.fromEntries(cards) as Record<string, string>, text: text(html) };
  }

  it('shows a suppressed count of placements as "< 5", as the dashboards do, and hides the savings it would reveal', async () => {
    const note = 'Fallzahlen unter 5 erscheinen als „< 5“. Die Monate in Beschäftigung und die eingesparten Leistungen werden dann nicht ausgewiesen, weil sich aus ihnen die Beschäftigungszeit weniger Menschen errechnen ließe.';
    // One placement in the other project: an official sees statistics.
    const hidden = await renderSavings(actors.official, otherProjectId);
    expect(hidden.cards).toMatchObject({ Integrationen: '< 5', 'Monate in Beschäftigung': 'nicht ausgewiesen', 'Eingesparte Leistungen': 'nicht ausgewiesen' });
    expect(hidden.text).toContain(note);
    expect(hidden.text).not.toContain('360');
    // Five placements are shown, without the note.
    const shown = await renderSavings(actors.official, projectId);
    expect(shown.cards).toMatchObject({ Integrationen: '5', 'Eingesparte Leistungen': expect.stringMatching(/^27\.373,17\s€$/) });
    expect(shown.text).not.toContain('< 5');
    expect(shown.text).not.toContain(note);
  });

  it('reads the cost side from the financing plan', async () => {
    const project = await q.getFundingProject(actors.coordinator, projectId);
    expect(await q.getFundingPlan(project)).toEqual({
      jobcenterYears: [{ year: 2025, plannedCents: 5_000_000n, actualCents: 4_800_000n }, { year: 2026, plannedCents: 6_000_000n, actualCents: null }],
      plannedCents: 21_000_000n,
      actualCents: 4_800_000n,
    });
  });
});

describe('reference tables (admin)', () => {
  const wage = (d: string) => database.prisma.minimumWage.findUnique({ where: { validFrom: day(d) } });
  const events = (entityId: string) => database.prisma.auditEvent.findMany({ where: { entity: 'MinimumWage', entityId }, orderBy: { id: 'asc' } });

  it('creates, edits, moves and deletes a minimum wage, each audited and matched on the version', async () => {
    expect(await ref.saveMinimumWage(actors.admin, { validFrom: '2028-01-01', hourly: '15,00' })).toMatchObject({ ok: true });
    expect(await wage('2028-01-01')).toMatchObject({ hourlyCents: 1500, version: 1 });
    expect(await ref.saveMinimumWage(actors.admin, { originalValidFrom: '2028-01-01', version: '1', validFrom: '2028-01-01', hourly: '15,50' })).toMatchObject({ ok: true });
    expect(await wage('2028-01-01')).toMatchObject({ hourlyCents: 1550, version: 2 });
    // A second tab still holding version 1 is refused; nothing changes.
    expect(await ref.saveMinimumWage(actors.admin, { originalValidFrom: '2028-01-01', version: '1', validFrom: '2028-01-01', hourly: '16,00' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await wage('2028-01-01')).toMatchObject({ hourlyCents: 1550, version: 2 });
    expect(await ref.saveMinimumWage(actors.admin, { originalValidFrom: '2028-01-01', version: '2', validFrom: '2028-07-01', hourly: '15,50' })).toMatchObject({ ok: true });
    expect(await wage('2028-01-01')).toBeNull();
    expect((await events('2028-07-01'))[0]).toMatchObject({ action: 'update', actorId: actors.admin.id, details: { previousValidFrom: '2028-01-01' } });
    expect(await ref.deleteReferenceRow(actors.admin, 'MinimumWage', { validFrom: '2028-07-01', version: '1' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await ref.deleteReferenceRow(actors.admin, 'MinimumWage', { validFrom: '2028-07-01', version: '3' })).toMatchObject({ ok: true });
    expect(await wage('2028-07-01')).toBeNull();
    expect((await events('2028-01-01')).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await events('2028-07-01')).map((e) => e.action)).toEqual(['update', 'delete']);
  });

  it('reports every invalid field in German, and a day that already has a row at the field', async () => {
    const invalid = await ref.saveMinimumWage(actors.admin, { validFrom: '2028-02-30', hourly: 'zwölf' });
    expect(invalid).toMatchObject({ ok: false, kind: 'invalid' });
    if (invalid.ok || invalid.kind !== 'invalid') throw new Error('expected invalid');
    expect(invalid.fieldErrors.validFrom).toMatch(/als Datum/);
    expect(invalid.fieldErrors.hourly).toMatch(/Betrag von 1,00 € bis 100,00 €/);
    const duplicate = await ref.saveMinimumWage(actors.admin, { validFrom: '2026-01-01', hourly: '13,90' });
    expect(duplicate).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { validFrom: expect.stringContaining('schon einen Eintrag') } });
    expect(await wage('2026-01-01')).toMatchObject({ hourlyCents: 1390, version: 1 });
  });

  it('saves benefit rates the same way', async () => {
    expect(await ref.saveBenefitRate(actors.admin, { validFrom: '2027-01-01', standardRate: '570,00', housingCosts: '500' })).toMatchObject({ ok: true });
    const row = await database.prisma.benefitRate.findUnique({ where: { validFrom: day('2027-01-01') } });
    expect(row).toMatchObject({ standardRateCents: 57_000, housingCostsCents: 50_000, version: 1 });
    const invalid = await ref.saveBenefitRate(actors.admin, { validFrom: '2027-02-01', standardRate: '', housingCosts: '-5' });
    expect(invalid).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { standardRate: expect.stringContaining('Regelbedarf'), housingCosts: expect.stringContaining('Kosten der Unterkunft') } });
    expect(await ref.deleteReferenceRow(actors.admin, 'BenefitRate', { validFrom: '2027-01-01', version: '1' })).toMatchObject({ ok: true });
  });

  it('refuses every other role, changes nothing and audits the attempt', async () => {
    const before = await database.prisma.minimumWage.findMany({ orderBy: { validFrom: 'asc' } });
    for (const someone of [actors.coordinator, actors.caseworker, actors.jobCoach, actors.official]) {
      expect(await ref.listReferenceRows(someone)).toBeNull();
      expect(await ref.saveMinimumWage(someone, { validFrom: '2029-01-01', hourly: '16,00' })).toEqual({ ok: false, kind: 'forbidden' });
      expect(await ref.saveBenefitRate(someone, { validFrom: '2029-01-01', standardRate: '600', housingCosts: '500' })).toEqual({ ok: false, kind: 'forbidden' });
      expect(await ref.deleteReferenceRow(someone, 'MinimumWage', { validFrom: '2026-01-01', version: '1' })).toEqual({ ok: false, kind: 'forbidden' });
      const denied = await database.prisma.auditEvent.count({ where: { actorId: someone.id, action: 'access.denied' } });
      expect(denied).toBe(3);
    }
    expect(await database.prisma.minimumWage.findMany({ orderBy: { validFrom: 'asc' } })).toEqual(before);
    expect(await database.prisma.benefitRate.count({ where: { validFrom: day('2029-01-01') } })).toBe(0);
  });

  it('lists both tables newest first for the admin', async () => {
    const rows = await ref.listReferenceRows(actors.admin);
    expect(rows?.minimumWages.map((r) => r.hourlyCents)).toEqual([1460, 1390, 1282, 1241]);
    expect(rows?.benefitRates.map((r) => r.housingCostsCents)).toEqual([49_000, 48_000]);
  });
});
