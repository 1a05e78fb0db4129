// Creating and editing projects: who may (coordinators and admins of the operating
// organisation), who may not (officials, caseworkers, another organisation's coordinator:
// rows unchanged), stale versions refused, model changes that would strand recorded phases
// refused, every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Organisation } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { MODEL_FLOWS, PROJECT_MODELS, modelTransitions, edgeField, edgeKey, type TransitionEdge } from '@/lib/projects/templates';

let database: TestDatabase;
let createProjectUseCase: typeof import('@/lib/projects/create-project').createProject;
let updateProject: typeof import('@/lib/projects/update-project').updateProject;
let getProjectOverview: typeof import('@/lib/projects/get-project').getProjectOverview;
let getProjectForEdit: typeof import('@/lib/projects/get-project').getProjectForEdit;

let city: Organisation, otherCity: Organisation, jobcenter: Organisation;
const actors = {} as Record<'coordinator' | 'admin' | 'official' | 'caseworker' | 'jobCoach' | 'otherCoordinator' | 'jobcenterCoordinator', ActorContext>;

async function person(role: Role, organisation: Organisation): Promise<ActorContext> {
  const user = await createUser(database.prisma, { role, organisationId: organisation.id });
  return toActorContext({ ...user, organisation });
}

/** The form's checkboxes for these edges (edge:START>PROFILING = '1'). */
const ticked = (list: readonly TransitionEdge[]) => Object.fromEntries(list.map((e) => [edgeField(e), '1']));
const templateEdges = (model: string) => (PROJECT_MODELS.find((m) => m === model) ? modelTransitions(model as never) : []);

/** A filled-in form; the edges ticked are the model's template unless `list` is given. */
const form = (overrides: Record<string, string> = {}, list?: readonly TransitionEdge[]) => ({
  ...ticked(list ?? templateEdges(overrides.model ?? 'WORK_OPPORTUNITY_TO_JOB')),
  name: 'Teilhabe Duisburg-Nord',
  shortName: `duisburg-nord-${Math.random().toString(36).slice(2, 8)}`,
  city: 'Duisburg',
  model: 'WORK_OPPORTUNITY_TO_JOB',
  description: '',
  startDate: '2024-01-01',
  endDate: '2025-12-31',
  targetParticipants: '100',
  targetPositions: '40',
  targetPlacements: '30',
  caseloadRatio: '50',
  contactsPerMonth: '2',
  aftercareMonths: '6',
  budget: '3.500.000,50',
  ...overrides,
});

const edges = async (projectId: string) =>
  (await database.prisma.phaseTransition.findMany({ where: { projectId } })).map((t) => edgeKey([t.fromKind, t.toKind])).sort();
