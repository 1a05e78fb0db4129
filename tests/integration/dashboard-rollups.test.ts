// The rollup tables equal a naive recomputation from the base tables after any mix of
// inserts, updates and deletes, by the app's client or by plain SQL: the triggers keep
// them exact in the writing transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject } from '../factories';
import { unsafeRebuildRollups, FIGURES } from '@/lib/dashboard/rollups';
import type { ExitReason, PhaseKind } from '@/lib/generated/prisma/enums';
import { NAIVE, STORED, type Row } from './rollup-naive';

let database: TestDatabase;

async function expectRollupsExact(): Promise<void> {
  const [naive, stored] = await Promise.all([
    database.prisma.$queryRawUnsafe<Row[]>(NAIVE),
    database.prisma.$queryRawUnsafe<Row[]>(STORED),
  ]);
  expect(stored).toEqual(naive);
  const [check] = await database.prisma.$queryRawUnsafe<{ negative: number }[]>(
    `SELECT ((SELECT count(*) FROM "RollupProjectMonth" WHERE value < 0) + (SELECT count(*) FROM "RollupContactMonth" WHERE contacts <= 0))::int AS negative`,
  );
  expect(check?.negative).toBe(0);
  for (const r of stored) expect(FIGURES).toContain(r.figure);
}

// A small deterministic generator, so a failure replays the same writes.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const KINDS: PhaseKind[] = ['PROFILING', 'WORK_OPPORTUNITY', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE'];
const REASONS: (ExitReason | null)[] = ['REGULAR_JOB', 'DROPPED_OUT', 'COMPLETED', null];

let projectIds: string[] = [];
let organisationId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const operator = await createOrganisation(database.prisma);
  organisationId = operator.id;
  const a = await createProject(database.prisma, { operatorId: operator.id });
  const b = await createProject(database.prisma, { operatorId: operator.id, city: 'Duisburg' });
  projectIds = [a.id, b.id];
});
afterAll(async () => database?.drop());

async function enrolSome(count: number, rnd: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const participant = await createParticipant(database.prisma, { organisationId });
    const start = day(2019, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const enrolment = await createEnrolment(database.prisma, {
      participantId: participant.id,
      projectId: projectIds[i % 2]!,
      enrolledAt: start,
      phases: [
        { kind: 'PROFILING', startDate: start },
        { kind: KINDS[1 + Math.floor(rnd() * 3)]!, startDate: new Date(start.getTime() + (20 + Math.floor(rnd() * 80)) * 86_400_000) },
      ],
    });
    ids.push(enrolment.id);
  }
  return ids;
}

