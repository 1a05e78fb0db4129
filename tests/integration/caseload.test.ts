// Caseload per caseworker and job coach, and the coordinator's bulk handover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createJobCoach, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Organisation, User } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { readEnv } from '@/lib/env.js';

let database: TestDatabase;
let getCaseload: typeof import('@/lib/casework/caseload').getCaseload;
let reassignEnrolments: typeof import('@/lib/casework/reassign').reassignEnrolments;
let listHeldEnrolments: typeof import('@/lib/casework/reassign-queries').listHeldEnrolments;
let listReassignTargets: typeof import('@/lib/casework/reassign-queries').listReassignTargets;

let isb: Organisation, jobcenter: Organisation, otherJobcenter: Organisation, city: Organisation;
let coordinator: ActorContext, otherCoordinator: ActorContext, caseworkerActor: ActorContext, coachActor: ActorContext, official: ActorContext;
let cwA: User, cwB: User, cwInactive: User, cwOtherJobcenter: User, jobcenterCoordinator: User;
type Key = 'a' | 'a2' | 'other' | 'r' | 'coach1' | 'coach2' | 'idle' | 'coachR1' | 'coachR2' | 'coachOther'
  | 'a2Enrolment' | 'otherEnrolment' | 'r1' | 'r2' | 'r3' | 'r4' | 'rExited' | 'rOtherJobcenter';
const ids = {} as Record<Key, string>;