const auditOf = (entityId: string) => database.prisma.auditEvent.findMany({ where: { entity: 'Project', entityId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ createProject: createProjectUseCase } = await import('@/lib/projects/create-project'));
  ({ updateProject } = await import('@/lib/projects/update-project'));
  ({ getProjectOverview, getProjectForEdit } = await import('@/lib/projects/get-project'));
  const p = database.prisma;
  city = await createOrganisation(p, { name: 'Stadt Test Duisburg', kind: 'CITY', city: 'Duisburg' });
  otherCity = await createOrganisation(p, { name: 'Stadt Test Dortmund', kind: 'CITY', city: 'Dortmund' });
  jobcenter = await createOrganisation(p, { name: 'Jobcenter Test Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  actors.coordinator = await person('COORDINATOR', city);
  actors.admin = await person('ADMIN', city);
  actors.official = await person('OFFICIAL', city);
  actors.caseworker = await person('CASEWORKER', jobcenter);
  actors.jobCoach = await person('JOB_COACH', city);
  actors.otherCoordinator = await person('COORDINATOR', otherCity);
  // Same city, other organisation: reads the city's projects, edits none of them.
  actors.jobcenterCoordinator = await person('COORDINATOR', jobcenter);
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('create a project', () => {
  it('a coordinator creates one for their own organisation, with the template edges, budget in cents, audited', async () => {
    const result = await createProjectUseCase(actors.coordinator, { ...form(), operatorId: otherCity.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const project = await database.prisma.project.findUniqueOrThrow({ where: { id: result.projectId } });
    // The operator is the actor's organisation, whatever the form claims.
    expect(project).toMatchObject({ operatorId: city.id, model: 'WORK_OPPORTUNITY_TO_JOB', budgetCents: 350_000_050n, targetParticipants: 100, caseloadRatio: 50, aftercareMonths: 6, version: 1 });
    expect(await edges(project.id)).toEqual(modelTransitions('WORK_OPPORTUNITY_TO_JOB').map(edgeKey).sort());
    const events = await auditOf(project.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create', actorId: actors.coordinator.id });
    expect(JSON.stringify(events[0]!.details)).not.toContain('Duisburg-Nord');
  });

  it('an admin of the organisation may create one too', async () => {
    const result = await createProjectUseCase(actors.admin, form({ model: 'PROCUREMENT' }));
    expect(result.ok).toBe(true);
  });

  it.each(['official', 'caseworker', 'jobCoach'] as const)('refuses a %s and writes nothing but the refusal', async (who) => {
    const before = await database.prisma.project.count();
    const values = form();
    const result = await createProjectUseCase(actors[who], values);
    expect(result).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.project.count()).toBe(before);
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', actorId: actors[who].id, entity: 'Project' } })).toBeGreaterThan(0);
  });

  it('reports every field error at once, in German', async () => {
    const result = await createProjectUseCase(actors.coordinator, form({ name: '', shortName: 'Kein Kürzel!', model: 'X', startDate: '2024-02-31', endDate: '2023-01-01', budget: '3,5 Mio', caseloadRatio: '0' }));
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.fieldErrors).toMatchObject({
      name: 'Bitte geben Sie den Namen des Projekts ein.',
      model: 'Bitte wählen Sie ein Modell aus.',
      startDate: 'Bitte geben Sie den Beginn als Datum ein.',
      budget: expect.stringContaining('Euro-Betrag'),
      caseloadRatio: expect.stringContaining('Betreuungsschlüssel'),
    });
    expect(result.fieldErrors.shortName).toContain('Kleinbuchstaben');
  });

  it('saves an own model with exactly the ticked edges; the model column keeps the nearest template', async () => {
    const own: TransitionEdge[] = [
      [null, 'PROFILING'], [null, 'QUALIFICATION'], ['PROFILING', 'QUALIFICATION'], ['QUALIFICATION', 'SUBSIDISED_JOB'],
      ['SUBSIDISED_JOB', 'AFTERCARE'], ['AFTERCARE', 'EXIT'], ['PROFILING', 'EXIT'], ['QUALIFICATION', 'EXIT'], ['SUBSIDISED_JOB', 'EXIT'],
    ];
    const result = await createProjectUseCase(actors.coordinator, form({ model: 'CUSTOM' }, own));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await edges(result.projectId)).toEqual(own.map(edgeKey).sort());
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: result.projectId } })).toMatchObject({ model: 'SUBSIDISED_JOBS' });
    const [event] = await auditOf(result.projectId);
    expect((event!.details as { transitions: string[] }).transitions.sort()).toEqual(own.map(edgeKey).sort());
  });

  it.each([
    ['no first phase', [['PROFILING', 'EXIT']], 'Zeile „Beginn“'],
    ['a phase after itself', [[null, 'PROFILING'], ['PROFILING', 'PROFILING'], ['PROFILING', 'EXIT']], 'nicht auf sich selbst folgen'],
    ['a phase without a way to the exit', [[null, 'PROFILING'], ['PROFILING', 'REGULAR_JOB'], ['PROFILING', 'EXIT']], 'kein Weg zum Austritt'],
  ] as [string, TransitionEdge[], string][])('refuses an own model with %s at the field; no project is created', async (_, list, message) => {
    const shortName = `abgelehnt-${Math.random().toString(36).slice(2, 8)}`;
    const result = await createProjectUseCase(actors.coordinator, form({ model: 'CUSTOM', shortName }, list));
    expect(result).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { transitions: expect.stringContaining(message) } });
    expect(await database.prisma.project.count({ where: { shortName } })).toBe(0);
  });

  it('refuses a short name that is taken, at the field', async () => {
    const values = form();
    expect((await createProjectUseCase(actors.coordinator, values)).ok).toBe(true);
    const again = await createProjectUseCase(actors.coordinator, { ...values, shortName: values.shortName.toUpperCase() });
    expect(again).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { shortName: expect.stringContaining('bereits vergeben') } });
  });
});

