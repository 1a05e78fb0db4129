// Logging contacts and recording support services (§16a SGB II), on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createJobCoach, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let database: TestDatabase;
let logContact: typeof import('@/lib/casework/log-contact').logContact;
let recordSupportService: typeof import('@/lib/casework/record-support-service').recordSupportService;
let caseworker: ActorContext;
let stranger: ActorContext;
let coach: ActorContext;
let otherCoach: ActorContext;
let coachId: string;
let projectId: string;
let jobcenterId: string;

const TODAY = new Date('2024-06-15T00:00:00Z');
const NOTE = 'Hat von seinen Schulden bei der Sparkasse erzählt';

async function enrolment(data: { exitedAt?: Date; jobCoachId?: string } = {}) {
  const participant = await createParticipant(database.prisma, { organisationId: jobcenterId });
  return createEnrolment(database.prisma, { participantId: participant.id, projectId, enrolledAt: new Date('2024-01-15T00:00:00Z'), ...data });
}

async function state(enrolmentId: string) {
  return database.prisma.enrolment.findUniqueOrThrow({ where: { id: enrolmentId }, include: { contacts: true, supportServices: true } });
}

const contact = (enrolmentId: string, overrides: Record<string, string> = {}) => ({
  enrolmentId, version: '1', occurredAt: '2024-06-01', kind: 'PHONE', durationMinutes: '20', note: NOTE, ...overrides,
});
const service = (enrolmentId: string, overrides: Record<string, string> = {}) => ({
  enrolmentId, version: '1', kind: 'DEBT_COUNSELLING', status: 'ACTIVE', startDate: '2024-02-01', endDate: '', provider: 'Caritas Schuldnerberatung', note: '', ...overrides,
});

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ logContact } = await import('@/lib/casework/log-contact'));
  ({ recordSupportService } = await import('@/lib/casework/record-support-service'));
  const p = database.prisma;
  const city = await createOrganisation(p, { name: 'Stadt Dortmund', kind: 'CITY', city: 'Dortmund' });
  const jc = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  const other = await createOrganisation(p, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  const network = await createOrganisation(p, { name: 'ISB e.V.', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  jobcenterId = jc.id;
  projectId = (await createProject(p, { operatorId: city.id, city: 'Dortmund' })).id;
  caseworker = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: jc.id })), organisation: jc });
  stranger = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: other.id })), organisation: other });
  const coachUser = await createUser(p, { role: 'JOB_COACH', organisationId: network.id });
  const otherCoachUser = await createUser(p, { role: 'JOB_COACH', organisationId: network.id });
  coachId = (await createJobCoach(p, { organisationId: network.id, projectId, userId: coachUser.id })).id;
  await createJobCoach(p, { organisationId: network.id, projectId, userId: otherCoachUser.id });
  coach = toActorContext({ ...coachUser, organisation: network });
  otherCoach = toActorContext({ ...otherCoachUser, organisation: network });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('logContact', () => {
  it('logs a contact by the actor at noon UTC of the day, and audits field names but never the note', async () => {
    const e = await enrolment();
    const result = await logContact(caseworker, contact(e.id), TODAY);
    expect(result).toMatchObject({ ok: true });
    const s = await state(e.id);
    expect(s.version).toBe(2);
    expect(s.contacts).toEqual([expect.objectContaining({ kind: 'PHONE', durationMinutes: 20, note: NOTE, byUserId: caseworker.id, occurredAt: new Date('2024-06-01T12:00:00Z') })]);
    const events = await database.prisma.auditEvent.findMany({ where: { entity: 'Contact', entityId: s.contacts[0]!.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create', actorId: caseworker.id, details: { enrolmentId: e.id, fields: ['occurredAt', 'kind', 'durationMinutes', 'note'] } });
    expect(JSON.stringify(events[0]!.details)).not.toMatch(/Schulden|Sparkasse|PHONE|\b20\b/);
  });

  it('refuses a future date and one before the enrolment at the field, and writes nothing', async () => {
    const e = await enrolment();
    expect(await logContact(caseworker, contact(e.id, { occurredAt: '2024-06-16' }), TODAY))
      .toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { occurredAt: 'Das Datum des Kontakts darf nicht in der Zukunft liegen.' } });
    expect(await logContact(caseworker, contact(e.id, { occurredAt: '2024-01-14' }), TODAY))
      .toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { occurredAt: 'Das Datum des Kontakts darf nicht vor der Zuweisung am 15.01.2024 liegen.' } });
    expect(await logContact(caseworker, contact(e.id, { occurredAt: '2024-01-15' }), TODAY)).toMatchObject({ ok: true });
    expect((await state(e.id)).contacts).toHaveLength(1);
    expect((await state(e.id)).version).toBe(2);
  });

  it('reports duration and note in German at their fields', async () => {
    const e = await enrolment();
    for (const durationMinutes of ['', '0', '601', '12,5', 'lang']) {
      expect(await logContact(caseworker, contact(e.id, { durationMinutes, kind: '' }), TODAY)).toMatchObject({
        ok: false,
        fieldErrors: { durationMinutes: 'Bitte geben Sie die Dauer als ganze Zahl von 1 bis 600 Minuten ein.', kind: 'Bitte wählen Sie die Art des Kontakts aus.' },
      });
    }
    expect(await logContact(caseworker, contact(e.id, { note: 'x'.repeat(501) }), TODAY))
      .toMatchObject({ fieldErrors: { note: 'Die Notiz darf höchstens 500 Zeichen lang sein.' } });
    expect(await state(e.id)).toMatchObject({ version: 1, contacts: [] });
  });

  it('refuses the second of two saves from the same form version', async () => {
    const e = await enrolment();
    expect(await logContact(caseworker, contact(e.id), TODAY)).toMatchObject({ ok: true });
    expect(await logContact(caseworker, contact(e.id, { kind: 'EMAIL' }), TODAY))
      .toMatchObject({ ok: false, kind: 'conflict', message: expect.stringContaining('inzwischen von jemand anderem geändert') });
    expect((await state(e.id)).contacts).toHaveLength(1);
  });

  it('answers not found outside the actor’s scope and audits the attempt', async () => {
    const e = await enrolment();
    expect(await logContact(stranger, contact(e.id), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await recordSupportService(stranger, service(e.id), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', entityId: e.id, actorId: stranger.id } })).toBe(2);
    expect(await state(e.id)).toMatchObject({ version: 1, contacts: [], supportServices: [] });
  });

  it('lets the enrolment’s job coach log a contact, but not another job coach', async () => {
    const e = await enrolment({ jobCoachId: coachId });
    expect(await logContact(otherCoach, contact(e.id), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', entityId: e.id, actorId: otherCoach.id } })).toBe(1);
    expect((await state(e.id)).contacts).toHaveLength(0);
    expect(await logContact(coach, contact(e.id, { kind: 'AT_EMPLOYER' }), TODAY)).toMatchObject({ ok: true });
    expect((await state(e.id)).contacts).toEqual([expect.objectContaining({ kind: 'AT_EMPLOYER', byUserId: coach.id })]);
  });

  it('takes aftercare contacts for 12 months after the exit, and no later', async () => {
    const e = await enrolment({ exitedAt: new Date('2023-06-15T00:00:00Z') });
    const exitedYearAgo = await logContact(caseworker, contact(e.id, { occurredAt: '2024-06-14' }), new Date('2024-06-14T00:00:00Z'));
    expect(exitedYearAgo).toMatchObject({ ok: true });
    const late = await logContact(caseworker, contact(e.id, { version: '2', occurredAt: '2024-06-14' }), TODAY);
    expect(late).toMatchObject({ ok: false, kind: 'invalid', message: expect.stringContaining('seit mehr als 12 Monaten beendet') });
    expect((await state(e.id)).contacts).toHaveLength(1);
  });
});

describe('recordSupportService', () => {
  it('records a debt counselling service, audited without the special-category flag', async () => {
    const e = await enrolment();
    const result = await recordSupportService(caseworker, service(e.id), TODAY);
    expect(result).toMatchObject({ ok: true });
    const s = await state(e.id);
    expect(s.version).toBe(2);
    expect(s.supportServices).toEqual([expect.objectContaining({ kind: 'DEBT_COUNSELLING', status: 'ACTIVE', startDate: new Date('2024-02-01T00:00:00Z'), endDate: null, provider: 'Caritas Schuldnerberatung', note: null })]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'SupportService', entityId: s.supportServices[0]!.id } });
    expect(event.details).toEqual({ enrolmentId: e.id, fields: ['kind', 'status', 'startDate', 'provider'] });
  });

  it('refuses an end before the start at the field, together with other errors, and writes nothing', async () => {
    const e = await enrolment();
    const result = await recordSupportService(caseworker, service(e.id, { kind: '', startDate: '2024-03-01', endDate: '2024-02-29' }), TODAY);
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: { endDate: 'Das Ende darf nicht vor dem Beginn liegen.', kind: 'Bitte wählen Sie die Leistung aus.' },
    });
    expect(await recordSupportService(caseworker, service(e.id, { provider: 'x'.repeat(201) }), TODAY))
      .toMatchObject({ fieldErrors: { provider: 'Der Träger darf höchstens 200 Zeichen lang sein.' } });
    expect(await state(e.id)).toMatchObject({ version: 1, supportServices: [] });
  });

  it('audits addiction, psychosocial counselling and health as special categories, without naming the kind', async () => {
    const e = await enrolment();
    let version = 1;
    for (const kind of ['ADDICTION_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', 'HEALTH']) {
      const result = await recordSupportService(caseworker, service(e.id, { kind, version: String(version++), note: 'Termin vereinbart', endDate: '2024-05-31', status: 'COMPLETED' }), TODAY);
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'SupportService', entityId: result.supportServiceId } });
      expect(event.details).toEqual({ enrolmentId: e.id, fields: ['kind', 'status', 'startDate', 'endDate', 'provider', 'note'], special: true });
      expect(JSON.stringify(event.details)).not.toMatch(/ADDICTION|PSYCHOSOCIAL|HEALTH|Termin|Caritas/);
    }
    expect((await state(e.id)).supportServices).toHaveLength(3);
  });
});
