// The dashboard's figures on a crafted dataset: exact for the coordinator who runs the
// project, suppressed (primary and secondary) for officials, nothing outside the scope,
// and no dashboards at all for caseworkers and job coaches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Count } from '@/lib/dashboard/suppress';

let database: TestDatabase;
let queries: typeof import('@/lib/dashboard/queries');
let projectId = '';
const actors: Record<string, ActorContext> = {};

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const n = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const PERIOD = { von: '2020-01', bis: '2020-12' } as const;

async function actor(key: string, role: Role, organisation: { id: string; kind: ActorContext['organisationKind']; city: string | null }) {
  const user = await createUser(database.prisma, { organisationId: organisation.id, role });
  actors[key] = toActorContext({ ...user, organisation });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const operator = await createOrganisation(database.prisma, { kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  const otherOperator = await createOrganisation(database.prisma, { kind: 'EMPLOYER_NETWORK', city: 'Duisburg' });
  const dortmund = await createOrganisation(database.prisma, { kind: 'CITY', city: 'Dortmund' });
  const duisburg = await createOrganisation(database.prisma, { kind: 'CITY', city: 'Duisburg' });
  const land = await createOrganisation(database.prisma, { kind: 'LAND', city: null });
  const jobcenter = await createOrganisation(database.prisma, { kind: 'JOBCENTER', city: 'Dortmund' });
  await actor('coordinator', 'COORDINATOR', operator);
  await actor('otherCoordinator', 'COORDINATOR', otherOperator);
  await actor('dortmund', 'OFFICIAL', dortmund);
  await actor('duisburg', 'OFFICIAL', duisburg);
  await actor('land', 'OFFICIAL', land);
  await actor('caseworker', 'CASEWORKER', jobcenter);
  await actor('jobCoach', 'JOB_COACH', operator);

  const project = await createProject(database.prisma, { operatorId: operator.id, city: 'Dortmund', contactsPerMonth: 4, startDate: day(2020, 1, 1) });
  projectId = project.id;
  const duisburgProject = await createProject(database.prisma, { operatorId: otherOperator.id, city: 'Duisburg', contactsPerMonth: 2, startDate: day(2020, 1, 1) });

  // 30 enrolments in January 2020, all starting with profiling; 8 placed in March, 3 in
  // April, 6 in May; 6 exit in June, whose 6-month follow-ups (due December) find 5
  // still employed and 1 with an income covering needs.
  const placedIn = [...Array(8).fill(3), ...Array(3).fill(4), ...Array(6).fill(5)] as number[];
  const enrolmentIds: string[] = [];
  for (let i = 0; i < 30; i++) {
    const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
    const placed = placedIn[i];
    const exits = i < 6;
    const enrolment = await createEnrolment(database.prisma, {
      participantId: participant.id, projectId, enrolledAt: day(2020, 1, 6),
      exitedAt: exits ? day(2020, 6, 30) : null, exitReason: exits ? 'REGULAR_JOB' : null,
      phases: [
        { kind: 'PROFILING', startDate: day(2020, 1, 6) },
        ...(placed ? [{ kind: 'REGULAR_JOB' as const, startDate: day(2020, placed, 1) }] : []),
        ...(exits ? [{ kind: 'EXIT' as const, startDate: day(2020, 6, 30), endDate: day(2020, 6, 30) }] : []),
      ],
    });
    enrolmentIds.push(enrolment.id);
    if (exits) {
      await database.prisma.followUp.create({
        data: { enrolmentId: enrolment.id, monthsAfter: 6, dueAt: day(2020, 12, 30), completedAt: day(2020, 12, 30), stillEmployed: i < 5, needsCovering: i === 0 },
      });
    }
  }
  // Contacts: 20 enrolments once in January, all 30 four times in February, 2 in March.
  const contact = (enrolmentId: string, month: number, dayOfMonth: number) => ({
    enrolmentId, occurredAt: new Date(Date.UTC(2020, month - 1, dayOfMonth, 10)), kind: 'IN_PERSON' as const, durationMinutes: 30,
  });
  await database.prisma.contact.createMany({
    data: [
      ...enrolmentIds.slice(0, 20).map((id) => contact(id, 1, 15)),
      ...enrolmentIds.flatMap((id) => [3, 10, 17, 24].map((d) => contact(id, 2, d))),
      ...enrolmentIds.slice(0, 2).map((id) => contact(id, 3, 5)),
    ],
  });

  // Duisburg: 2 people through all of 2020, 3 contacts each in every month. 24
  // participant-months and 72 contacts a year: no small numbers, yet they are about 2 people.
  for (let i = 0; i < 2; i++) {
    const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
    const enrolment = await createEnrolment(database.prisma, {
      participantId: participant.id, projectId: duisburgProject.id, enrolledAt: day(2020, 1, 2), phases: [{ kind: 'PROFILING', startDate: day(2020, 1, 2) }],
    });
    await database.prisma.contact.createMany({
      data: Array.from({ length: 12 }, (_, m) => [5, 12, 19].map((d) => contact(enrolment.id, m + 1, d))).flat(),
    });
  }

  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  queries = await import('@/lib/dashboard/queries');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('figures for the coordinator who runs the project: exact', () => {
  it('placements and placement rate per month and in the period', async () => {
    const placements = (await queries.getPlacements(actors.coordinator!, { ...PERIOD, projekt: projectId }))!;
    expect(placements.spans.slice(0, 7).map((m) => [m.start, m.active.value, m.placed.value])).toEqual([
      ['2020-01', 30, 0], ['2020-02', 30, 0], ['2020-03', 30, 8], ['2020-04', 30, 3], ['2020-05', 30, 6], ['2020-06', 30, 0], ['2020-07', 24, 0],
    ]);
    expect(placements.spans[2]!.rate).toBe(26.7);
    expect(placements.total).toEqual({ active: n(30), placed: n(17), rate: 56.7 });
  });

  it('a later period carries the enrolments in and counts only its own placements', async () => {
    const placements = (await queries.getPlacements(actors.coordinator!, { von: '2020-04', bis: '2020-07', projekt: projectId }))!;
    expect(placements.spans.map((m) => m.active.value)).toEqual([30, 30, 30, 24]);
    expect(placements.total).toEqual({ active: n(30), placed: n(9), rate: 30 });
  });

  it('sustainability, funnel and contacts against the target', async () => {
    const filter = { ...PERIOD, projekt: projectId };
    const [sustainability, funnel, contacts] = await Promise.all([
      queries.getSustainability(actors.coordinator!, filter), queries.getFunnel(actors.coordinator!, filter), queries.getContacts(actors.coordinator!, filter),
    ]);
    expect(sustainability![0]).toEqual({ monthsAfter: 6, due: n(6), completed: n(6), employed: n(5), needsCovering: n(1), employedShare: 83.3, needsCoveringShare: 16.7 });
    expect(sustainability![1]).toMatchObject({ monthsAfter: 12, due: n(0), employedShare: null });
    expect(funnel!.map((s) => [s.stage, s.count.value, s.share])).toEqual([
      ['ENROLLED', 30, null], ['PROFILING', 30, 100], ['REGULAR_JOB', 17, 56.7], ['EXIT', 6, 20],
    ]);
    expect(contacts!.spans.slice(0, 3).map((m) => [m.contacts.value, m.contacted.value, m.perParticipant, m.target])).toEqual([
      [20, 20, 0.7, 4], [120, 30, 4, 4], [2, 2, 0.1, 4],
    ]);
    expect(contacts!.total.contacts).toEqual(n(142));
  });

  it('per quarter: participants at its start plus those enrolled in it; contacts per participant-month', async () => {
    const filter = { ...PERIOD, projekt: projectId, einteilung: 'quartal' as const };
    const [placements, contacts] = await Promise.all([queries.getPlacements(actors.coordinator!, filter), queries.getContacts(actors.coordinator!, filter)]);
    expect(placements!.step).toBe('quarter');
    expect(placements!.spans.map((m) => [m.start, m.active.value, m.placed.value, m.rate])).toEqual([
      ['2020-01', 30, 8, 26.7], ['2020-04', 30, 9, 30], ['2020-07', 24, 0, 0], ['2020-10', 24, 0, 0],
    ]);
    expect(placements!.total).toEqual({ active: n(30), placed: n(17), rate: 56.7 });
    // January to March: 90 participant-months, 52 of them with a contact, 142 contacts.
    expect(contacts!.spans.map((m) => [m.active.value, m.contacted.value, m.contacts.value, m.perParticipant, m.target])).toEqual([
      [90, 52, 142, 1.6, 4], [90, 0, 0, 0, 4], [72, 0, 0, 0, 4], [72, 0, 0, 0, 4],
    ]);
    expect(contacts!.total).toEqual({ contacts: n(142), perParticipant: 0.4, target: 4 });
  });

  it('a period that begins inside a quarter starts its first row there, and a year is one row', async () => {
    const quarters = (await queries.getPlacements(actors.coordinator!, { von: '2020-02', bis: '2020-12', projekt: projectId, einteilung: 'quartal' }))!;
    expect(quarters.spans.map((m) => [m.start, m.placed.value])).toEqual([['2020-02', 8], ['2020-04', 9], ['2020-07', 0], ['2020-10', 0]]);
    const year = (await queries.getPlacements(actors.coordinator!, { ...PERIOD, projekt: projectId, einteilung: 'jahr' }))!;
    expect(year.spans).toEqual([{ start: '2020-01', active: n(30), placed: n(17), rate: 56.7 }]);
  });

  it('without a choice, the length of the period sets the rows: months to 2 years, quarters to 8, years beyond', async () => {
    const rows = async (von: string, bis: string) => (await queries.getPlacements(actors.coordinator!, { von, bis, projekt: projectId }))!;
    expect((await rows('2019-01', '2020-12')).spans).toHaveLength(24);
    expect((await rows('2019-01', '2021-01')).step).toBe('quarter');
    expect((await rows('2013-01', '2020-12')).spans).toHaveLength(32);
    const years = await rows('2012-12', '2020-12');
    expect(years.step).toBe('year');
    expect(years.spans.map((m) => m.start)).toEqual(['2012-12', ...Array.from({ length: 8 }, (_, i) => `${2013 + i}-01`)]);
  });

  it('follows a write at once: the rollups are live', async () => {
    const enrolment = await database.prisma.enrolment.findFirstOrThrow({ where: { projectId, phases: { none: { kind: 'REGULAR_JOB' } } } });
    const phase = await database.prisma.phase.create({ data: { enrolmentId: enrolment.id, kind: 'REGULAR_JOB', startDate: day(2020, 6, 2) } });
    const placements = (await queries.getPlacements(actors.coordinator!, { ...PERIOD, projekt: projectId }))!;
    expect(placements.spans[5]!.placed).toEqual(n(1));
    await database.prisma.phase.delete({ where: { id: phase.id } });
  });
});

describe('figures for officials: aggregates with small counts suppressed', () => {
  it('hides small placements and enough others that none can be derived from the total', async () => {
    const placements = (await queries.getPlacements(actors.dortmund!, { ...PERIOD, ebene: 'projekt', projekt: projectId }))!;
    // March 8 (rest 22) shows; April's 3 is hidden, and since the hidden months would add
    // up to 3 against the total of 17, May's 6 is hidden too.
    expect(placements.spans.slice(0, 6).map((m) => m.placed)).toEqual([hidden, hidden, n(8), hidden, hidden, hidden]);
    expect(placements.total.placed).toEqual(n(17));
    const shownSum = placements.spans.reduce((s, m) => s + (m.placed.value ?? 0), 0);
    expect(17 - shownSum).toBeGreaterThanOrEqual(5);
    expect(placements.spans[3]!.rate).toBeNull();
  });

  it('hides a part when its rest is small: 5 of 6 still employed would name the one who is not', async () => {
    const [six] = (await queries.getSustainability(actors.dortmund!, { ...PERIOD, projekt: projectId }))!;
    expect(six).toEqual({ monthsAfter: 6, due: n(6), completed: n(6), employed: hidden, needsCovering: hidden, employedShare: null, needsCoveringShare: null });
  });

  it('contacts: ratios only where both counts show', async () => {
    const contacts = (await queries.getContacts(actors.dortmund!, { ...PERIOD, projekt: projectId }))!;
    expect(contacts.spans.slice(0, 3).map((m) => [m.contacts, m.perParticipant])).toEqual([[hidden, null], [n(120), 4], [hidden, null]]);
    expect(contacts.total.contacts).toEqual(n(142));
  });

  it('per quarter, counts about fewer than 5 people stay hidden even as participant-months', async () => {
    const contacts = (await queries.getContacts(actors.duisburg!, { ...PERIOD, einteilung: 'quartal' }))!;
    expect(contacts.spans).toHaveLength(4);
    for (const span of contacts.spans) expect([span.active, span.contacted, span.perParticipant]).toEqual([hidden, hidden, null]);
    expect(contacts.total.perParticipant).toBeNull();
  });

  it('the Land sees the city and the Land level; the city official only their city', async () => {
    const land = (await queries.getDashboard(actors.land!, { ...PERIOD, ebene: 'stadt', stadt: 'Dortmund' }))!;
    expect(land.selection.options.levels).toEqual(['project', 'city', 'land']);
    expect(land.selection.projectIds).toEqual([projectId]);
    expect(land.placements.total.placed).toEqual(n(17));
    const all = (await queries.getDashboard(actors.land!, { ...PERIOD, ebene: 'land' }))!;
    expect(all.selection.projectIds).toHaveLength(2);
    expect(all.selection.exact).toBe(false);
    const city = (await queries.getDashboard(actors.dortmund!, { ...PERIOD, ebene: 'land' }))!;
    expect(city.selection.level).toBe('city');
    expect(city.selection.options.levels).toEqual(['project', 'city']);
  });
});

describe('statistics kept for up to a minute', () => {
  it('an official reads kept statistics, shared with everyone selecting the same; the coordinator reads live', async () => {
    const { forgetKeptStatistics } = await import('@/lib/dashboard/figure-cache');
    forgetKeptStatistics();
    const filter = { ...PERIOD, ebene: 'projekt' as const, projekt: projectId };
    const before = (await queries.getDashboard(actors.dortmund!, filter))!;
    expect(before.placements.total.placed).toEqual(n(17));
    const enrolment = await database.prisma.enrolment.findFirstOrThrow({ where: { projectId, phases: { none: { kind: 'REGULAR_JOB' } } } });
    const phase = await database.prisma.phase.create({ data: { enrolmentId: enrolment.id, kind: 'REGULAR_JOB', startDate: day(2020, 6, 2) } });
    try {
      const kept = (await queries.getDashboard(actors.land!, filter))!;
      expect(kept.placements.total.placed).toEqual(n(17));
      expect(kept.readAt).toEqual(before.readAt);
      expect((await queries.getDashboard(actors.coordinator!, filter))!.placements.total.placed).toEqual(n(18));
      forgetKeptStatistics();
      expect((await queries.getDashboard(actors.dortmund!, filter))!.placements.total.placed).toEqual(n(18));
    } finally {
      await database.prisma.phase.delete({ where: { id: phase.id } });
      forgetKeptStatistics();
    }
  });
});

describe('scope', () => {
  it('an official of another city sees nothing of this city', async () => {
    for (const filter of [{ projekt: projectId }, { ebene: 'stadt' as const, stadt: 'Dortmund' }, { ebene: 'land' as const }]) {
      const view = (await queries.getDashboard(actors.duisburg!, { ...PERIOD, ...filter }))!;
      expect(view.selection.projectIds).not.toContain(projectId);
      expect(view.selection.options.projects.map((p) => p.id)).not.toContain(projectId);
      expect(view.selection.options.cities).toEqual(['Duisburg']);
    }
  });

  it('a coordinator sees their own projects only', async () => {
    const view = (await queries.getDashboard(actors.otherCoordinator!, { ...PERIOD, projekt: projectId }))!;
    expect(view.selection.projectIds).not.toContain(projectId);
    expect(view.selection.options.levels).toEqual(['project']);
  });

  it('caseworkers and job coaches get no dashboard', async () => {
    for (const key of ['caseworker', 'jobCoach']) {
      expect(await queries.getDashboard(actors[key]!, PERIOD)).toBeNull();
      expect(await queries.getPlacements(actors[key]!, { projekt: projectId })).toBeNull();
    }
  });
});
