// Employers, positions, job coaches and employer acquisition: every action per role (a
// refused one leaves the row as it was and is audited), stale versions, the derived
// filled-versus-offered figures on a crafted dataset, and ISB's published figures on the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEmployer, createEnrolment, createJobCoach, createOrganisation, createParticipant, createPosition, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Organisation, User } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

let database: TestDatabase;
type Lib = {
  createEmployer: typeof import('@/lib/employers/create-employer').createEmployer;
  updateEmployer: typeof import('@/lib/employers/update-employer').updateEmployer;
  listEmployers: typeof import('@/lib/employers/queries').listEmployers;
  getEmployer: typeof import('@/lib/employers/queries').getEmployer;
  createPosition: typeof import('@/lib/employers/save-position').createPosition;
  updatePosition: typeof import('@/lib/employers/save-position').updatePosition;
  deletePosition: typeof import('@/lib/employers/delete-position').deletePosition;
  createJobCoach: typeof import('@/lib/employers/save-job-coach').createJobCoach;
  updateJobCoach: typeof import('@/lib/employers/save-job-coach').updateJobCoach;
  createAcquisition: typeof import('@/lib/employers/save-acquisition').createAcquisition;
  moveAcquisition: typeof import('@/lib/employers/save-acquisition').moveAcquisition;
  getProjectEmployers: typeof import('@/lib/employers/project-queries').getProjectEmployers;
};
const lib = {} as Lib;

let isb: Organisation, jobcenter: Organisation, city: Organisation, land: Organisation;
// admin: of another organisation; ownAdmin: of the organisation that runs the project and maintains its employers.
let coordinator: ActorContext, otherCoordinator: ActorContext, caseworker: ActorContext, coach: ActorContext, official: ActorContext, admin: ActorContext, ownAdmin: ActorContext;
let coachUser: User, freeCoachAccount: User, acquirer: User;
const ids = {} as Record<'project' | 'otherProject' | 'e1' | 'e2' | 'foreign' | 'p1' | 'p2' | 'coach', string>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2024-08-01');
const actor = (user: User, organisation: Organisation) => toActorContext({ ...user, organisation });
const person = async (role: Role, organisation: Organisation, extra: Partial<User> = {}) =>
  createUser(database.prisma, { role, organisationId: organisation.id, ...extra });
const denials = (entity: string) => database.prisma.auditEvent.count({ where: { action: 'access.denied', entity } });

