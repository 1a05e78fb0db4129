// The one authorization module, per role, against real records in two cities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import {
  createEnrolment, createJobCoach, createOrganisation, createParticipant, createProject, createUser,
} from '../factories';
import { assertParticipantAccess, participantScope, projectScope, toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Role } from '@/lib/generated/prisma/enums';
import { isAppError } from '@/lib/errors';

let database: TestDatabase;
const ids = {} as Record<string, string>;
const actors = {} as Record<string, ActorContext>;

async function actor(key: string, role: Role, organisation: { id: string; kind: ActorContext['organisationKind']; city: string | null }) {
  const user = await createUser(database.prisma, { role, organisationId: organisation.id });
  actors[key] = toActorContext({ ...user, organisation });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const p = database.prisma;
  const jcDortmund = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  const network = await createOrganisation(p, { name: 'ISB e.V.', kind: 'EMPLOYER_NETWORK', city: 'Dortmund' });
  const cityDuisburg = await createOrganisation(p, { name: 'Stadt Duisburg', kind: 'CITY', city: 'Duisburg' });
  const jcDuisburg = await createOrganisation(p, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });

  const isb = await createProject(p, { operatorId: network.id, city: 'Dortmund', name: 'ISB' });
  const duisburg = await createProject(p, { operatorId: cityDuisburg.id, city: 'Duisburg', name: 'Duisburg' });
  ids.isb = isb.id;
  ids.duisburg = duisburg.id;

  await actor('caseworkerDortmund', 'CASEWORKER', jcDortmund);
  await actor('caseworkerDuisburg', 'CASEWORKER', jcDuisburg);
  await actor('coordinatorIsb', 'COORDINATOR', network);
  await actor('coordinatorDuisburg', 'COORDINATOR', cityDuisburg);
  await actor('jobCoach', 'JOB_COACH', network);
  await actor('otherCoach', 'JOB_COACH', network);
  await actor('officialLand', 'OFFICIAL', land);
  await actor('officialDuisburg', 'OFFICIAL', cityDuisburg);
  await actor('adminDortmund', 'ADMIN', jcDortmund);

  const coach = await createJobCoach(p, { organisationId: network.id, projectId: isb.id, userId: actors.jobCoach!.id });
  await createJobCoach(p, { organisationId: network.id, projectId: isb.id, userId: actors.otherCoach!.id });
  const coached = await createParticipant(p, { organisationId: jcDortmund.id });
  const uncoached = await createParticipant(p, { organisationId: jcDortmund.id });
  const duisburger = await createParticipant(p, { organisationId: jcDuisburg.id });
  await createEnrolment(p, { participantId: coached.id, projectId: isb.id, jobCoachId: coach.id });
  await createEnrolment(p, { participantId: uncoached.id, projectId: isb.id });
  await createEnrolment(p, { participantId: duisburger.id, projectId: duisburg.id });
  Object.assign(ids, { coached: coached.id, uncoached: uncoached.id, duisburger: duisburger.id });
});
afterAll(async () => database?.drop());

async function visibleParticipants(key: string): Promise<string[]> {
  const scope = participantScope(actors[key]!);
  if (!scope) return [];
  const rows = await database.prisma.participant.findMany({ where: scope, select: { id: true } });
  return rows.map((r) => r.id).sort();
}

async function visibleProjects(key: string): Promise<string[]> {
  const rows = await database.prisma.project.findMany({ where: projectScope(actors[key]!), select: { name: true }, orderBy: { name: 'asc' } });
  return rows.map((r) => r.name);
}

describe('participant records', () => {
  it.each([
    ['caseworkerDortmund', ['coached', 'uncoached']],
    ['caseworkerDuisburg', ['duisburger']],
    ['coordinatorIsb', ['coached', 'uncoached']],
    ['coordinatorDuisburg', ['duisburger']],
    ['jobCoach', ['coached']],
    ['otherCoach', []],
    ['adminDortmund', ['coached', 'uncoached']],
    ['officialLand', []],
    ['officialDuisburg', []],
  ])('%s sees exactly %j', async (key, expected) => {
    expect(await visibleParticipants(key)).toEqual(expected.map((k) => ids[k]!).sort());
  });

  it('gives officials no scope at all, not an empty one', () => {
    expect(participantScope(actors.officialLand!)).toBeNull();
  });

  it('answers an out-of-scope record as not found and audits the attempt', async () => {
    const before = await database.prisma.auditEvent.count({ where: { action: 'access.denied' } });
    for (const [key, participant] of [['caseworkerDuisburg', 'coached'], ['otherCoach', 'coached'], ['officialLand', 'coached']] as const) {
      const error = await assertParticipantAccess(database.prisma, actors[key]!, ids[participant]!, 'participant.read').catch((e: unknown) => e);
      expect(isAppError(error, 'NOT_FOUND')).toBe(true);
    }
    const events = await database.prisma.auditEvent.findMany({ where: { action: 'access.denied' }, orderBy: { id: 'asc' }, skip: before });
    expect(events.map((e) => [e.actorId, e.entityId])).toEqual([
      [actors.caseworkerDuisburg!.id, ids.coached],
      [actors.otherCoach!.id, ids.coached],
      [actors.officialLand!.id, ids.coached],
    ]);
  });

  it('lets the assigned job coach in, and a caseworker read but not reassign', async () => {
    await expect(assertParticipantAccess(database.prisma, actors.jobCoach!, ids.coached!, 'casework.write')).resolves.toMatchObject({ id: ids.coached });
    await expect(assertParticipantAccess(database.prisma, actors.caseworkerDortmund!, ids.coached!, 'participant.readIdentity')).resolves.toBeTruthy();
    const refused = await assertParticipantAccess(database.prisma, actors.caseworkerDortmund!, ids.coached!, 'participant.reassign').catch((e: unknown) => e);
    expect(isAppError(refused, 'NOT_FOUND')).toBe(true);
  });
});

describe('projects', () => {
  it.each([
    ['caseworkerDortmund', ['ISB']],
    ['coordinatorIsb', ['ISB']],
    ['coordinatorDuisburg', ['Duisburg']],
    ['officialDuisburg', ['Duisburg']],
    ['officialLand', ['Duisburg', 'ISB']],
    ['jobCoach', ['ISB']],
  ])('%s sees %j', async (key, expected) => {
    expect(await visibleProjects(key)).toEqual(expected);
  });
});
