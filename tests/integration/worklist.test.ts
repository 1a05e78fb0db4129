// The caseworker's and job coach's worklist, on a crafted caseload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createJobCoach, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let database: TestDatabase;
let getWorklist: typeof import('@/lib/casework/worklist').getWorklist;
const TODAY = new Date('2026-11-23T10:00:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 10, 23 + offset));
const people: Record<string, { pseudonym: string; enrolmentId: string }> = {};
let caseworker: ActorContext;
let coach: ActorContext;
let official: ActorContext;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ getWorklist } = await import('@/lib/casework/worklist'));
  const p = database.prisma;
  const jc = await createOrganisation(p, { name: 'Jobcenter Gelsenkirchen', kind: 'JOBCENTER', city: 'Gelsenkirchen' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });
  const project = await createProject(p, { operatorId: jc.id, city: 'Gelsenkirchen', contactsPerMonth: 4 });
  caseworker = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: jc.id })), organisation: jc });
  const colleague = await createUser(p, { role: 'CASEWORKER', organisationId: jc.id });
  coach = toActorContext({ ...(await createUser(p, { role: 'JOB_COACH', organisationId: jc.id })), organisation: jc });
  official = toActorContext({ ...(await createUser(p, { role: 'OFFICIAL', organisationId: land.id })), organisation: land });
  const coachRecord = await createJobCoach(p, { organisationId: jc.id, projectId: project.id, userId: coach.id });

  async function person(key: string, enrolment: { caseworkerId?: string; jobCoachId?: string; exitedAt?: Date } = {}) {
    const participant = await createParticipant(p, { organisationId: jc.id });
    const e = await createEnrolment(p, { participantId: participant.id, projectId: project.id, caseworkerId: caseworker.id, enrolledAt: day(-400), ...enrolment });
    people[key] = { pseudonym: participant.pseudonym, enrolmentId: e.id };
    return e.id;
  }
  const contact = (enrolmentId: string, offset: number) =>
    p.contact.create({ data: { enrolmentId, occurredAt: day(offset), kind: 'PHONE', durationMinutes: 10, byUserId: caseworker.id } });

  const enough = await person('enoughContacts');
  for (const offset of [-3, -10, -17, -24]) await contact(enough, offset);
  const behind = await person('behind');
  await contact(behind, -10);
  await contact(behind, -200);
  await person('neverContacted');
  const exited = await person('exitedDue', { exitedAt: day(-190) });
  await p.followUp.createMany({ data: [{ enrolmentId: exited, monthsAfter: 6, dueAt: day(-5) }, { enrolmentId: exited, monthsAfter: 12, dueAt: day(175) }] });
  const done = await person('exitedDone', { exitedAt: day(-190) });
  await p.followUp.create({ data: { enrolmentId: done, monthsAfter: 6, dueAt: day(-5), completedAt: day(-2), stillEmployed: true } });
  const aftercare = await person('aftercareEnding');
  for (const offset of [-1, -8, -15, -22]) await contact(aftercare, offset);
  await p.phase.create({ data: { enrolmentId: aftercare, kind: 'AFTERCARE', startDate: day(-170), endDate: day(10) } });
  const later = await person('aftercareLater');
  for (const offset of [-1, -8, -15, -22]) await contact(later, offset);
  await p.phase.create({ data: { enrolmentId: later, kind: 'AFTERCARE', startDate: day(-100), endDate: day(60) } });
  await person('colleagues', { caseworkerId: colleague.id });
  await person('coached', { caseworkerId: colleague.id, jobCoachId: coachRecord.id });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

const pseudonyms = (rows: { pseudonym: string }[]) => rows.map((r) => r.pseudonym);

describe('getWorklist', () => {
  it('lists open follow-ups due within two weeks, not completed or later ones', async () => {
    const list = (await getWorklist(caseworker, TODAY))!;
    expect(list.followUps.map((f) => [f.pseudonym, f.monthsAfter])).toEqual([[people.exitedDue!.pseudonym, 6]]);
  });

  it('lists active people behind the project’s 4 contacts a month, never-contacted first', async () => {
    const list = (await getWorklist(caseworker, TODAY))!;
    expect(pseudonyms(list.contacts)).toEqual([people.neverContacted!.pseudonym, people.behind!.pseudonym]);
    expect(list.contacts[1]).toMatchObject({ recentContacts: 1, target: 4, lastContactAt: day(-10) });
  });

  it('lists aftercare ending within 30 days only', async () => {
    const list = (await getWorklist(caseworker, TODAY))!;
    expect(list.aftercare.map((a) => [a.pseudonym, a.endsAt])).toEqual([[people.aftercareEnding!.pseudonym, day(10)]]);
  });

  it('gives a job coach the people coached by them, and nobody else’s', async () => {
    const list = (await getWorklist(coach, TODAY))!;
    expect(pseudonyms(list.contacts)).toEqual([people.coached!.pseudonym]);
    expect(list.followUps).toEqual([]);
  });

  it('gives officials no worklist, and audits what it showed', async () => {
    expect(await getWorklist(official, TODAY)).toBeNull();
    const event = await database.prisma.auditEvent.findFirst({ where: { actorId: caseworker.id, action: 'read', details: { path: ['purpose'], equals: 'worklist' } } });
    expect(event?.details).toMatchObject({ ids: expect.arrayContaining([people.exitedDue!.enrolmentId]) });
  });
});
