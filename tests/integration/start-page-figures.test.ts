// The start pages' queries on the real seed: figures computed from records, and
// an official's view with small counts suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import type { ActorContext } from '@/lib/auth/authorize';
import { createEnrolment, createParticipant, createProject } from '../factories';

let database: TestDatabase;
let queries: typeof import('@/lib/projects/queries');

async function demoActor(prefix: string): Promise<ActorContext> {
  const email = DEMO_USERS.find((u) => u.email.startsWith(prefix))!.email;
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
  return { id: user.id, name: user.name, role: user.role, organisationId: user.organisationId, organisationKind: user.organisation.kind, city: user.organisation.city };
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
    expect(Object.keys(joboffensive)).not.toContain('pseudonym');
  });

  it('shows a project with fewer than 5 participants as "< 5" to officials, exactly to caseworkers', async () => {
    const official = await demoActor('land.nrw@');
    const caseworker = await demoActor('fallmanagement.dortmund@');
    const small = await createProject(database.prisma, { operatorId: caseworker.organisationId, city: 'Dortmund', name: 'Kleinprojekt' });
    for (let i = 0; i < 3; i++) {
      const person = await createParticipant(database.prisma, { organisationId: caseworker.organisationId });
      await createEnrolment(database.prisma, {
        participantId: person.id,
        projectId: small.id,
        phases: [{ kind: 'REGULAR_JOB', startDate: new Date('2019-02-01T00:00:00Z') }],
      });
    }
    const seenByOfficial = (await queries.listProjectFigures(official)).find((f) => f.id === small.id)!;
    expect(seenByOfficial.participants).toEqual({ value: null, suppressed: true });
    expect(seenByOfficial.placements).toEqual({ value: null, suppressed: true });
    const seenByCaseworker = (await queries.listProjectFigures(caseworker)).find((f) => f.id === small.id)!;
    expect(seenByCaseworker.participants).toEqual({ value: 3, suppressed: false });
    expect(seenByCaseworker.placements).toEqual({ value: 3, suppressed: false });
  });
});

describe('scope between cities', () => {
  it('shows the Duisburg coordinator Duisburg only', async () => {
    const figures = await queries.listProjectFigures(await demoActor('koordination.duisburg@'));
    expect(figures.map((f) => f.city)).toEqual(['Duisburg']);
  });
});

describe('job coach start page', () => {
  it('lists only enrolments assigned to this coach, by pseudonym, active first', async () => {
    const actor = await demoActor('jobcoach.dortmund@');
    const { listAssignedParticipants } = await import('@/lib/casework/queries');
    const { active, rows } = await listAssignedParticipants(actor);
    const coach = await database.prisma.jobCoach.findUniqueOrThrow({ where: { userId: actor.id } });
    const assigned = await database.prisma.enrolment.findMany({ where: { jobCoachId: coach.id }, select: { id: true, exitedAt: true } });
    expect(assigned.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.enrolmentId).sort()).toEqual(assigned.map((a) => a.id).sort().slice(0, 50));
    expect(active).toBe(assigned.filter((a) => a.exitedAt === null).length);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['enrolmentId', 'exitedAt', 'phase', 'phaseSince', 'project', 'pseudonym']);
    const firstExited = rows.findIndex((r) => r.exitedAt !== null);
    if (firstExited >= 0) expect(rows.slice(firstExited).every((r) => r.exitedAt !== null)).toBe(true);
  });
});
