// Registering, finding and opening participants, per role, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createJobCoach, createOrganisation, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { isAppError } from '@/lib/errors';

let database: TestDatabase;
let registerParticipant: typeof import('@/lib/participants/register-participant').registerParticipant;
let getParticipant: typeof import('@/lib/participants/get-participant').getParticipant;
let listParticipants: typeof import('@/lib/participants/list-participants').listParticipants;
const actors = {} as Record<'caseworker' | 'otherCaseworker' | 'official' | 'coach', ActorContext>;
let projectId: string;
let otherProjectId: string;
let coachId: string;

function input(overrides: Record<string, string> = {}) {
  return {
    firstName: 'Erika', lastName: 'Mustermann', birthDate: '1975-06-15', customerNumber: '123D456789',
    sex: 'FEMALE', educationLevel: 'ISCED_3_4', unemployedSince: '2016-01-01', benefitYearsInLast7: '7',
    projectId, enrolledAt: '2019-03-01', jobCoachId: '', street: 'Westenhellweg 1', postalCode: '44137', city: 'Dortmund',
    ...overrides,
  };
}

async function counts() {
  const p = database.prisma;
  return { participants: await p.participant.count(), identities: await p.participantIdentity.count(), enrolments: await p.enrolment.count() };
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ registerParticipant } = await import('@/lib/participants/register-participant'));
  ({ getParticipant } = await import('@/lib/participants/get-participant'));
  ({ listParticipants } = await import('@/lib/participants/list-participants'));
  const p = database.prisma;
  const jc = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  const jcDu = await createOrganisation(p, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });
  projectId = (await createProject(p, { operatorId: jc.id, city: 'Dortmund' })).id;
  otherProjectId = (await createProject(p, { operatorId: jcDu.id, city: 'Duisburg' })).id;
  const make = async (role: 'CASEWORKER' | 'OFFICIAL' | 'JOB_COACH', org: { id: string; kind: ActorContext['organisationKind']; city: string | null }): Promise<ActorContext> => {
    const u = await createUser(p, { role, organisationId: org.id });
    return toActorContext({ ...u, organisation: org });
  };
  actors.caseworker = await make('CASEWORKER', jc);
  actors.otherCaseworker = await make('CASEWORKER', jcDu);
  actors.official = await make('OFFICIAL', land);
  actors.coach = await make('JOB_COACH', jc);
  coachId = (await createJobCoach(p, { organisationId: jc.id, projectId, userId: actors.coach.id })).id;
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('registerParticipant', () => {
  it('creates the pseudonymous record, the identity apart, the enrolment, and audits without personal data', async () => {
    const result = await registerParticipant(actors.caseworker, input({ jobCoachId: coachId }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const participant = await database.prisma.participant.findUniqueOrThrow({ where: { id: result.participantId }, include: { identity: true, enrolments: true } });
    expect(participant).toMatchObject({ organisationId: actors.caseworker.organisationId, birthYear: 1975, sex: 'FEMALE', benefitYearsInLast7: 7 });
    expect(participant.pseudonym).toMatch(/^TN-[A-HJ-NP-Z2-9]{8}$/);
    expect(participant.identity).toMatchObject({ lastName: 'Mustermann', customerNumber: '123D456789', postalCode: '44137' });
    expect(participant.enrolments).toEqual([expect.objectContaining({ projectId, caseworkerId: actors.caseworker.id, jobCoachId: coachId })]);
    const events = await database.prisma.auditEvent.findMany({ where: { actorId: actors.caseworker.id, action: 'create' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.entity)).toEqual(['Participant', 'Enrolment']);
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/Mustermann|Erika|123D456789|Westenhellweg/);
  });

  it('refuses bad input with German messages at each field and writes nothing', async () => {
    const before = await counts();
    const result = await registerParticipant(actors.caseworker, input({ firstName: ' ', customerNumber: '12345', birthDate: '2015-01-01', unemployedSince: '2020-01-01', postalCode: '441', benefitYearsInLast7: '9', sex: 'X' }));
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (result.ok || result.kind !== 'invalid') return;
    expect(result.fieldErrors).toMatchObject({
      firstName: 'Bitte geben Sie den Vornamen ein.',
      customerNumber: expect.stringContaining('123D456789'),
      postalCode: 'Die Postleitzahl hat fünf Ziffern.',
      benefitYearsInLast7: 'Bitte eine ganze Zahl von 0 bis 7.',
      sex: 'Bitte wählen Sie das Geschlecht aus.',
    });
    expect(await counts()).toEqual(before);
  });

  it('offers the existing record for the same customer number and writes nothing', async () => {
    const before = await counts();
    const result = await registerParticipant(actors.caseworker, input({ firstName: 'Anna', lastName: 'Anders', birthDate: '1980-01-01' }));
    expect(result).toMatchObject({ ok: false, kind: 'duplicate', duplicates: [expect.objectContaining({ reason: 'CUSTOMER_NUMBER', name: 'Erika Mustermann' })] });
    expect(await counts()).toEqual(before);
    // A confirmation does not override a matching customer number.
    expect(await registerParticipant(actors.caseworker, input({ firstName: 'Anna', confirmedDifferentPerson: 'ja' }))).toMatchObject({ kind: 'duplicate' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'read.identity', details: { path: ['purpose'], equals: 'duplicate-check' } } })).toBeGreaterThan(0);
  });

  it('saves only one of two simultaneous registrations of one customer number and offers it to the other', async () => {
    const before = await counts();
    const results = await Promise.all([
      registerParticipant(actors.caseworker, input({ customerNumber: '777D000001', lastName: 'Gleichzeitig' })),
      registerParticipant(actors.caseworker, input({ customerNumber: '777D000001', lastName: 'Zugleich', firstName: 'Erik', birthDate: '1980-01-01' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, kind: 'duplicate', duplicates: [{ customerNumber: '777D000001', reason: 'CUSTOMER_NUMBER' }] });
    expect(await counts()).toEqual({ participants: before.participants + 1, identities: before.identities + 1, enrolments: before.enrolments + 1 });
  });

  it('asks about the same name and birth date, and registers when told it is someone else', async () => {
    const same = input({ customerNumber: '123D999999', firstName: 'ERIKA' });
    expect(await registerParticipant(actors.caseworker, same)).toMatchObject({ kind: 'duplicate', duplicates: [expect.objectContaining({ reason: 'NAME_AND_BIRTH_DATE' })] });
    expect(await registerParticipant(actors.caseworker, { ...same, confirmedDifferentPerson: 'ja' })).toMatchObject({ ok: true });
  });

  it('does not reveal records of another jobcenter as duplicates', async () => {
    const result = await registerParticipant(actors.otherCaseworker, input({ projectId: otherProjectId }));
    expect(result.ok).toBe(true);
  });

  it('refuses a project outside the actor’s scope, a job coach of another project, and officials', async () => {
    const before = await counts();
    expect(await registerParticipant(actors.caseworker, input({ customerNumber: '321D000001', projectId: otherProjectId }))).toMatchObject({ fieldErrors: { projectId: 'Dieses Projekt steht Ihnen nicht zur Auswahl.' } });
    expect(await registerParticipant(actors.otherCaseworker, input({ customerNumber: '321D000002', projectId: otherProjectId, jobCoachId: coachId }))).toMatchObject({ fieldErrors: { jobCoachId: 'Dieser Jobcoach gehört nicht zum gewählten Projekt.' } });
    expect(await registerParticipant(actors.official, input({ customerNumber: '321D000003' }))).toMatchObject({ ok: false, message: 'Dafür fehlt Ihnen die Berechtigung.' });
    expect(await counts()).toEqual(before);
  });
});

describe('getParticipant', () => {
  it('shows the identity to the caseworker and audits the read', async () => {
    const id = (await database.prisma.participantIdentity.findFirstOrThrow({ where: { customerNumber: '123D456789', participant: { organisationId: actors.caseworker.organisationId } } })).participantId;
    const before = await database.prisma.auditEvent.count({ where: { action: 'read.identity', entityId: id } });
    const view = await getParticipant(actors.caseworker, id);
    expect(view.identity).toMatchObject({ firstName: 'Erika', lastName: 'Mustermann' });
    expect(view.enrolments[0]!.timeline.at(-1)).toMatchObject({ type: 'enrolment' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'read.identity', entityId: id } })).toBe(before + 1);
  });

  it('answers not found to officials, to another jobcenter and to a malformed id', async () => {
    const id = (await database.prisma.participantIdentity.findFirstOrThrow({ where: { customerNumber: '123D456789', participant: { organisationId: actors.caseworker.organisationId } } })).participantId;
    for (const actor of [actors.official, actors.otherCaseworker]) {
      expect(isAppError(await getParticipant(actor, id).catch((e: unknown) => e), 'NOT_FOUND')).toBe(true);
    }
    expect(isAppError(await getParticipant(actors.caseworker, 'kein-uuid').catch((e: unknown) => e), 'NOT_FOUND')).toBe(true);
  });
});

const fullName = (r: { lastName: string | null; firstName: string | null }) => `${r.lastName}, ${r.firstName}`;

describe('listParticipants', () => {
  it('pages by key through 30 people in name order without gaps or repeats', async () => {
    for (let i = 0; i < 30; i++) {
      const n = String(i).padStart(2, '0');
      const r = await registerParticipant(actors.caseworker, input({ firstName: `Paula${n}`, lastName: `Seite${n.split('').reverse().join('')}`, customerNumber: `555D0000${n}`, birthDate: `1970-01-${String(i + 1).padStart(2, '0')}` }));
      expect(r.ok).toBe(true);
    }
    const first = await listParticipants(actors.caseworker, { q: 'Seite' });
    expect(first.rows).toHaveLength(25);
    expect(first.next).not.toBeNull();
    const second = await listParticipants(actors.caseworker, { q: 'Seite', nach: first.next! });
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeNull();
    const names = [...first.rows, ...second.rows].map(fullName);
    expect(new Set(names).size).toBe(30);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('finds by customer number prefix and by first and last name, within scope only', async () => {
    expect((await listParticipants(actors.caseworker, { q: '555D00001' })).rows.map((r) => r.customerNumber)).toHaveLength(10);
    expect((await listParticipants(actors.caseworker, { q: 'paula07 seite70' })).rows.map(fullName)).toEqual(['Seite70, Paula07']);
    expect((await listParticipants(actors.otherCaseworker, { q: 'Seite' })).rows).toEqual([]);
    expect((await listParticipants(actors.official, { q: 'Seite' })).rows).toEqual([]);
  });

  it('shows a job coach only their own participants', async () => {
    const rows = (await listParticipants(actors.coach, {})).rows;
    expect(rows.map(fullName)).toEqual(['Mustermann, Erika']);
  });
});