const actor = (user: User, organisation: Organisation) => toActorContext({ ...user, organisation });
async function person(role: Role, organisation: Organisation, extra: Partial<User> = {}) {
  return createUser(database.prisma, { role, organisationId: organisation.id, ...extra });
}
async function enrol(projectId: string, data: { caseworkerId?: string | null; jobCoachId?: string | null; exitedAt?: Date; organisation?: Organisation } = {}) {
  const { organisation = jobcenter, ...rest } = data;
  const participant = await createParticipant(database.prisma, { organisationId: organisation.id });
  return createEnrolment(database.prisma, { participantId: participant.id, projectId, enrolledAt: new Date('2024-01-01T00:00:00Z'), ...rest });
}
const row = (id: string) => database.prisma.enrolment.findUniqueOrThrow({ where: { id }, select: { caseworkerId: true, jobCoachId: true, version: true } });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ getCaseload } = await import('@/lib/casework/caseload'));
  ({ reassignEnrolments } = await import('@/lib/casework/reassign'));
  ({ listHeldEnrolments, listReassignTargets } = await import('@/lib/casework/reassign-queries'));
  const p = database.prisma;
  // As in „Aktiv statt passiv!“: a network runs the project, the jobcenter's caseworkers hold the cases.
  isb = await createOrganisation(p, { name: 'ISB Test', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  jobcenter = await createOrganisation(p, { name: 'Jobcenter Test Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  otherJobcenter = await createOrganisation(p, { name: 'Jobcenter Test Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  city = await createOrganisation(p, { name: 'Stadt Test Duisburg', kind: 'CITY', city: 'Duisburg' });
  const land = await createOrganisation(p, { name: 'Land Test', kind: 'LAND', city: null });

  coordinator = actor(await person('COORDINATOR', isb), isb);
  otherCoordinator = actor(await person('COORDINATOR', city), city);
  caseworkerActor = actor(await person('CASEWORKER', jobcenter), jobcenter);
  official = actor(await person('OFFICIAL', land), land);
  cwA = await person('CASEWORKER', jobcenter, { name: 'Anna Fallmanagerin' });
  cwB = await person('CASEWORKER', jobcenter, { name: 'Bernd Fallmanager' });
  cwInactive = await person('CASEWORKER', jobcenter, { active: false });
  cwOtherJobcenter = await person('CASEWORKER', otherJobcenter);
  jobcenterCoordinator = await person('COORDINATOR', jobcenter);
  const coachUser = await person('JOB_COACH', isb);
  coachActor = actor(coachUser, isb);

  const a = await createProject(p, { operatorId: isb.id, name: 'A Projekt', caseloadRatio: 2 });
  const a2 = await createProject(p, { operatorId: isb.id, name: 'B Projekt' });
  const other = await createProject(p, { operatorId: city.id, name: 'Fremdes Projekt', city: 'Duisburg' });
  const r = await createProject(p, { operatorId: isb.id, name: 'C Übergabe' });
  Object.assign(ids, { a: a.id, a2: a2.id, other: other.id, r: r.id });

  const coach1 = await createJobCoach(p, { organisationId: isb.id, projectId: a.id, userId: coachUser.id, name: 'Coach Eins' });
  const coach2 = await createJobCoach(p, { organisationId: isb.id, projectId: a.id, name: 'Coach Zwei' });
  const idle = await createJobCoach(p, { organisationId: isb.id, projectId: a.id, name: 'Coach Frei' });
  const coachR1 = await createJobCoach(p, { organisationId: isb.id, projectId: r.id, name: 'Coach R1' });
  const coachR2 = await createJobCoach(p, { organisationId: isb.id, projectId: r.id, name: 'Coach R2' });
  const coachOther = await createJobCoach(p, { organisationId: city.id, projectId: other.id, name: 'Coach Fremd' });
  Object.assign(ids, { coach1: coach1.id, coach2: coach2.id, idle: idle.id, coachR1: coachR1.id, coachR2: coachR2.id, coachOther: coachOther.id });

  await enrol(a.id, { caseworkerId: cwA.id, jobCoachId: coach1.id });
  await enrol(a.id, { caseworkerId: cwA.id, jobCoachId: coach1.id });
  await enrol(a.id, { caseworkerId: cwA.id });
  await enrol(a.id, { caseworkerId: cwB.id, jobCoachId: coach2.id });
  await enrol(a.id);
  await enrol(a.id, { caseworkerId: cwA.id, jobCoachId: coach1.id, exitedAt: new Date('2025-01-31T00:00:00Z') });
  ids.a2Enrolment = (await enrol(a2.id, { caseworkerId: cwA.id })).id;
  ids.otherEnrolment = (await enrol(other.id, { caseworkerId: cwA.id, organisation: otherJobcenter })).id;
  for (const key of ['r1', 'r2', 'r3', 'r4'] as const) ids[key] = (await enrol(r.id, { caseworkerId: cwA.id, jobCoachId: coachR1.id })).id;
  ids.rExited = (await enrol(r.id, { caseworkerId: cwA.id, exitedAt: new Date('2025-01-31T00:00:00Z') })).id;
  ids.rOtherJobcenter = (await enrol(r.id, { caseworkerId: cwOtherJobcenter.id, organisation: otherJobcenter })).id;
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('getCaseload', () => {
  it('counts active enrolments per caseworker and job coach against the ratio, and the unassigned', async () => {
    const [a] = await getCaseload(coordinator, { projectId: ids.a });
    expect(a).toMatchObject({ projectId: ids.a, project: 'A Projekt', caseloadRatio: 2, activeEnrolments: 5, withoutCaseworker: 1, withoutJobCoach: 2 });
    const byName = Object.fromEntries(a!.people.map((p) => [p.name, [p.role, p.enrolments, p.utilisation, p.overTarget]]));
    expect(byName).toEqual({
      'Anna Fallmanagerin': ['caseworker', 3, 150, true],
      'Bernd Fallmanager': ['caseworker', 1, 50, false],
      'Coach Eins': ['jobCoach', 2, 100, false],
      'Coach Zwei': ['jobCoach', 1, 50, false],
      'Coach Frei': ['jobCoach', 0, 0, false],
    });
  });

  it('gives no utilisation without a ratio, and shows every project the organisation runs and no other', async () => {
    const projects = await getCaseload(coordinator);
    expect(projects.map((p) => p.projectId)).toEqual([ids.a, ids.a2, ids.r]);
    expect(projects[1]!.people).toEqual([expect.objectContaining({ name: 'Anna Fallmanagerin', enrolments: 1, utilisation: null, overTarget: false })]);
    expect((await getCaseload(otherCoordinator)).map((p) => p.projectId)).toEqual([ids.other]);
  });

  it('shows nothing to caseworkers, job coaches and officials', async () => {
    for (const someone of [caseworkerActor, coachActor, official]) expect(await getCaseload(someone)).toEqual([]);
  });
});

describe('listHeldEnrolments and listReassignTargets', () => {
  it('lists one person’s active enrolments with names, and audits reading the names', async () => {
    const { rows, next } = await listHeldEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', personId: cwA.id });
    expect(rows.map((r) => r.enrolmentId).sort()).toEqual([ids.r1, ids.r2, ids.r3, ids.r4].sort());
    expect(rows[0]).toMatchObject({ name: 'Mustermann, Erika', version: 1, phase: null });
    expect(next).toBeNull();
    const event = await database.prisma.auditEvent.findFirst({ where: { actorId: coordinator.id, action: 'read.identity', details: { path: ['purpose'], equals: 'reassign-list' } } });
    expect(event?.details).toMatchObject({ ids: expect.arrayContaining([rows[0]!.participantId]) });
  });

  it('pages by key past 100 enrolments', async () => {
    const project = await createProject(database.prisma, { operatorId: isb.id, name: 'D Viele' });
    const participants = Array.from({ length: 101 }, (_, i) => ({ organisationId: jobcenter.id, pseudonym: `TN-VIELE${i}`, sex: 'MALE' as const, birthYear: 1980, educationLevel: 'ISCED_3_4' as const }));
    await database.prisma.participant.createMany({ data: participants });
    const created = await database.prisma.participant.findMany({ where: { pseudonym: { startsWith: 'TN-VIELE' } }, select: { id: true } });
    await database.prisma.enrolment.createMany({ data: created.map((c) => ({ participantId: c.id, projectId: project.id, caseworkerId: cwB.id, enrolledAt: new Date('2024-02-01T00:00:00Z') })) });
    const first = await listHeldEnrolments(coordinator, { projectId: project.id, role: 'caseworker', personId: cwB.id });
    expect(first.rows).toHaveLength(100);
    const second = await listHeldEnrolments(coordinator, { projectId: project.id, role: 'caseworker', personId: cwB.id, after: first.next! });
    expect(second.rows).toHaveLength(1);
    expect(second.next).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.enrolmentId)).size).toBe(101);
  });

  it('offers active caseworkers of the participants’ jobcenter, and the project’s job coaches', async () => {
    const caseworkers = (await listReassignTargets(coordinator, ids.r, 'caseworker')).map((t) => t.id);
    expect(caseworkers).toEqual(expect.arrayContaining([cwA.id, cwB.id, caseworkerActor.id, cwOtherJobcenter.id]));
    expect(caseworkers).not.toContain(cwInactive.id);
    expect(caseworkers).not.toContain(jobcenterCoordinator.id);
    expect((await listReassignTargets(coordinator, ids.r, 'jobCoach')).map((t) => t.name)).toEqual(['Coach R1', 'Coach R2']);
    expect(await listReassignTargets(otherCoordinator, ids.r, 'caseworker')).toEqual([]);
  });
});

describe('reassignEnrolments', () => {
  const selection = async (...keys: Key[]) => Promise.all(keys.map(async (k) => ({ enrolmentId: ids[k], version: (await row(ids[k])).version })));

  async function expectUnchanged(keys: Key[], run: () => Promise<unknown>) {
    const before = await Promise.all(keys.map((k) => row(ids[k])));
    const result = await run();
    expect(await Promise.all(keys.map((k) => row(ids[k])))).toEqual(before);
    return result;
  }

  it('refuses an empty selection and a missing target with German messages at the fields', async () => {
    const result = await reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: '', enrolments: [] });
    expect(result).toMatchObject({
      ok: false, kind: 'invalid',
      fieldErrors: { enrolments: 'Bitte wählen Sie mindestens eine Teilnahme aus.', targetId: 'Bitte wählen Sie, an wen übergeben wird.' },
    });
  });

  it('hands the selected enrolments to another caseworker in one go, and audits ids and field only', async () => {
    const enrolments = await selection('r1', 'r2');
    const result = await reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: enrolments.map((e) => `${e.enrolmentId}:${e.version}`) });
    expect(result).toEqual({ ok: true, count: 2, targetName: 'Bernd Fallmanager' });
    expect(await row(ids.r1)).toMatchObject({ caseworkerId: cwB.id, jobCoachId: ids.coachR1, version: 2 });
    expect(await row(ids.r2)).toMatchObject({ caseworkerId: cwB.id, version: 2 });
    expect(await row(ids.r3)).toMatchObject({ caseworkerId: cwA.id, version: 1 });
    const event = await database.prisma.auditEvent.findFirst({ where: { actorId: coordinator.id, action: 'update', entity: 'Enrolment' } });
    expect(event?.details).toEqual({ action: 'reassign', projectId: ids.r, fields: ['caseworkerId'], to: cwB.id, ids: [ids.r1, ids.r2] });
  });

  it('hands enrolments to another job coach of the project', async () => {
    const result = await reassignEnrolments(coordinator, { projectId: ids.r, role: 'jobCoach', targetId: ids.coachR2, enrolments: await selection('r3') });
    expect(result).toMatchObject({ ok: true, count: 1, targetName: 'Coach R2' });
    expect(await row(ids.r3)).toMatchObject({ caseworkerId: cwA.id, jobCoachId: ids.coachR2, version: 2 });
  });

  it('refuses the whole batch when one row was changed by someone else', async () => {
    const stale = await selection('r3', 'r4');
    await database.prisma.enrolment.update({ where: { id: ids.r3 }, data: { version: { increment: 1 } } });
    const result = await expectUnchanged(['r3', 'r4'], () => reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: stale }));
    expect(result).toMatchObject({ ok: false, kind: 'conflict', message: expect.stringContaining('inzwischen von jemand anderem geändert') });
  });

  // A real race needs row locks across two connections: PostgreSQL only, not PGlite.
  it.skipIf(!readEnv().TEST_DATABASE_URL)('rolls the whole batch back when a row changes between the check and the update', async () => {
    const enrolments = await selection('r2', 'r4');
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query('UPDATE "Enrolment" SET version = version + 1 WHERE id = $1', [ids.r4]);
    const before = await row(ids.r2);
    const pending = reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: caseworkerActor.id, enrolments });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.query('COMMIT');
    await other.end();
    expect(await pending).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await row(ids.r2)).toEqual(before);
    expect(await row(ids.r4)).toMatchObject({ caseworkerId: cwA.id, version: enrolments[1]!.version + 1 });
  });

  it('refuses enrolments of another project, exited ones and other organisations’, changing none', async () => {
    for (const other of ['a2Enrolment', 'rExited', 'otherEnrolment'] as const) {
      const result = await expectUnchanged(['r4', other], async () =>
        reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: await selection('r4', other) }));
      expect(result).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { enrolments: expect.stringContaining('nicht mehr aktiv oder gehört nicht zu diesem Projekt') } });
    }
    const denied = await database.prisma.auditEvent.findMany({ where: { actorId: coordinator.id, action: 'access.denied', entity: 'Enrolment' }, select: { details: true } });
    expect(denied.map((d) => d.details)).toEqual((['a2Enrolment', 'rExited', 'otherEnrolment'] as const).map((k) => ({ action: 'reassign', projectId: ids.r, ids: [ids[k]] })));
  });

  it('refuses a target who is not an active caseworker of the participants’ jobcenter, or not a coach of the project', async () => {
    for (const target of [cwOtherJobcenter.id, cwInactive.id, jobcenterCoordinator.id, coachActor.id, ids.coach1]) {
      const result = await expectUnchanged(['r4'], async () => reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: target, enrolments: await selection('r4') }));
      expect(result).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { targetId: expect.stringContaining('An diese Person kann nicht übergeben werden') } });
    }
    for (const target of [ids.coachOther, ids.coach1, cwB.id]) {
      const result = await expectUnchanged(['r4'], async () => reassignEnrolments(coordinator, { projectId: ids.r, role: 'jobCoach', targetId: target, enrolments: await selection('r4') }));
      expect(result).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { targetId: expect.stringContaining('Jobcoach dieses Projekts') } });
    }
  });

  it('refuses a caseworker who is not of every selected participant’s jobcenter, and the current holder', async () => {
    const mixed = await expectUnchanged(['r4', 'rOtherJobcenter'], async () =>
      reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: await selection('r4', 'rOtherJobcenter') }));
    expect(mixed).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { targetId: expect.stringContaining('nicht zum Jobcenter aller') } });
    const same = await expectUnchanged(['r4'], async () => reassignEnrolments(coordinator, { projectId: ids.r, role: 'caseworker', targetId: cwA.id, enrolments: await selection('r4') }));
    expect(same).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { targetId: expect.stringContaining('bereits zugeordnet') } });
  });

  it('refuses a coordinator of another organisation, and audits the attempt', async () => {
    const result = await expectUnchanged(['r4'], async () => reassignEnrolments(otherCoordinator, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: await selection('r4') }));
    expect(result).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { actorId: otherCoordinator.id, action: 'access.denied', entity: 'Project', entityId: ids.r } })).toBe(1);
  });

  it('refuses caseworkers, job coaches and officials', async () => {
    for (const someone of [caseworkerActor, coachActor, official]) {
      const result = await expectUnchanged(['r4'], async () => reassignEnrolments(someone, { projectId: ids.r, role: 'caseworker', targetId: cwB.id, enrolments: await selection('r4') }));
      expect(result).toEqual({ ok: false, kind: 'not-found' });
    }
  });
});
