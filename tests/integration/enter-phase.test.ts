// Moving a participant through the phases of the Duisburg model, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEmployer, createOrganisation, createProject, createUser, type TransitionEdge } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let database: TestDatabase;
let enterPhase: typeof import('@/lib/casework/enter-phase').enterPhase;
let caseworker: ActorContext;
let stranger: ActorContext;
let projectId: string;
let employerId: string;

const DUISBURG: TransitionEdge[] = [
  [null, 'WORK_OPPORTUNITY'],
  ['WORK_OPPORTUNITY', 'REGULAR_JOB'], ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB'],
  ['REGULAR_JOB', 'AFTERCARE'], ['SUBSIDISED_JOB', 'AFTERCARE'],
  ['WORK_OPPORTUNITY', 'EXIT'], ['REGULAR_JOB', 'EXIT'], ['SUBSIDISED_JOB', 'EXIT'], ['AFTERCARE', 'EXIT'],
];

async function register(overrides: Record<string, string> = {}) {
  const { registerParticipant } = await import('@/lib/participants/register-participant');
  const n = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  const result = await registerParticipant(caseworker, {
    firstName: 'Jan', lastName: `Phase${n}`, birthDate: '1975-06-15', customerNumber: `777D${n}`, sex: 'MALE', educationLevel: 'ISCED_0_2',
    unemployedSince: '2014-01-01', benefitYearsInLast7: '7', projectId, enrolledAt: '2018-01-02', ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return database.prisma.enrolment.findFirstOrThrow({ where: { participantId: result.participantId } });
}

async function state(enrolmentId: string) {
  const e = await database.prisma.enrolment.findUniqueOrThrow({ where: { id: enrolmentId }, include: { phases: { orderBy: { startDate: 'asc' } }, followUps: { orderBy: { monthsAfter: 'asc' } }, participant: true } });
  return e;
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ enterPhase } = await import('@/lib/casework/enter-phase'));
  const p = database.prisma;
  const city = await createOrganisation(p, { name: 'Stadt Duisburg', kind: 'CITY', city: 'Duisburg' });
  const jc = await createOrganisation(p, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  const other = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  projectId = (await createProject(p, { operatorId: city.id, city: 'Duisburg', transitions: DUISBURG, startDate: new Date('2018-01-01T00:00:00Z') })).id;
  employerId = (await createEmployer(p, { organisationId: city.id, name: 'Wirtschaftsbetriebe Duisburg', kind: 'MUNICIPAL_COMPANY', city: 'Duisburg' })).id;
  caseworker = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: jc.id })), organisation: jc });
  stranger = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: other.id })), organisation: other });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('enterPhase', () => {
  it('walks work opportunity → insured job → exit, closing each phase and scheduling follow-ups', async () => {
    const enrolment = await register();
    const first = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02', plannedEndDate: '2018-04-01' });
    expect(first).toMatchObject({ ok: true });
    let s = await state(enrolment.id);
    expect(s.version).toBe(2);
    expect(s.phases).toEqual([expect.objectContaining({ kind: 'WORK_OPPORTUNITY', instrument: 'PARA_16D' })]);

    const job = await enterPhase(caseworker, {
      enrolmentId: enrolment.id, version: '2', kind: 'REGULAR_JOB', startDate: '2018-04-02', employerId, hoursPerWeek: '39', monthlyWage: '2.345,67',
    });
    expect(job).toMatchObject({ ok: true });
    s = await state(enrolment.id);
    expect(s.phases[0]!.endDate).toEqual(new Date('2018-04-01T00:00:00Z'));
    expect(s.phases[1]).toMatchObject({ kind: 'REGULAR_JOB', employerId, monthlyWageCents: 234567 });
    expect(Number(s.phases[1]!.hoursPerWeek)).toBe(39);

    const exit = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '3', kind: 'EXIT', startDate: '2019-12-31', exitReason: 'REGULAR_JOB' });
    expect(exit).toMatchObject({ ok: true });
    s = await state(enrolment.id);
    expect(s.exitedAt).toEqual(new Date('2019-12-31T00:00:00Z'));
    expect(s.exitReason).toBe('REGULAR_JOB');
    expect(s.followUps.map((f) => [f.monthsAfter, f.dueAt.toISOString().slice(0, 10)])).toEqual([[6, '2020-07-01'], [12, '2020-12-31']]);
    expect(s.participant.deletionDueAt?.toISOString().slice(0, 10)).toBe('2024-12-31');
    const audits = await database.prisma.auditEvent.findMany({ where: { entity: 'Phase', action: 'create', actorId: caseworker.id } });
    expect(audits.length).toBeGreaterThanOrEqual(3);

    const after = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '4', kind: 'AFTERCARE', startDate: '2020-01-01' });
    expect(after).toMatchObject({ ok: false, kind: 'invalid', message: expect.stringContaining('beendet') });
  });

  it('refuses a transition the model does not allow, with the reason at the field, and writes nothing', async () => {
    const enrolment = await register();
    await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02' , plannedEndDate: '2018-04-01' });
    const before = await state(enrolment.id);
    const refused = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '2', kind: 'AFTERCARE', startDate: '2018-04-02' });
    expect(refused).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { kind: expect.stringMatching(/Arbeitsgelegenheit.*erlaubt dieses Projekt nur/) } });
    const after = await state(enrolment.id);
    expect(after.version).toBe(before.version);
    expect(after.phases).toEqual(before.phases);
  });

  it('refuses the second of two saves from the same form version', async () => {
    const enrolment = await register();
    const input = { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02', plannedEndDate: '2018-04-01' };
    expect(await enterPhase(caseworker, input)).toMatchObject({ ok: true });
    const second = await enterPhase(caseworker, { ...input, kind: 'EXIT', startDate: '2018-02-01', exitReason: 'DROPPED_OUT' });
    expect(second).toMatchObject({ ok: false, kind: 'conflict', message: expect.stringContaining('inzwischen von jemand anderem geändert') });
    const s = await state(enrolment.id);
    expect(s.phases).toHaveLength(1);
    expect(s.exitedAt).toBeNull();
  });

  it('asks for job details in German and checks the employer belongs to the project', async () => {
    const enrolment = await register();
    await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02', plannedEndDate: '2018-04-01' });
    const missing = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '2', kind: 'REGULAR_JOB', startDate: '2018-04-02', monthlyWage: 'viel' });
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: {
        employerId: 'Für eine Beschäftigung bitte den Arbeitgeber angeben.',
        hoursPerWeek: 'Für eine Beschäftigung bitte die Wochenstunden angeben.',
        monthlyWage: 'Bitte geben Sie den Monatslohn in Euro ein, z. B. 2.345,67.',
      },
    });
    const foreign = await createEmployer(database.prisma, { organisationId: stranger.organisationId, name: 'Fremdfirma', city: 'Dortmund' });
    expect(await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '2', kind: 'REGULAR_JOB', startDate: '2018-04-02', employerId: foreign.id, hoursPerWeek: '20', monthlyWage: '1200' }))
      .toMatchObject({ fieldErrors: { employerId: 'Dieser Arbeitgeber gehört nicht zum Projekt.' } });
  });

  it('shows §16i warnings for missing facts and saves once they are confirmed', async () => {
    const enrolment = await register({ benefitYearsInLast7: '' });
    await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02', plannedEndDate: '2018-04-01' });
    const job = { enrolmentId: enrolment.id, version: '2', kind: 'SUBSIDISED_JOB', instrument: 'PARA_16I', startDate: '2018-04-02', plannedEndDate: '2020-04-01', employerId, hoursPerWeek: '30', monthlyWage: '1.900' };
    const asked = await enterPhase(caseworker, job);
    expect(asked).toMatchObject({ ok: false, kind: 'confirm', warnings: [expect.objectContaining({ code: 'FACT_MISSING' })] });
    if (asked.ok || asked.kind !== 'confirm') return;
    expect(asked.limits.map((l) => l.instrument)).toContain('PARA_16I');
    expect((await state(enrolment.id)).phases).toHaveLength(1);
    expect(await enterPhase(caseworker, { ...job, warningsConfirmed: 'ja' })).toMatchObject({ ok: true });
  });

  it('answers not found outside the actor’s scope and audits the attempt', async () => {
    const enrolment = await register();
    const result = await enterPhase(stranger, { enrolmentId: enrolment.id, version: '1', kind: 'WORK_OPPORTUNITY', startDate: '2018-01-02' });
    expect(result).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', entityId: enrolment.id, actorId: stranger.id } })).toBe(1);
    expect((await state(enrolment.id)).phases).toHaveLength(0);
  });
});
