// The start pages' queries on the real seed: figures computed from records, and
// an official's view with small counts suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { createEnrolment, createParticipant, createProject } from '../factories';

let database: TestDatabase;
let queries: typeof import('@/lib/projects/queries');

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  return toActorContext(await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { participants: 60, demoUsers: true });
  // lib/db reads DATABASE_URL on first use: point the app's client at this database.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  queries = await import('@/lib/projects/queries');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('coordinator start page (ISB network)', () => {
  it('shows 161 positions at 9 employers and 53/26/21 % from the funding records', async () => {
    const actor = await demoActor('koordination.isb@');
    const [isb] = await queries.listProjectFigures(actor, { operatorId: actor.organisationId });
    expect(isb).toMatchObject({ name: 'Aktiv statt passiv!', positions: 161, employers: 9, targetPositions: 161 });
    const shares = await queries.listFinancingShares(actor, isb!.id);
    expect(shares.map((s) => [s.kind, s.percent])).toEqual([
      ['JOBCENTER_AND_MUNICIPALITY', 53],
      ['LAND_AND_ESF', 26],
      ['EMPLOYERS', 21],
    ]);
    expect(shares.reduce((sum, s) => sum + s.cents, 0n)).toBe(930_000_000n);
  });

  it('moves the shares when a funding record changes: nothing is typed in', async () => {
    const actor = await demoActor('koordination.isb@');
    const [isb] = await queries.listProjectFigures(actor, { operatorId: actor.organisationId });
    const employers = await database.prisma.fundingSource.findFirstOrThrow({ where: { projectId: isb!.id, kind: 'EMPLOYERS' } });
    const amount = await database.prisma.fundingAmount.findFirstOrThrow({ where: { fundingSourceId: employers.id, year: 2013 } });
    await database.prisma.fundingAmount.update({ where: { id: amount.id }, data: { plannedCents: amount.plannedCents + 100_000_000n } });
    const shares = await queries.listFinancingShares(actor, isb!.id);
    expect(shares.find((s) => s.kind === 'EMPLOYERS')!.percent).toBeGreaterThan(21);
    await database.prisma.fundingAmount.update({ where: { id: amount.id }, data: { plannedCents: amount.plannedCents } });
  });
});