describe('edit a project', () => {
  async function fresh(model: 'SUBSIDISED_JOBS' | 'WORK_OPPORTUNITY_TO_JOB' = 'SUBSIDISED_JOBS') {
    return createProject(database.prisma, {
      operatorId: city.id, city: 'Duisburg', model, startDate: new Date('2024-01-01T00:00:00Z'), transitions: modelTransitions(model),
    });
  }
  const editForm = (project: { id: string; shortName: string; version: number; model: string }, overrides: Record<string, string> = {}, list?: readonly TransitionEdge[]) =>
    form({ id: project.id, version: String(project.version), shortName: project.shortName, model: project.model, ...overrides }, list);

  it('the coordinator edits it; the version moves on and the changed fields are audited', async () => {
    const project = await fresh();
    const result = await updateProject(actors.coordinator, editForm(project, { name: 'Neuer Name', budget: '1.000.000' }));
    expect(result).toEqual({ ok: true, projectId: project.id });
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row).toMatchObject({ name: 'Neuer Name', budgetCents: 100_000_000n, version: 2 });
    const [event] = await auditOf(project.id);
    expect(event).toMatchObject({ action: 'update', actorId: actors.coordinator.id });
    expect((event!.details as { fields: string[] }).fields).toEqual(expect.arrayContaining(['name', 'budgetCents']));
    expect((event!.details as { fields: string[] }).fields).not.toContain('model');
  });

  it('an admin of the operating organisation edits it too', async () => {
    const project = await fresh();
    expect((await updateProject(actors.admin, editForm(project, { name: 'Vom Admin' }))).ok).toBe(true);
  });

  it.each(['official', 'caseworker', 'jobCoach', 'otherCoordinator', 'jobcenterCoordinator'] as const)(
    'refuses a %s: not found, row unchanged, refusal audited',
    async (who) => {
      const project = await fresh();
      const result = await updateProject(actors[who], editForm(project, { name: 'Übernommen' }));
      expect(result).toEqual({ ok: false, kind: 'not-found' });
      const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
      expect(row).toEqual(project);
      expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', actorId: actors[who].id } })).toBeGreaterThan(0);
      await expect(getProjectForEdit(actors[who], project.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    },
  );

  it('refuses a stale version: the other person’s change stays', async () => {
    const project = await fresh();
    expect((await updateProject(actors.coordinator, editForm(project, { name: 'Erste Änderung' }))).ok).toBe(true);
    const stale = await updateProject(actors.admin, editForm(project, { name: 'Zweite Änderung' }));
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', message: expect.stringContaining('inzwischen von jemand anderem geändert') });
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ name: 'Erste Änderung', version: 2 });
  });

  it('changes the model of a project without enrolments: the edges become the new template', async () => {
    const project = await fresh('SUBSIDISED_JOBS');
    expect((await updateProject(actors.coordinator, editForm(project, { model: 'INTENSIVE_PLACEMENT' }))).ok).toBe(true);
    expect(await edges(project.id)).toEqual(modelTransitions('INTENSIVE_PLACEMENT').map(edgeKey).sort());
    const [event] = await auditOf(project.id);
    expect(event!.details).toMatchObject({ model: { from: 'SUBSIDISED_JOBS', to: 'INTENSIVE_PLACEMENT' } });
  });

  it('keeps a template and adds one edge: the edges are the template plus that one, the model stays, audited', async () => {
    const project = await fresh('SUBSIDISED_JOBS');
    const extra: TransitionEdge = ['AFTERCARE', 'SUBSIDISED_JOB'];
    expect((await updateProject(actors.coordinator, editForm(project, {}, [...modelTransitions('SUBSIDISED_JOBS'), extra]))).ok).toBe(true);
    expect(await edges(project.id)).toEqual([...modelTransitions('SUBSIDISED_JOBS'), extra].map(edgeKey).sort());
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ model: 'SUBSIDISED_JOBS', version: 2 });
    const [event] = await auditOf(project.id);
    expect(event!.details).toMatchObject({ transitions: { added: [edgeKey(extra)], removed: [] } });
    expect((event!.details as { fields: string[] }).fields).not.toContain('model');
    // The edit form shows it as an own model with these edges ticked.
    const { projectFormValues } = await import('@/lib/projects/form-values');
    const values = projectFormValues(await getProjectForEdit(actors.coordinator, project.id));
    expect(values).toMatchObject({ model: 'CUSTOM', [edgeField(extra)]: '1', [edgeField([null, 'PROFILING'])]: '1' });
    expect(Object.keys(values).filter((k) => k.startsWith('edge:'))).toHaveLength(modelTransitions('SUBSIDISED_JOBS').length + 1);
  });

  it('refuses invalid edges on edit: row and edges unchanged', async () => {
    const project = await fresh('SUBSIDISED_JOBS');
    const before = await edges(project.id);
    const refused = await updateProject(actors.coordinator, editForm(project, { name: 'Ohne Beginn' }, [['PROFILING', 'EXIT']]));
    expect(refused).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { transitions: expect.stringContaining('Zeile „Beginn“') } });
    expect(await edges(project.id)).toEqual(before);
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toEqual(project);
  });

  it('refuses unticking an edge enrolments already walked, with the model unchanged', async () => {
    const project = await fresh('SUBSIDISED_JOBS');
    const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
    await createEnrolment(database.prisma, {
      participantId: participant.id, projectId: project.id,
      phases: [{ kind: 'PROFILING', startDate: new Date('2024-02-01T00:00:00Z') }, { kind: 'QUALIFICATION', startDate: new Date('2024-03-01T00:00:00Z') }],
    });
    const before = await edges(project.id);
    const without = modelTransitions('SUBSIDISED_JOBS').filter(([f, t]) => !(f === 'PROFILING' && t === 'QUALIFICATION'));
    const refused = await updateProject(actors.coordinator, editForm(project, { model: 'CUSTOM' }, without));
    expect(refused).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { transitions: expect.stringContaining('Profiling → Qualifizierung (1 Teilnahme)') } });
    expect(await edges(project.id)).toEqual(before);
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toEqual(project);
    // Unticking an edge nobody walked is fine.
    const lighter = modelTransitions('SUBSIDISED_JOBS').filter(([f, t]) => !(f === 'AFTERCARE' && t === 'EXIT') && !(f === 'SUBSIDISED_JOB' && t === 'AFTERCARE'));
    expect((await updateProject(actors.coordinator, editForm(project, { model: 'CUSTOM' }, lighter))).ok).toBe(true);
    expect(await edges(project.id)).toEqual(lighter.map(edgeKey).sort());
  });

  it('refuses a model that lacks an edge enrolments already walked; edges and row unchanged', async () => {
    const project = await fresh('SUBSIDISED_JOBS');
    const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
    await createEnrolment(database.prisma, {
      participantId: participant.id, projectId: project.id,
      phases: [
        { kind: 'PROFILING', startDate: new Date('2024-02-01T00:00:00Z'), endDate: new Date('2024-02-29T00:00:00Z') },
        { kind: 'SUBSIDISED_JOB', startDate: new Date('2024-03-01T00:00:00Z'), instrument: 'PARA_16E' },
      ],
    });
    const before = await edges(project.id);
    // Intensive placement has PROFILING → REGULAR_JOB only: PROFILING → SUBSIDISED_JOB would vanish.
    const refused = await updateProject(actors.coordinator, editForm(project, { model: 'INTENSIVE_PLACEMENT' }));
    expect(refused).toMatchObject({ ok: false, kind: 'invalid' });
    if (refused.ok || refused.kind !== 'invalid') return;
    expect(refused.fieldErrors.transitions).toContain('Profiling → Geförderte Beschäftigung (1 Teilnahme)');
    expect(await edges(project.id)).toEqual(before);
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toEqual(project);

    // job:plus keeps PROFILING first and PROFILING → SUBSIDISED_JOB: allowed, and QUALIFICATION edges go.
    const allowed = await updateProject(actors.coordinator, editForm(project, { model: 'JOB_CREATION' }));
    expect(allowed.ok).toBe(true);
    expect(await edges(project.id)).toEqual(modelTransitions('JOB_CREATION').map(edgeKey).sort());
    expect(MODEL_FLOWS.JOB_CREATION).toContainEqual(['PROFILING', 'SUBSIDISED_JOB']);
  });
});

describe('the project page', () => {
  it('shows exact figures to the operator and suppresses small counts for a reader', async () => {
    const project = await createProject(database.prisma, { operatorId: city.id, city: 'Duisburg', transitions: modelTransitions('INTENSIVE_PLACEMENT') });
    for (const i of [1, 2]) {
      const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id });
      await createEnrolment(database.prisma, {
        participantId: participant.id, projectId: project.id,
        phases: [{ kind: 'PROFILING', startDate: new Date(`2024-0${i}-01T00:00:00Z`) }],
      });
    }
    const own = await getProjectOverview(actors.coordinator, project.id, new Date('2024-06-01T00:00:00Z'));
    expect(own).toMatchObject({ canEdit: true, exact: true, figures: { participants: { value: 2 }, active: { value: 2 }, placements: { value: 0 } } });
    const read = await getProjectOverview(actors.official, project.id, new Date('2024-06-01T00:00:00Z'));
    expect(read).toMatchObject({ canEdit: false, exact: false, figures: { participants: { suppressed: true }, active: { suppressed: true }, caseload: null } });
    await expect(getProjectOverview(actors.otherCoordinator, project.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getProjectOverview(actors.coordinator, 'kein-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