/** An enrolment of the project with one job phase (optionally at a position or only an employer). */
async function job(projectId: string, phase: { start: string; end?: string; positionId?: string; employerId?: string; kind?: 'SUBSIDISED_JOB' | 'REGULAR_JOB' }, extra: { exitedAt?: string; jobCoachId?: string } = {}) {
  const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
  return createEnrolment(database.prisma, {
    participantId: participant.id,
    projectId,
    enrolledAt: day('2024-01-01'),
    exitedAt: extra.exitedAt ? day(extra.exitedAt) : null,
    jobCoachId: extra.jobCoachId ?? null,
    phases: [{
      kind: phase.kind ?? 'SUBSIDISED_JOB', startDate: day(phase.start), endDate: phase.end ? day(phase.end) : null,
      positionId: phase.positionId ?? null, employerId: phase.employerId ?? null,
    }],
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ createEmployer: lib.createEmployer } = await import('@/lib/employers/create-employer'));
  ({ updateEmployer: lib.updateEmployer } = await import('@/lib/employers/update-employer'));
  ({ listEmployers: lib.listEmployers, getEmployer: lib.getEmployer } = await import('@/lib/employers/queries'));
  ({ createPosition: lib.createPosition, updatePosition: lib.updatePosition } = await import('@/lib/employers/save-position'));
  ({ deletePosition: lib.deletePosition } = await import('@/lib/employers/delete-position'));
  ({ createJobCoach: lib.createJobCoach, updateJobCoach: lib.updateJobCoach } = await import('@/lib/employers/save-job-coach'));
  ({ createAcquisition: lib.createAcquisition, moveAcquisition: lib.moveAcquisition } = await import('@/lib/employers/save-acquisition'));
  ({ getProjectEmployers: lib.getProjectEmployers } = await import('@/lib/employers/project-queries'));
  const p = database.prisma;
  // The five programmes first (the seed refuses a database with organisations), then the crafted data.
  const { seed } = await import('../../prisma/seed');
  await seed(p, { participants: 100, demoUsers: true });
  isb = await createOrganisation(p, { name: 'ISB Arbeitgebertest', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  jobcenter = await createOrganisation(p, { name: 'Jobcenter Arbeitgebertest', kind: 'JOBCENTER', city: 'Dortmund' });
  city = await createOrganisation(p, { name: 'Stadt Arbeitgebertest Duisburg', kind: 'CITY', city: 'Duisburg' });
  land = await createOrganisation(p, { name: 'Land Arbeitgebertest', kind: 'LAND', city: null });
  coordinator = actor(await person('COORDINATOR', isb), isb);
  otherCoordinator = actor(await person('COORDINATOR', city), city);
  caseworker = actor(await person('CASEWORKER', jobcenter), jobcenter);
  official = actor(await person('OFFICIAL', land), land);
  admin = actor(await person('ADMIN', city), city);
  ownAdmin = actor(await person('ADMIN', isb), isb);
  coachUser = await person('JOB_COACH', isb);
  coach = actor(coachUser, isb);
  freeCoachAccount = await person('JOB_COACH', isb, { name: 'Freies Coachkonto' });
  acquirer = await person('COORDINATOR', isb, { name: 'Akquise Person' });

  const project = await createProject(p, { operatorId: isb.id, name: 'Arbeitgeber-Testprojekt', startDate: day('2024-01-01') });
  const otherProject = await createProject(p, { operatorId: city.id, name: 'Fremdes Projekt', city: 'Duisburg' });
  const e1 = await createEmployer(p, { organisationId: isb.id, name: 'Werkstatt Eins', kind: 'SOCIAL_ENTERPRISE', city: 'Dortmund' });
  const e2 = await createEmployer(p, { organisationId: isb.id, name: 'Pflege Zwei', kind: 'PRIVATE_FIRM', city: 'Dortmund' });
  const foreign = await createEmployer(p, { organisationId: city.id, name: 'Duisburger Firma', kind: 'PRIVATE_FIRM', city: 'Duisburg' });
  const p1 = await createPosition(p, { projectId: project.id, employerId: e1.id, count: 3, occupationalField: 'Recycling' });
  const p2 = await createPosition(p, { projectId: project.id, employerId: e2.id, count: 2, occupationalField: 'Pflege' });
  const linked = await createJobCoach(p, { organisationId: isb.id, projectId: project.id, employerId: e1.id, userId: coachUser.id, name: 'Coach Werkstatt' });
  Object.assign(ids, { project: project.id, otherProject: otherProject.id, e1: e1.id, e2: e2.id, foreign: foreign.id, p1: p1.id, p2: p2.id, coach: linked.id });

  // p1 (3 places): A Jan–Jun, B from July on A's place, C from March, still there; D exited in
  // April with the phase left open. At most 3 at once (March–April), 2 today, 4 ever.
  await job(project.id, { start: '2024-01-01', end: '2024-06-30', positionId: p1.id }, { jobCoachId: linked.id });
  await job(project.id, { start: '2024-07-01', positionId: p1.id }, { jobCoachId: linked.id });
  await job(project.id, { start: '2024-03-01', positionId: p1.id, kind: 'REGULAR_JOB' }, { jobCoachId: linked.id });
  await job(project.id, { start: '2024-02-01', positionId: p1.id }, { exitedAt: '2024-04-15' });
  // At Pflege Zwei outside a position (open labour market at an employer of the project).
  await job(project.id, { start: '2024-05-01', employerId: e2.id, kind: 'REGULAR_JOB' }, { jobCoachId: linked.id });
  // Another project's enrolment pointing at p1 does not fill it.
  await job(otherProject.id, { start: '2024-05-01', positionId: p1.id });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('derived filled versus offered', () => {
  it('counts the most places held at once as filled, today’s holders and everyone ever placed', async () => {
    const page = await lib.getProjectEmployers(coordinator, ids.project, TODAY);
    const p1 = page.positions.find((p) => p.id === ids.p1)!;
    expect([p1.count, p1.filled.value, p1.today.value, p1.placed.value]).toEqual([3, 3, 2, 4]);
    const p2 = page.positions.find((p) => p.id === ids.p2)!;
    expect([p2.count, p2.filled.value, p2.today.value, p2.placed.value]).toEqual([2, 0, 0, 0]);
    // Per employer: the job at Pflege Zwei outside a position counts for the employer.
    const totals = Object.fromEntries(page.totals.map((t) => [t.employer, [t.offered, t.filled.value, t.today.value]]));
    expect(totals).toEqual({ 'Pflege Zwei': [2, 1, 1], 'Werkstatt Eins': [3, 3, 2] });
    expect(page.total).toMatchObject({ offered: 5, employers: 2, filled: { value: 4 }, today: { value: 3 } });
  });

  it('hides small counts of people from those who do not run the project', async () => {
    const page = await lib.getProjectEmployers(official, ids.project, TODAY);
    expect(page.positions.find((p) => p.id === ids.p1)?.filled).toEqual({ value: null, suppressed: true });
    expect(page.positionFigures).toBe(false);
    expect(page.totals.map((t) => t.filled.suppressed)).toEqual([true, true]);
    expect(page.total.filled).toEqual({ value: null, suppressed: true });
    expect(page.total.offered).toBe(5);
    expect(page.project.canEdit).toBe(false);
    expect(page.options).toBeNull();
    expect(page.coaches.every((c) => c.caseload === null)).toBe(true);
  });

  it('shows job coaches with their employer, whom they serve (derived) and their caseload', async () => {
    const page = await lib.getProjectEmployers(coordinator, ids.project, TODAY);
    const row = page.coaches.find((c) => c.id === ids.coach)!;
    expect(row.employer).toBe('Werkstatt Eins');
    expect(row.serves).toEqual(['Pflege Zwei', 'Werkstatt Eins']);
    expect(row.caseload).toBe(4);
  });

  it('sums offered and filled over projects on the employer list', async () => {
    const list = await lib.listEmployers(coordinator, {}, TODAY);
    const rows = Object.fromEntries(list!.rows.map((r) => [r.name, [r.offered, r.filled.value]]));
    expect(rows).toMatchObject({ 'Werkstatt Eins': [3, 3], 'Pflege Zwei': [2, 1] });
    expect(rows['Duisburger Firma']).toBeUndefined();
    expect((await lib.listEmployers(coordinator, { art: 'PRIVATE_FIRM' }, TODAY))!.rows.map((r) => r.name)).toEqual(['Pflege Zwei']);
    const inDuisburg = (await lib.listEmployers(official, { ort: 'duisburg' }, TODAY))!.rows;
    expect(inDuisburg.map((r) => r.name)).toContain('Duisburger Firma');
    expect(inDuisburg.every((r) => r.city === 'Duisburg')).toBe(true);
  });

  it('a job coach sees the employers of their project; another city’s coordinator does not', async () => {
    expect((await lib.listEmployers(coach, {}, TODAY))!.rows.map((r) => r.name)).toEqual(['Pflege Zwei', 'Werkstatt Eins']);
    const other = await lib.listEmployers(otherCoordinator, {}, TODAY);
    expect(other!.rows.map((r) => r.name)).toContain('Duisburger Firma');
    expect(other!.rows.map((r) => r.name)).not.toContain('Werkstatt Eins');
    await expect(lib.getEmployer(otherCoordinator, ids.e1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(lib.getProjectEmployers(otherCoordinator, ids.project)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('employers', () => {
  const valid = { name: 'Neue Gärtnerei', kind: 'SOCIAL_ENTERPRISE', city: 'Dortmund', district: 'Hörde', occupationalFields: 'Grünpflege\nÖkologischer Gemüsebau, Grünpflege' };

  it('a coordinator creates one, maintained by their organisation, and the change is audited', async () => {
    const result = await lib.createEmployer(coordinator, valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await database.prisma.employer.findUniqueOrThrow({ where: { id: result.employerId } });
    expect(row).toMatchObject({ organisationId: isb.id, district: 'Hörde', occupationalFields: ['Grünpflege', 'Ökologischer Gemüsebau'] });
    expect(await database.prisma.auditEvent.count({ where: { entity: 'Employer', entityId: row.id, action: 'create', actorId: coordinator.id } })).toBe(1);
    // „Only coordinators and admins of the owning organisation edit“: the admin may too.
    const byAdmin = await lib.createEmployer(ownAdmin, { ...valid, name: 'Von der Administration' });
    expect(byAdmin.ok && (await database.prisma.employer.findUniqueOrThrow({ where: { id: byAdmin.employerId } })).organisationId).toBe(isb.id);
  });

  it('refuses a name the organisation already uses, at the field, in German', async () => {
    const result = await lib.createEmployer(coordinator, { ...valid, name: 'Werkstatt Eins' });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { name: expect.stringContaining('bereits') } });
    // Another organisation may use the same name.
    expect((await lib.createEmployer(otherCoordinator, { ...valid, name: 'Werkstatt Eins', city: 'Duisburg' })).ok).toBe(true);
  });

  it('reports every field error at once', async () => {
    const result = await lib.createEmployer(coordinator, { name: ' ', kind: 'KIOSK', city: '' });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { name: 'Bitte geben Sie den Namen des Arbeitgebers ein.', kind: 'Bitte wählen Sie die Art des Arbeitgebers aus.', city: 'Bitte geben Sie den Ort ein.' },
    });
  });

  it.each([['caseworker'], ['official'], ['job coach']] as const)('refuses creation by a %s and audits it', async (who) => {
    const by = { caseworker, official, 'job coach': coach }[who];
    const before = await database.prisma.employer.count();
    const denied = await denials('Employer');
    expect(await lib.createEmployer(by, { ...valid, name: `Versuch ${who}` })).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.employer.count()).toBe(before);
    expect(await denials('Employer')).toBe(denied + 1);
  });

  it('updates on the current version; a stale version or another organisation changes nothing', async () => {
    const before = await database.prisma.employer.findUniqueOrThrow({ where: { id: ids.e2 } });
    const input = { employerId: ids.e2, version: String(before.version), name: 'Pflege Zwei', kind: 'PRIVATE_FIRM', city: 'Dortmund', district: 'Eving', occupationalFields: 'Pflege' };
    expect(await lib.updateEmployer(otherCoordinator, input)).toEqual({ ok: false, kind: 'not-found' });
    for (const by of [caseworker, official, coach, admin]) expect(await lib.updateEmployer(by, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.employer.findUniqueOrThrow({ where: { id: ids.e2 } })).toEqual(before);
    expect((await lib.updateEmployer(coordinator, input)).ok).toBe(true);
    const after = await database.prisma.employer.findUniqueOrThrow({ where: { id: ids.e2 } });
    expect([after.district, after.version]).toEqual(['Eving', before.version + 1]);
    expect(await lib.updateEmployer(coordinator, { ...input, district: 'Scharnhorst' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect((await database.prisma.employer.findUniqueOrThrow({ where: { id: ids.e2 } })).district).toBe('Eving');
    const event = await database.prisma.auditEvent.findFirst({ where: { entity: 'Employer', entityId: ids.e2, action: 'update' } });
    expect(event?.details).toEqual({ fields: ['district', 'occupationalFields'] });
  });

  it('shows the detail page’s figures and who may edit', async () => {
    const detail = await lib.getEmployer(coordinator, ids.e1, TODAY);
    expect(detail.canEdit).toBe(true);
    expect(detail.projects).toEqual([expect.objectContaining({ name: 'Arbeitgeber-Testprojekt', offered: 3, filled: { value: 3, suppressed: false } })]);
    expect(detail.jobCoaches.map((c) => c.name)).toEqual(['Coach Werkstatt']);
    expect((await lib.getEmployer(official, ids.e1, TODAY)).canEdit).toBe(false);
  });
});

describe('positions', () => {
  const valid = () => ({
    projectId: ids.project, employerId: ids.e2, count: '4', occupationalField: 'Hauswirtschaft', workingTime: 'PART',
    hoursPerWeek: '19,5', instrument: 'PARA_16I', hourlyWage: '13,90', collectiveAgreement: 'ja',
  });

  it('creates a position with wage in cents and hours as a decimal, audited', async () => {
    const result = await lib.createPosition(coordinator, valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await database.prisma.position.findUniqueOrThrow({ where: { id: result.positionId } });
    expect([row.count, row.fullTime, row.hoursPerWeek?.toString(), row.hourlyWageCents, row.collectiveAgreement]).toEqual([4, false, '19.5', 1390, true]);
    expect(await database.prisma.auditEvent.count({ where: { entity: 'Position', entityId: row.id, action: 'create' } })).toBe(1);
  });

  it('asks for hours with part time and reports German field errors', async () => {
    const result = await lib.createPosition(coordinator, { ...valid(), hoursPerWeek: '', count: '0', hourlyWage: 'viel', instrument: '' });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (result.ok || result.kind !== 'invalid') return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['count', 'hourlyWage', 'hoursPerWeek', 'instrument']);
    expect(result.fieldErrors.hoursPerWeek).toBe('Bei Teilzeit geben Sie bitte die Wochenstunden an.');
  });

  it('refuses an employer the actor cannot see and every role but the operator’s coordinator', async () => {
    expect(await lib.createPosition(coordinator, { ...valid(), employerId: ids.foreign })).toMatchObject({ ok: false, fieldErrors: { employerId: expect.any(String) } });
    const before = await database.prisma.position.count();
    for (const by of [otherCoordinator, caseworker, coach, official, admin]) {
      expect(await lib.createPosition(by, valid())).toEqual({ ok: false, kind: 'not-found' });
    }
    expect(await database.prisma.position.count()).toBe(before);
    expect((await lib.createPosition(ownAdmin, valid())).ok).toBe(true);
  });

  it('updates on the current version, refuses a stale one and keeps the employer of a position with jobs', async () => {
    const before = await database.prisma.position.findUniqueOrThrow({ where: { id: ids.p1 } });
    const input = { ...valid(), employerId: ids.e1, positionId: ids.p1, version: String(before.version), count: '5', workingTime: 'FULL', hoursPerWeek: '39' };
    expect(await lib.updatePosition(otherCoordinator, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await lib.updatePosition(coordinator, { ...input, employerId: ids.e2 })).toMatchObject({ ok: false, fieldErrors: { employerId: expect.stringContaining('beschäftigt') } });
    expect(await lib.updatePosition(coordinator, { ...input, count: '1' }, TODAY)).toMatchObject({ ok: false, fieldErrors: { count: expect.stringContaining('2') } });
    expect(await database.prisma.position.findUniqueOrThrow({ where: { id: ids.p1 } })).toEqual(before);
    expect((await lib.updatePosition(coordinator, input, TODAY)).ok).toBe(true);
    expect(await lib.updatePosition(coordinator, { ...input, count: '6' }, TODAY)).toMatchObject({ ok: false, kind: 'conflict' });
    expect((await database.prisma.position.findUniqueOrThrow({ where: { id: ids.p1 } })).count).toBe(5);
  });

  it('deletes an unused position on its version, never one with jobs', async () => {
    const spare = await createPosition(database.prisma, { projectId: ids.project, employerId: ids.e2, count: 1 });
    expect(await lib.deletePosition(caseworker, { projectId: ids.project, positionId: spare.id, version: '1' })).toEqual({ ok: false, kind: 'not-found' });
    expect(await lib.deletePosition(coordinator, { projectId: ids.project, positionId: spare.id, version: '2' })).toMatchObject({ kind: 'conflict' });
    expect(await database.prisma.position.count({ where: { id: spare.id } })).toBe(1);
    expect((await lib.deletePosition(coordinator, { projectId: ids.project, positionId: spare.id, version: '1' })).ok).toBe(true);
    expect(await database.prisma.position.count({ where: { id: spare.id } })).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { entity: 'Position', entityId: spare.id, action: 'delete' } })).toBe(1);
    const used = await database.prisma.position.findUniqueOrThrow({ where: { id: ids.p1 } });
    expect(await lib.deletePosition(coordinator, { projectId: ids.project, positionId: used.id, version: String(used.version) })).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('job coaches', () => {
  it('adds a coach employed by the project or an employer, links a free account, refuses a taken one', async () => {
    const created = await lib.createJobCoach(coordinator, { projectId: ids.project, name: 'Neue Coachin', employerId: '', userId: freeCoachAccount.id });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await database.prisma.jobCoach.findUniqueOrThrow({ where: { id: created.jobCoachId } });
    expect(row).toMatchObject({ organisationId: isb.id, projectId: ids.project, employerId: null, userId: freeCoachAccount.id });
    expect(await lib.createJobCoach(coordinator, { projectId: ids.project, name: 'Noch eine', userId: coachUser.id })).toMatchObject({ fieldErrors: { userId: expect.stringContaining('anderen Jobcoach') } });
    expect(await lib.createJobCoach(coordinator, { projectId: ids.project, name: 'Noch eine', userId: acquirer.id })).toMatchObject({ fieldErrors: { userId: expect.any(String) } });
    const update = { projectId: ids.project, jobCoachId: row.id, version: '1', name: 'Neue Coachin', employerId: ids.e2, userId: freeCoachAccount.id };
    for (const by of [otherCoordinator, caseworker, coach, official]) expect(await lib.updateJobCoach(by, update)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.jobCoach.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    expect((await lib.updateJobCoach(coordinator, update)).ok).toBe(true);
    expect(await lib.updateJobCoach(coordinator, { ...update, name: 'Zu spät' })).toMatchObject({ kind: 'conflict' });
    expect(await database.prisma.jobCoach.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: 'Neue Coachin', employerId: ids.e2, version: 2 });
    const event = await database.prisma.auditEvent.findFirst({ where: { entity: 'JobCoach', entityId: row.id, action: 'update' } });
    expect(event?.details).toEqual({ projectId: ids.project, fields: ['employerId'] });
  });
});

describe('employer acquisition', () => {
  it('moves a firm along the pipeline with version checks and shows committed versus filled', async () => {
    const start = { projectId: ids.project, employerId: ids.e1, stage: 'FIRST_CONTACT', firstContactAt: '2024-02-01', acquiredById: acquirer.id, note: 'Erstgespräch' };
    for (const by of [otherCoordinator, caseworker, coach, official, admin]) expect(await lib.createAcquisition(by, start, TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.employerAcquisition.count({ where: { projectId: ids.project } })).toBe(0);
    expect(await lib.createAcquisition(coordinator, { ...start, firstContactAt: '2030-01-01' }, TODAY)).toMatchObject({ fieldErrors: { firstContactAt: expect.stringContaining('Zukunft') } });
    const created = await lib.createAcquisition(coordinator, start, TODAY);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await lib.createAcquisition(coordinator, start, TODAY)).toMatchObject({ fieldErrors: { employerId: expect.stringContaining('schon') } });
    const move = (version: number, stage: string, positionsCommitted = '') => ({ projectId: ids.project, acquisitionId: created.acquisitionId, version: String(version), stage, positionsCommitted });

    expect((await lib.moveAcquisition(coordinator, move(1, 'IN_TALKS'), TODAY)).ok).toBe(true);
    expect(await lib.moveAcquisition(coordinator, move(2, 'COMMITTED', '0'), TODAY)).toMatchObject({ fieldErrors: { positionsCommitted: expect.stringContaining('mindestens einen') } });
    expect(await lib.moveAcquisition(otherCoordinator, move(2, 'COMMITTED', '4'), TODAY)).toEqual({ ok: false, kind: 'not-found' });
    expect((await lib.moveAcquisition(coordinator, move(2, 'COMMITTED', '4'), TODAY)).ok).toBe(true);
    expect(await lib.moveAcquisition(coordinator, move(2, 'FILLED', '4'), TODAY)).toMatchObject({ kind: 'conflict' });
    expect((await lib.moveAcquisition(coordinator, move(3, 'FILLED', '4'), TODAY)).ok).toBe(true);

    // Pflege Zwei: committed, nothing filled at a position, so "filled" as a stage is refused … until a job exists.
    const e2 = await lib.createAcquisition(coordinator, { ...start, employerId: ids.e2, stage: 'COMMITTED', positionsCommitted: '2' }, TODAY);
    expect(e2.ok).toBe(true);
    const foreignFirm = await createEmployer(database.prisma, { organisationId: isb.id, name: 'Noch nicht besetzt', kind: 'PRIVATE_FIRM' });
    expect(await lib.createAcquisition(coordinator, { ...start, employerId: foreignFirm.id, stage: 'FILLED', positionsCommitted: '3' }, TODAY)).toMatchObject({ fieldErrors: { stage: expect.stringContaining('Besetzt') } });

    const page = await lib.getProjectEmployers(coordinator, ids.project, TODAY);
    expect(page.acquisitions.map((a) => [a.employer, a.stage, a.positionsCommitted, a.filled.value])).toEqual([
      ['Pflege Zwei', 'COMMITTED', 2, 1],
      ['Werkstatt Eins', 'FILLED', 4, 3],
    ]);
    expect(page.pipeline).toEqual([
      { stage: 'FIRST_CONTACT', firms: 0, committed: 0 },
      { stage: 'IN_TALKS', firms: 0, committed: 0 },
      { stage: 'COMMITTED', firms: 1, committed: 2 },
      { stage: 'FILLED', firms: 1, committed: 4 },
    ]);
    const events = await database.prisma.auditEvent.findMany({ where: { entity: 'EmployerAcquisition', entityId: created.acquisitionId, action: 'update' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [(e.details as { from: string }).from, (e.details as { to: string }).to])).toEqual([
      ['FIRST_CONTACT', 'IN_TALKS'], ['IN_TALKS', 'COMMITTED'], ['COMMITTED', 'FILLED'],
    ]);
    const all = await database.prisma.auditEvent.findMany({ where: { entity: 'EmployerAcquisition', entityId: created.acquisitionId }, select: { action: true, details: true } });
    expect(all.map((e) => e.action).sort()).toEqual(['create', 'update', 'update', 'update']);
    expect(JSON.stringify(all)).not.toContain('Erstgespräch');
  });
});

describe('seeded programmes', () => {
  it('ISB: 161 positions at nine employers, Prompt / Gewerkstatt as 4 + 21, eight job coaches at their employers', async () => {
    const user = await database.prisma.user.findFirstOrThrow({ where: { email: 'koordination.isb@demo.teilhabe.invalid' }, include: { organisation: true } });
    const project = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    const page = await lib.getProjectEmployers(toActorContext(user), project.id, day('2014-06-30'));
    expect([page.total.offered, page.total.employers]).toEqual([161, 9]);
    expect(Object.fromEntries(page.totals.map((t) => [t.employer, t.offered]))).toEqual({
      Caritas: 24, CJD: 39, 'Diakonisches Werk': 21, Dobeq: 18, 'Frauenzentrum Huckarde': 10, GrünBau: 20,
      'Prompt / Gewerkstatt': 25, 'Stadtteil-Schule': 1, Werkhof: 3,
    });
    expect(page.positions.filter((p) => p.employer === 'Prompt / Gewerkstatt').map((p) => p.count).sort((a, b) => a - b)).toEqual([4, 21]);
    expect(page.coaches).toHaveLength(8);
    expect(page.coaches.every((c) => c.employer !== null)).toBe(true);
    // Filled never exceeds offered: the seed never puts more people on a position than it has places.
    for (const p of page.positions) expect(p.filled.value ?? 0).toBeLessThanOrEqual(p.count);
    expect(page.total.filled.value).toBeGreaterThan(0);
    // The Dobeq coach also serves the Stadtteil-Schule (derived from the jobs of their participants).
    const dobeq = page.coaches.find((c) => c.employer === 'Dobeq');
    expect(dobeq?.serves.every((name) => ['Dobeq', 'Stadtteil-Schule'].includes(name))).toBe(true);
  });

  it('Duisburg: the Betriebsakquisiteur’s pipeline with committed and filled per firm', async () => {
    const user = await database.prisma.user.findFirstOrThrow({ where: { email: 'koordination.duisburg@demo.teilhabe.invalid' }, include: { organisation: true } });
    const project = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'duisburg-modell' } });
    const page = await lib.getProjectEmployers(toActorContext(user), project.id, day('2019-06-30'));
    expect(page.pipeline.map((s) => s.firms)).toEqual([1, 1, 1, 3]);
    expect(page.acquisitions.find((a) => a.employer === 'Wirtschaftsbetriebe Duisburg')?.positionsCommitted).toBe(20);
    expect(page.total.offered).toBe(42);
  });
});