describe('official start page (Land NRW)', () => {
  it('lists all five programmes with positions, participants and placements as counts', async () => {
    const figures = await queries.listProjectFigures(await demoActor('land.nrw@'));
    expect(figures.map((f) => f.name).sort()).toEqual([
      'Aktiv statt passiv!', 'Das Duisburger Modell', 'Joboffensive Gelsenkirchen',
      'Service Center lokale Arbeit', 'job:plus – Zukunft für langzeitarbeitslose Menschen',
    ]);
    expect(figures.find((f) => f.name === 'Aktiv statt passiv!')!.positions).toBe(161);
    const joboffensive = figures.find((f) => f.name === 'Joboffensive Gelsenkirchen')!;
    expect(joboffensive.targetParticipants).toBe(1900);
    expect(Object.keys(joboffensive).sort()).toEqual([
      'budgetCents', 'city', 'employers', 'endDate', 'id', 'model', 'name', 'operator', 'participants', 'placements',
      'positions', 'startDate', 'targetParticipants', 'targetPositions',
    ]);
  });

  it('shows small counts as "< 5" to everyone but the coordinator who runs the project', async () => {
    const official = await demoActor('land.nrw@');
    const caseworker = await demoActor('fallmanagement.dortmund@');
    const coordinator = await demoActor('koordination.isb@');
    const otherCoordinator = await demoActor('koordination.dortmund@');
    const small = await createProject(database.prisma, { operatorId: coordinator.organisationId, city: 'Dortmund', name: 'Kleinprojekt' });
    for (let i = 0; i < 3; i++) {
      const person = await createParticipant(database.prisma, { organisationId: caseworker.organisationId });
      await createEnrolment(database.prisma, {
        participantId: person.id,
        projectId: small.id,
        phases: [{ kind: 'REGULAR_JOB', startDate: new Date('2019-02-01T00:00:00Z') }],
      });
    }
    const hidden = { value: null, suppressed: true };
    for (const actor of [official, caseworker, otherCoordinator]) {
      const seen = (await queries.listProjectFigures(actor)).find((f) => f.id === small.id)!;
      expect(seen.participants).toEqual(hidden);
      expect(seen.placements).toEqual(hidden);
    }
    const own = (await queries.listProjectFigures(coordinator)).find((f) => f.id === small.id)!;
    expect(own.participants).toEqual({ value: 3, suppressed: false });
    expect(own.placements).toEqual({ value: 3, suppressed: false });
  });

  it('hides placements when participants minus placements is a small count', async () => {
    const official = await demoActor('land.nrw@');
    const caseworker = await demoActor('fallmanagement.dortmund@');
    const coordinator = await demoActor('koordination.isb@');
    const project = await createProject(database.prisma, { operatorId: coordinator.organisationId, city: 'Dortmund', name: 'Differenzprojekt' });
    for (let i = 0; i < 9; i++) {
      const person = await createParticipant(database.prisma, { organisationId: caseworker.organisationId });
      const phases = i < 6 ? [{ kind: 'REGULAR_JOB' as const, startDate: new Date('2019-02-01T00:00:00Z') }] : [];
      await createEnrolment(database.prisma, { participantId: person.id, projectId: project.id, phases });
    }
    const seen = (await queries.listProjectFigures(official)).find((f) => f.id === project.id)!;
    expect(seen.participants).toEqual({ value: 9, suppressed: false });
    expect(seen.placements).toEqual({ value: null, suppressed: true });
  });
});

describe('scope between cities', () => {
  it('shows the Duisburg coordinator Duisburg only', async () => {
    const figures = await queries.listProjectFigures(await demoActor('koordination.duisburg@'));
    expect(figures.map((f) => f.city)).toEqual(['Duisburg']);
  });
});

describe('job coach start page', () => {
  it('lists only enrolments assigned to this coach, by pseudonym, active first, at most 50', async () => {
    const actor = await demoActor('jobcoach.dortmund@');
    const caseworker = await demoActor('fallmanagement.dortmund@');
    const { listAssignedParticipants } = await import('@/lib/casework/queries');
    const coach = await database.prisma.jobCoach.findUniqueOrThrow({ where: { userId: actor.id } });
    // Enough enrolments, some exited, to exercise the limit and the order.
    for (let i = 0; i < 55; i++) {
      const person = await createParticipant(database.prisma, { organisationId: caseworker.organisationId });
      await createEnrolment(database.prisma, {
        participantId: person.id,
        projectId: coach.projectId!,
        jobCoachId: coach.id,
        enrolledAt: new Date('2014-01-01T00:00:00Z'),
        exitedAt: i % 3 === 0 ? new Date(Date.UTC(2015, 0, 1 + i)) : null,
      });
    }
    const assigned = await database.prisma.enrolment.findMany({ where: { jobCoachId: coach.id }, select: { id: true, exitedAt: true } });
    const { active, rows } = await listAssignedParticipants(actor);
    expect(active).toBe(assigned.filter((a) => a.exitedAt === null).length);
    expect(rows).toHaveLength(50);
    const ids = new Set(assigned.map((a) => a.id));
    expect(rows.every((r) => ids.has(r.enrolmentId))).toBe(true);
    const firstExited = rows.findIndex((r) => r.exitedAt !== null);
    expect(firstExited).toBe(active);
    const exitDates = rows.slice(firstExited).map((r) => r.exitedAt!.getTime());
    expect(exitDates).toEqual([...exitDates].sort((a, b) => b - a));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['enrolmentId', 'exitedAt', 'phase', 'phaseSince', 'project', 'pseudonym']);
  });
});
