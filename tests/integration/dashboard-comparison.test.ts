// Programmes side by side at city and Land level: on the seed (Dortmund: Aktiv statt passiv!
// and Service Center lokale Arbeit, whose 208 placements must read back) and on a crafted
// city of three projects, exact for its administration and suppressed per cell for an
// official, with the same totals as the figures below it on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { comparisonSummary, comparisonTable } from '@/lib/dashboard/comparison-table';
import type { Count } from '@/lib/dashboard/suppress';
import { tableRows, type Translate } from '@/lib/dashboard/tables';
import de from '@/messages/de.json';

let database: TestDatabase;
let queries: typeof import('@/lib/dashboard/queries');
const actors: Record<string, ActorContext> = {};
const ids: Record<string, string> = {};

const n = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const CITY = { ebene: 'stadt', stadt: 'Vergleichsstadt', von: '2020-01', bis: '2020-12' } as const;
const t: Translate = (key, values = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], de.dashboard) as string;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
};

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

/**
 * `size` enrolments in January 2020; the first `placed` take a job in `placedIn`; the first
 * `exits` leave on 30 June and their 6-month follow-up finds the first `employed` still
 * employed; the first `contacted` have two contacts in January.
 */
async function programme(key: string, operatorId: string, jobcenterId: string, o: {
  name: string; target: number | null; size: number; placed: number; placedIn: number; exits: number; employed: number; contacted: number;
}) {
  const project = await createProject(database.prisma, { operatorId, city: 'Vergleichsstadt', name: o.name, contactsPerMonth: o.target, startDate: day(2020, 1, 1) });
  ids[key] = project.id;
  for (let i = 0; i < o.size; i++) {
    const participant = await createParticipant(database.prisma, { organisationId: jobcenterId });
    const exits = i < o.exits;
    const enrolment = await createEnrolment(database.prisma, {
      participantId: participant.id, projectId: project.id, enrolledAt: day(2020, 1, 6),
      exitedAt: exits ? day(2020, 6, 30) : null, exitReason: exits ? 'REGULAR_JOB' : null,
      phases: [
        { kind: 'PROFILING', startDate: day(2020, 1, 6) },
        ...(i < o.placed ? [{ kind: 'REGULAR_JOB' as const, startDate: day(2020, o.placedIn, 1) }] : []),
        ...(exits ? [{ kind: 'EXIT' as const, startDate: day(2020, 6, 30), endDate: day(2020, 6, 30) }] : []),
      ],
    });
    if (exits) {
      await database.prisma.followUp.create({
        data: { enrolmentId: enrolment.id, monthsAfter: 6, dueAt: day(2020, 12, 30), completedAt: day(2020, 12, 30), stillEmployed: i < o.employed, needsCovering: false },
      });
    }
    if (i < o.contacted) {
      await database.prisma.contact.createMany({
        data: [15, 22].map((d) => ({ enrolmentId: enrolment.id, occurredAt: new Date(Date.UTC(2020, 0, d, 10)), kind: 'IN_PERSON' as const, durationMinutes: 30 })),
      });
    }
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });

  const city = await createOrganisation(database.prisma, { kind: 'CITY', city: 'Vergleichsstadt' });
  const jobcenter = await createOrganisation(database.prisma, { kind: 'JOBCENTER', city: 'Vergleichsstadt' });
  for (const [key, role] of [['admin', 'ADMIN'], ['official', 'OFFICIAL']] as const) {
    const user = await createUser(database.prisma, { organisationId: city.id, role });
    actors[key] = toActorContext({ ...user, organisation: city });
  }
  // Alpha: 20, 10 placed, 6 follow-ups with 5 still employed, 40 contacts against 4 a month.
  // Beta: 12, 6 placed, 5 follow-ups all employed, 3 contacts. Gamma: 3, 1 placed, target 2.
  await programme('alpha', city.id, jobcenter.id, { name: 'Alpha', target: 4, size: 20, placed: 10, placedIn: 3, exits: 6, employed: 5, contacted: 20 });
  await programme('beta', city.id, jobcenter.id, { name: 'Beta', target: null, size: 12, placed: 6, placedIn: 4, exits: 5, employed: 5, contacted: 0 });
  await programme('gamma', city.id, jobcenter.id, { name: 'Gamma', target: 2, size: 3, placed: 1, placedIn: 5, exits: 0, employed: 0, contacted: 0 });
  await database.prisma.contact.create({
    data: { enrolmentId: (await database.prisma.enrolment.findFirstOrThrow({ where: { projectId: ids.beta } })).id, occurredAt: new Date(Date.UTC(2020, 1, 3, 10)), kind: 'PHONE', durationMinutes: 10 },
  });
  await database.prisma.contact.createMany({
    data: (await database.prisma.enrolment.findMany({ where: { projectId: ids.beta }, take: 2, skip: 1 })).map((e) => ({ enrolmentId: e.id, occurredAt: new Date(Date.UTC(2020, 1, 4, 10)), kind: 'PHONE' as const, durationMinutes: 10 })),
  });

  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  queries = await import('@/lib/dashboard/queries');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('on the seed', () => {
  it('Dortmund side by side: Service Center lokale Arbeit with its 208 placements, the rows adding up to the city', async () => {
    const view = (await queries.getDashboard(await demoActor('land.nrw@'), { ebene: 'stadt', stadt: 'Dortmund', von: '2013-01', bis: '2026-12' }))!;
    const comparison = view.comparison!;
    expect(comparison.rows.map((r) => r.name)).toEqual(['Aktiv statt passiv!', 'Service Center lokale Arbeit']);
    expect(comparison.rows[1]!.placed).toEqual(n(208));
    const sum = comparison.rows.reduce((s, r) => s + r.placed.value!, 0);
    expect(comparison.total.placed).toEqual(n(sum));
    expect(comparison.total).toMatchObject({ participants: view.placements.total.active, placed: view.placements.total.placed, rate: view.placements.total.rate });
  });

  it('none at project level; at Land level every project, named with its city', async () => {
    const land = await demoActor('land.nrw@');
    const project = (await queries.getDashboard(land, { ebene: 'projekt' }))!;
    expect(project.comparison).toBeUndefined();
    const all = (await queries.getDashboard(land, { ebene: 'land', von: '2020-01', bis: '2020-12' }))!;
    expect(all.comparison!.rows).toHaveLength(all.selection.projectIds.length);
    expect(comparisonTable(all.comparison!, t).rows.map((r) => r.header)).toContain('Alpha (Vergleichsstadt)');
  });
});