describe('rollups kept by triggers', () => {
  it('match the base tables after inserts through the client and in bulk', async () => {
    const rnd = random(7);
    const ids = await enrolSome(12, rnd);
    await expectRollupsExact();
    // One statement, many rows: the set-based path.
    await database.prisma.contact.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        enrolmentId: ids[i % ids.length]!,
        // Around midnight at a month's end: the German month counts, not UTC's.
        occurredAt: i % 10 === 0 ? new Date(Date.UTC(2019, 4 + (i % 5), 0, 22, 30)) : new Date(Date.UTC(2019, Math.floor(rnd() * 14), 1 + Math.floor(rnd() * 27), 9)),
        kind: 'PHONE' as const,
        durationMinutes: 15,
      })),
    });
    await expectRollupsExact();
  });

  it('match after moving a phase, deleting contacts, completing a follow-up and moving an enrolment to another project', async () => {
    const [enrolment] = await database.prisma.enrolment.findMany({ take: 1, orderBy: { id: 'asc' }, include: { phases: true } });
    const phase = enrolment!.phases.find((p) => p.kind !== 'PROFILING')!;
    await database.prisma.phase.update({ where: { id: phase.id }, data: { startDate: day(2020, 2, 3), kind: 'REGULAR_JOB' } });
    await expectRollupsExact();
    // Closing a phase changes no figure; it must not disturb any either.
    await database.prisma.phase.update({ where: { id: phase.id }, data: { endDate: day(2020, 6, 30) } });

    const contact = await database.prisma.contact.findFirstOrThrow({ where: { enrolmentId: enrolment!.id } });
    await database.prisma.contact.delete({ where: { id: contact.id } });
    await database.prisma.contact.deleteMany({ where: { occurredAt: { lt: day(2019, 3, 1) } } });
    await database.prisma.contact.updateMany({ where: { occurredAt: { gte: day(2019, 9, 1), lt: day(2019, 10, 1) } }, data: { occurredAt: day(2019, 11, 15) } });
    await expectRollupsExact();

    await database.prisma.$transaction([
      database.prisma.enrolment.update({ where: { id: enrolment!.id }, data: { exitedAt: day(2020, 7, 1), exitReason: 'REGULAR_JOB' } }),
      database.prisma.phase.create({ data: { enrolmentId: enrolment!.id, kind: 'EXIT', startDate: day(2020, 7, 1), endDate: day(2020, 7, 1) } }),
      database.prisma.followUp.createMany({
        data: [6, 12].map((m) => ({ enrolmentId: enrolment!.id, monthsAfter: m, dueAt: day(2021, 1 + m / 6, 1) })),
      }),
    ]);
    await expectRollupsExact();
    await database.prisma.followUp.updateMany({
      where: { enrolmentId: enrolment!.id, monthsAfter: 6 },
      data: { completedAt: day(2021, 2, 3), stillEmployed: true, needsCovering: false },
    });
    await expectRollupsExact();

    const other = projectIds.find((id) => id !== enrolment!.projectId)!;
    await database.prisma.enrolment.update({ where: { id: enrolment!.id }, data: { projectId: other } });
    await expectRollupsExact();
    // Only claiming the version (every contact the app logs does it) changes nothing.
    await database.prisma.enrolment.updateMany({ data: { version: { increment: 1 } } });
    await expectRollupsExact();
  });

  it('match after cascading deletes of a participant and a rolled-back transaction', async () => {
    const enrolment = await database.prisma.enrolment.findFirstOrThrow({ where: { contacts: { some: {} }, phases: { some: {} } } });
    await database.prisma.participant.delete({ where: { id: enrolment.participantId } });
    await expectRollupsExact();

    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.contact.deleteMany({});
        await tx.phase.deleteMany({});
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await expectRollupsExact();
  });

  it('match after a random mix of writes, also in plain SQL', async () => {
    const rnd = random(42);
    const ids = await enrolSome(10, rnd);
    for (let step = 0; step < 60; step++) {
      const enrolmentId = ids[Math.floor(rnd() * ids.length)]!;
      const choice = Math.floor(rnd() * 8);
      if (choice === 0) {
        await database.prisma.contact.createMany({
          data: Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => ({
            enrolmentId, occurredAt: day(2019, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)), kind: 'IN_PERSON' as const, durationMinutes: 30,
          })),
        });
      } else if (choice === 1) {
        const c = await database.prisma.contact.findFirst({ where: { enrolmentId }, orderBy: { occurredAt: 'asc' } });
        if (c) await database.prisma.contact.delete({ where: { id: c.id } });
      } else if (choice === 2) {
        await database.prisma.phase.create({ data: { enrolmentId, kind: KINDS[Math.floor(rnd() * KINDS.length)]!, startDate: day(2019, 1 + Math.floor(rnd() * 12), 5) } });
      } else if (choice === 3) {
        const p = await database.prisma.phase.findFirst({ where: { enrolmentId }, orderBy: { startDate: 'desc' } });
        if (p) await database.prisma.phase.delete({ where: { id: p.id } });
      } else if (choice === 4) {
        const reason = REASONS[Math.floor(rnd() * REASONS.length)]!;
        await database.prisma.enrolment.update({ where: { id: enrolmentId }, data: { exitedAt: day(2020, 1 + Math.floor(rnd() * 12), 1), exitReason: reason } });
        await database.prisma.followUp.createMany({
          data: [6, 12].map((m) => ({ enrolmentId, monthsAfter: m, dueAt: day(2021, m / 6, 1) })),
          skipDuplicates: true,
        });
      } else if (choice === 5) {
        await database.prisma.followUp.updateMany({
          where: { enrolmentId },
          data: { completedAt: day(2021, 3, 1), stillEmployed: rnd() < 0.5, needsCovering: rnd() < 0.5 },
        });
      } else if (choice === 6) {
        await database.prisma.enrolment.update({ where: { id: enrolmentId }, data: { projectId: projectIds[Math.floor(rnd() * 2)]!, enrolledAt: day(2019, 1 + Math.floor(rnd() * 12), 2) } });
      } else {
        // Another writer than the app: plain SQL touching many rows in one statement.
        await database.prisma.$executeRawUnsafe(
          `UPDATE "Contact" SET "occurredAt" = "occurredAt" + interval '17 days' WHERE "enrolmentId" = $1::uuid`, enrolmentId,
        );
        await database.prisma.$executeRawUnsafe(`UPDATE "Phase" SET "startDate" = "startDate" - 40 WHERE "enrolmentId" = $1::uuid AND kind <> 'PROFILING'`, enrolmentId);
      }
    }
    await expectRollupsExact();
    // The mix reached every kind of figure, so the comparison above covers them all.
    const figures = new Set((await database.prisma.$queryRawUnsafe<Row[]>(STORED)).map((r) => r.figure));
    for (const f of ['enrolled', 'exited.REGULAR_JOB', 'exited.NONE', 'entered.WORK_OPPORTUNITY', 'placed', 'contacts', 'contacted', 'followUp6.employed', 'followUp12.needsCovering']) {
      expect(figures).toContain(f);
    }
  });

  it('rebuilds to the same figures, also after a TRUNCATE', async () => {
    const before = await database.prisma.$queryRawUnsafe<Row[]>(STORED);
    await database.prisma.$executeRawUnsafe(`UPDATE "RollupProjectMonth" SET value = value + 3`);
    await unsafeRebuildRollups(database.prisma);
    expect(await database.prisma.$queryRawUnsafe<Row[]>(STORED)).toEqual(before);
    await database.prisma.$executeRawUnsafe(`TRUNCATE "Contact"`);
    await expectRollupsExact();
    expect(await database.prisma.rollupContactMonth.count()).toBe(0);
  });
});
