// Recording the 6- and 12-month follow-ups after exit, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let database: TestDatabase;
let recordFollowUp: typeof import('@/lib/casework/record-follow-up').recordFollowUp;
let caseworker: ActorContext;
let stranger: ActorContext;
let official: ActorContext;
let projectId: string;
let jobcenterId: string;

const TODAY = new Date('2026-11-23T00:00:00Z');

/** An enrolment that ended on 2025-11-20 with follow-ups due 2026-05-20 and 2026-11-20 (+ 12 months after 20.11.2025). */
async function exited(due12 = '2026-11-20') {
  const participant = await createParticipant(database.prisma, { organisationId: jobcenterId });
  const e = await createEnrolment(database.prisma, { participantId: participant.id, projectId, enrolledAt: new Date('2024-01-15T00:00:00Z'), exitedAt: new Date('2025-11-20T00:00:00Z') });
  await database.prisma.followUp.createMany({
    data: [
      { enrolmentId: e.id, monthsAfter: 6, dueAt: new Date('2026-05-20T00:00:00Z') },
      { enrolmentId: e.id, monthsAfter: 12, dueAt: new Date(`${due12}T00:00:00Z`) },
    ],
  });
  const followUps = await database.prisma.followUp.findMany({ where: { enrolmentId: e.id }, orderBy: { monthsAfter: 'asc' } });
  return { enrolmentId: e.id, six: followUps[0]!.id, twelve: followUps[1]!.id };
}

const input = (enrolmentId: string, followUpId: string, overrides: Record<string, string> = {}) => ({
  enrolmentId, version: '1', followUpId, completedAt: '2026-11-21', stillEmployed: 'ja', needsCovering: 'nein', ...overrides,
});

const followUp = (id: string) => database.prisma.followUp.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ recordFollowUp } = await import('@/lib/casework/record-follow-up'));
  const p = database.prisma;
  const jc = await createOrganisation(p, { name: 'Jobcenter Bochum', kind: 'JOBCENTER', city: 'Bochum' });
  const other = await createOrganisation(p, { name: 'Jobcenter Herne', kind: 'JOBCENTER', city: 'Herne' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });
  jobcenterId = jc.id;
  projectId = (await createProject(p, { operatorId: jc.id, city: 'Bochum' })).id;
  caseworker = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: jc.id })), organisation: jc });
  stranger = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: other.id })), organisation: other });
  official = toActorContext({ ...(await createUser(p, { role: 'OFFICIAL', organisationId: land.id })), organisation: land });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('recordFollowUp', () => {
  it('records the answers after the 12-month aftercare window, once, and audits field names only', async () => {
    const { enrolmentId, twelve } = await exited();
    expect(await recordFollowUp(caseworker, input(enrolmentId, twelve), TODAY)).toEqual({ ok: true });
    expect(await followUp(twelve)).toMatchObject({ completedAt: new Date('2026-11-21T00:00:00Z'), stillEmployed: true, needsCovering: false, version: 2 });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'FollowUp', entityId: twelve } });
    expect(event).toMatchObject({ action: 'update', actorId: caseworker.id, details: { enrolmentId, fields: ['completedAt', 'stillEmployed', 'needsCovering'] } });

    const again = await recordFollowUp(caseworker, input(enrolmentId, twelve, { version: '2', stillEmployed: 'nein' }), TODAY);
    expect(again).toEqual({ ok: false, kind: 'conflict', message: 'Diese Nachbefragung wurde bereits am 21.11.2026 erfasst.' });
    expect((await followUp(twelve)).stillEmployed).toBe(true);
  });

  it('puts each missing or wrong answer at its field in German and writes nothing', async () => {
    const { enrolmentId, six } = await exited();
    const result = await recordFollowUp(caseworker, input(enrolmentId, six, { completedAt: '21.11.', stillEmployed: '', needsCovering: 'vielleicht' }), TODAY);
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: {
        completedAt: 'Bitte geben Sie das Datum der Nachbefragung als Datum ein.',
        stillEmployed: 'Bitte geben Sie an, ob die Person noch beschäftigt ist.',
        needsCovering: 'Bitte geben Sie an, ob das Einkommen den Bedarf deckt.',
      },
    });
    const future = await recordFollowUp(caseworker, input(enrolmentId, six, { completedAt: '2026-11-24' }), TODAY);
    expect(future).toMatchObject({ fieldErrors: { completedAt: 'Das Datum der Nachbefragung darf nicht in der Zukunft liegen.' } });
    expect((await followUp(six)).completedAt).toBeNull();
  });

  it('refuses a follow-up recorded long before it is due', async () => {
    const { enrolmentId, twelve } = await exited('2026-12-20');
    const early = await recordFollowUp(caseworker, input(enrolmentId, twelve, { completedAt: '2026-11-23' }), TODAY);
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { completedAt: 'Die Nachbefragung nach 12 Monaten ist am 20.12.2026 fällig; erfassen lässt sie sich frühestens ab 06.12.2026.' },
    });
    expect((await followUp(twelve)).completedAt).toBeNull();
  });

  it('refuses a stale form and a follow-up of another enrolment, changing nothing', async () => {
    const a = await exited();
    const b = await exited();
    await database.prisma.enrolment.update({ where: { id: a.enrolmentId }, data: { version: { increment: 1 } } });
    expect(await recordFollowUp(caseworker, input(a.enrolmentId, a.six), TODAY)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await recordFollowUp(caseworker, input(a.enrolmentId, b.six, { version: '2' }), TODAY)).toMatchObject({
      ok: false, kind: 'invalid', fieldErrors: { followUpId: 'Bitte wählen Sie die Nachbefragung aus.' },
    });
    expect((await followUp(a.six)).completedAt).toBeNull();
    expect((await followUp(b.six)).completedAt).toBeNull();
  });

  it('answers not found to another jobcenter and to officials, and audits the attempt', async () => {
    const { enrolmentId, six } = await exited();
    expect(await recordFollowUp(stranger, input(enrolmentId, six), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await recordFollowUp(official, input(enrolmentId, six), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', actorId: stranger.id, entityId: enrolmentId } })).toBe(1);
    expect((await followUp(six)).completedAt).toBeNull();
  });
});