describe('a crafted city of three programmes', () => {
  it('exact for the administration that runs them all', async () => {
    const view = (await queries.getDashboard(actors.admin!, CITY))!;
    expect(view.selection).toMatchObject({ level: 'city', exact: true });
    const { rows, total } = view.comparison!;
    expect(rows.map(({ name, participants, placed, rate, employedShare, contactsPerParticipant, contactsTarget }) => [
      name, participants, placed, rate, employedShare, contactsPerParticipant, contactsTarget,
    ])).toEqual([
      // Active months: Alpha 20 × 6 + 14 × 6 = 204, Beta 12 × 6 + 7 × 6 = 114, Gamma 36.
      ['Alpha', n(20), n(10), 50, 83.3, 0.2, 4],
      ['Beta', n(12), n(6), 50, 100, 0, null],
      ['Gamma', n(3), n(1), 33.3, null, 0, 2],
    ]);
    // Targets weighted by active months: (4 × 204 + 2 × 36) / 240.
    expect(total).toEqual({ participants: n(35), placed: n(17), rate: 48.6, employedShare: 90.9, contactsPerParticipant: 0.1, contactsTarget: 3.7 });
  });

  it('for an official each cell suppressed as in the figures below, with the same totals', async () => {
    const view = (await queries.getDashboard(actors.official!, CITY))!;
    expect(view.selection.exact).toBe(false);
    const { rows, total } = view.comparison!;
    // Gamma's 3 participants are hidden, and Beta's 12 with them, or 35 − 20 − 12 would give
    // the 3 away; likewise the placements. Alpha's 5 of 6 still employed would name the one
    // who is not; Beta's 3 contacts are too few for a ratio.
    expect(rows.map(({ participants, placed, rate, employedShare, contactsPerParticipant, contactsTarget }) => [
      participants, placed, rate, employedShare, contactsPerParticipant, contactsTarget,
    ])).toEqual([
      [n(20), n(10), 50, null, 0.2, 4],
      [hidden, hidden, null, 100, null, null],
      [hidden, hidden, null, null, null, 2],
    ]);
    expect(total).toEqual({ participants: n(35), placed: n(17), rate: 48.6, employedShare: null, contactsPerParticipant: 0.1, contactsTarget: 3.7 });
    expect(total).toMatchObject({
      participants: view.placements.total.active, placed: view.placements.total.placed, rate: view.placements.total.rate,
      employedShare: view.sustainability[0]!.employedShare,
      contactsPerParticipant: view.contacts.total.perParticipant, contactsTarget: view.contacts.total.target,
    });
  });

  it('the table, its CSV rows and the summary say the same', async () => {
    const comparison = (await queries.getDashboard(actors.official!, CITY))!.comparison!;
    expect(tableRows(comparisonTable(comparison, t))).toEqual([
      ['Programm', 'Teilnehmende im Zeitraum', 'Vermittlungen', 'Vermittlungsquote', 'nach 6 Monaten noch beschäftigt', 'Kontakte je Teilnehmende(n) und Monat', 'Ziel: Kontakte je Monat'],
      ['Alpha', '20', '10', '50,0 %', '–', '0,2', '4,0'],
      ['Beta', '< 5', '< 5', '–', '100,0 %', '–', '–'],
      ['Gamma', '< 5', '< 5', '–', '–', '–', '2,0'],
      ['Alle Programme zusammen', '35', '17', '48,6 %', '–', '0,1', '3,7'],
    ]);
    expect(comparisonSummary(comparison, { from: 'Januar 2020', to: 'Dezember 2020' }, t)).toBe(
      'Von Januar 2020 bis Dezember 2020 hatte Alpha eine Vermittlungsquote von 50,0 %. Ohne Quote, weil die Zahlen zu klein sind: Beta, Gamma.',
    );
  });
});
