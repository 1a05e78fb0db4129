// Finding participants: name keys (DIN 5007-2), filters, paging by key, the export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createJobCoach, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { PhaseKind } from '@/lib/generated/prisma/enums';

let database: TestDatabase;
let listParticipants: typeof import('@/lib/participants/list-participants').listParticipants;
let exportParticipants: typeof import('@/lib/participants/export-participants').exportParticipants;
let nameKey: typeof import('@/lib/participants/name-key').nameKey;
const actors = {} as Record<'caseworker' | 'colleague' | 'coordinator' | 'coach' | 'official', ActorContext>;
const ids: Record<string, string> = {};
let projectId: string;
let otherProjectId: string;
let coachId: string;
const TODAY = new Date('2026-11-23T10:00:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 10, 23 + offset));

const names = (rows: { lastName: string | null; firstName: string | null }[]) => rows.map((r) => `${r.lastName}, ${r.firstName}`);

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ listParticipants } = await import('@/lib/participants/list-participants'));
  ({ exportParticipants } = await import('@/lib/participants/export-participants'));
  ({ nameKey } = await import('@/lib/participants/name-key'));
  const p = database.prisma;
  const jc = await createOrganisation(p, { name: 'Jobcenter Essen', kind: 'JOBCENTER', city: 'Essen' });
  const city = await createOrganisation(p, { name: 'Stadt Essen', kind: 'CITY', city: 'Essen' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });
  projectId = (await createProject(p, { operatorId: jc.id, city: 'Essen', contactsPerMonth: 4 })).id;
  otherProjectId = (await createProject(p, { operatorId: city.id, city: 'Essen', contactsPerMonth: 2 })).id;
  const make = async (role: 'CASEWORKER' | 'COORDINATOR' | 'JOB_COACH' | 'OFFICIAL', org: { id: string; kind: ActorContext['organisationKind']; city: string | null }) =>
    toActorContext({ ...(await createUser(p, { role, organisationId: org.id })), organisation: org });
  actors.caseworker = await make('CASEWORKER', jc);
  actors.colleague = await make('CASEWORKER', jc);
  actors.coordinator = await make('COORDINATOR', city);
  actors.coach = await make('JOB_COACH', city);
  actors.official = await make('OFFICIAL', land);
  coachId = (await createJobCoach(p, { organisationId: city.id, projectId: otherProjectId, userId: actors.coach.id })).id;

  async function person(key: string, lastName: string, firstName: string, customerNumber: string, enrolment: {
    project?: string; caseworkerId?: string; jobCoachId?: string; exitedAt?: Date; phases?: PhaseKind[]; contacts?: number;
  } = {}) {
    const participant = await createParticipant(p, { organisationId: jc.id, identity: { lastName, firstName, customerNumber } });
    ids[key] = participant.id;
    const e = await createEnrolment(p, {
      participantId: participant.id, projectId: enrolment.project ?? projectId, caseworkerId: enrolment.caseworkerId ?? actors.caseworker.id,
      jobCoachId: enrolment.jobCoachId, exitedAt: enrolment.exitedAt, enrolledAt: day(-300),
      phases: (enrolment.phases ?? []).map((kind, i) => ({ kind, startDate: day(-300 + i * 50) })),
    });
    for (let i = 0; i < (enrolment.contacts ?? 0); i++) {
      await p.contact.create({ data: { enrolmentId: e.id, occurredAt: day(-2 - i * 5), kind: 'PHONE', durationMinutes: 10 } });
    }
  }
  await person('mueller', 'Müller', 'Jürgen', '337D000001', { phases: ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB'], contacts: 4 });
  await person('mueller2', 'Mueller', 'Anna', '337D000002', { phases: ['WORK_OPPORTUNITY'], contacts: 1 });
  await person('muff', 'Muff', 'Bernd', '337D000003', { caseworkerId: actors.colleague.id, contacts: 0 });
  await person('oezdemir', 'Özdemir', 'Ayşe', '337D000004', { phases: ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB', 'AFTERCARE'], contacts: 4 });
  await person('ott', 'Ott', 'Çağla', '337D000005', { exitedAt: day(-10), contacts: 0 });
  await person('meyer', 'Meyer-Lüdenscheidt', 'Hans Peter', '337D000006', { project: otherProjectId, jobCoachId: coachId, contacts: 2, phases: ['PROFILING'] });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('name keys', () => {
  it('are the same in the database and in the search term', async () => {
    const samples = ['Müller', 'MÜLLER', 'Meyer-Lüdenscheidt', 'Özdemir', 'Çağla', 'Weiß', 'Łukasz', 'Ærø', "O'Neill", 'Dvořák', 'Ünal 2'];
    const fromDb = await database.prisma.$queryRawUnsafe<{ k: string }[]>(`SELECT teilhabe_name_key(n) AS k FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i`, samples);
    expect(fromDb.map((r) => r.k)).toEqual(samples.map(nameKey));
    expect(samples.map(nameKey)).toEqual(['mueller', 'mueller', 'meyerluedenscheidt', 'oezdemir', 'cagla', 'weiss', 'lukasz', 'aero', 'oneill', 'dvorak', 'uenal2']);
  });
});

describe('listParticipants', () => {
  it('sorts as a German phone book does and finds umlauts however they are typed', async () => {
    const all = await listParticipants(actors.caseworker, {}, { today: TODAY });
    expect(names(all.rows)).toEqual(['Meyer-Lüdenscheidt, Hans Peter', 'Mueller, Anna', 'Müller, Jürgen', 'Muff, Bernd', 'Özdemir, Ayşe', 'Ott, Çağla']);
    for (const q of ['mül', 'MUEL', 'Mueller']) {
      expect(names((await listParticipants(actors.caseworker, { q })).rows), q).toEqual(['Mueller, Anna', 'Müller, Jürgen']);
    }
    expect(names((await listParticipants(actors.caseworker, { q: 'meyer-lü' })).rows)).toEqual(['Meyer-Lüdenscheidt, Hans Peter']);
    expect(names((await listParticipants(actors.caseworker, { q: 'ayse oez' })).rows)).toEqual(['Özdemir, Ayşe']);
    expect(names((await listParticipants(actors.caseworker, { q: 'Müller Jürgen' })).rows)).toEqual(['Müller, Jürgen']);
    expect((await listParticipants(actors.caseworker, { q: '337d00000' })).rows).toHaveLength(6);
    expect((await listParticipants(actors.caseworker, { q: '337D0000011' })).rows).toEqual([]);
  });

  it('filters by project, current phase, caseworker, job coach and overdue contact', async () => {
    const list = async (filter: Parameters<typeof listParticipants>[1]) => names((await listParticipants(actors.caseworker, filter, { today: TODAY })).rows);
    expect(await list({ projekt: otherProjectId })).toEqual(['Meyer-Lüdenscheidt, Hans Peter']);
    expect(await list({ phase: 'SUBSIDISED_JOB' })).toEqual(['Müller, Jürgen']);
    expect(await list({ phase: 'WORK_OPPORTUNITY' })).toEqual(['Mueller, Anna']);
    expect(await list({ fallmanagement: actors.colleague.id })).toEqual(['Muff, Bernd']);
    expect(await list({ jobcoach: coachId })).toEqual(['Meyer-Lüdenscheidt, Hans Peter']);
    // Behind target: Anna (1 of 4), Bernd (0 of 4). Not: 4 of 4, exited, 2 of 2.
    expect(await list({ kontakt: 'ueberfaellig' })).toEqual(['Mueller, Anna', 'Muff, Bernd']);
    expect(await list({ kontakt: 'ueberfaellig', q: 'muf' })).toEqual(['Muff, Bernd']);
  });

  it('pages by key with the filter kept, and a cursor from outside the scope finds nothing new', async () => {
    const first = await listParticipants(actors.caseworker, { q: 'mu' }, { pageSize: 2 });
    expect(names(first.rows)).toEqual(['Mueller, Anna', 'Müller, Jürgen']);
    const second = await listParticipants(actors.caseworker, { q: 'mu', nach: first.next! }, { pageSize: 2 });
    expect(names(second.rows)).toEqual(['Muff, Bernd']);
    expect(second.next).toBeNull();
  });

  it('keeps each role to its scope', async () => {
    expect(names((await listParticipants(actors.coach, {})).rows)).toEqual(['Meyer-Lüdenscheidt, Hans Peter']);
    expect(names((await listParticipants(actors.coordinator, {})).rows)).toEqual(['Meyer-Lüdenscheidt, Hans Peter']);
    expect((await listParticipants(actors.official, {})).rows).toEqual([]);
  });

  it('leaves names out of a pseudonymous list and audits it as a plain read', async () => {
    const before = await database.prisma.auditEvent.count({ where: { action: 'read.identity' } });
    const { rows } = await listParticipants(actors.caseworker, { q: 'mül' }, { identify: false });
    expect(rows.map((r) => [r.firstName, r.lastName, r.customerNumber])).toEqual([[null, null, null], [null, null, null]]);
    expect(await database.prisma.auditEvent.count({ where: { action: 'read.identity' } })).toBe(before);
  });
});

describe('exportParticipants', () => {
  const labels = {
    pseudonym: 'Kennung', lastName: 'Nachname', firstName: 'Vorname', customerNumber: 'Kundennummer', project: 'Projekt', phase: 'Phase',
    phaseName: (kind: string) => kind,
  };
  async function csv(identify: boolean, filter = {}) {
    let text = '';
    for await (const chunk of exportParticipants(actors.caseworker, filter, identify, labels, TODAY)) text += chunk;
    return text;
  }

  it('writes the whole filtered list pseudonymously, without a name or customer number', async () => {
    const text = await csv(false, { kontakt: 'ueberfaellig' });
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Kennung;Projekt;Phase');
    expect(lines).toHaveLength(3);
    expect(text).not.toMatch(/Muff|Mueller|337D/);
    const event = await database.prisma.auditEvent.findFirst({ where: { action: 'export' }, orderBy: { at: 'desc' } });
    expect(event?.details).toEqual({ ids: [ids.mueller2, ids.muff], identifying: false });
  });

  it('adds names and customer numbers only when asked, over several pages, and audits the identifying export', async () => {
    const { EXPORT_PAGE } = await import('@/lib/participants/export-participants');
    expect(EXPORT_PAGE).toBeGreaterThan(6);
    const text = await csv(true);
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Kennung;Nachname;Vorname;Kundennummer;Projekt;Phase');
    expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual(['Meyer-Lüdenscheidt', 'Mueller', 'Müller', 'Muff', 'Özdemir', 'Ott']);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(await database.prisma.auditEvent.count({ where: { action: 'export', details: { path: ['identifying'], equals: true } } })).toBe(1);
  });
});
