// `npm run retention`: identifying data go when the deletion date has come, the
// pseudonymous record stays for statistics; and the script on the embedded database.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import { THROTTLE } from '@/lib/auth/throttle';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrationScripts } from '@/lib/db/migrations';
import { THROTTLE_STALE_HOURS, unsafeRunRetention } from '@/lib/retention/run-retention';

let database: TestDatabase;
let caseworker: ActorContext;
let organisationId: string;
let projectId: string;
const NOW = new Date('2026-11-23T02:30:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 10, 23 + offset));
const TODAY = day(0);
const NOTE = 'Frau M. erzählt von ihrer Suchterkrankung';
const people: Record<string, string> = {};

/** An exited participant with the whole casework history retention must keep (or clear). */
async function person(key: string, deletionDueAt: Date | null, options: { open?: boolean } = {}) {
  const p = database.prisma;
  const participant = await createParticipant(p, { organisationId, deletionDueAt, identity: { customerNumber: `999D${key.length}${Object.keys(people).length}`, street: 'Hauptstraße 1' } });
  const enrolment = await createEnrolment(p, {
    participantId: participant.id, projectId, caseworkerId: caseworker.id, enrolledAt: day(-2300),
    exitedAt: options.open ? null : day(-1900), exitReason: options.open ? null : 'REGULAR_JOB',
    phases: [{ kind: 'PROFILING', startDate: day(-2300), endDate: day(-2000) }, { kind: 'REGULAR_JOB', startDate: day(-1999), endDate: day(-1901) }],
  });
  await p.contact.createMany({
    data: [
      { enrolmentId: enrolment.id, occurredAt: day(-2100), kind: 'HOME_VISIT', durationMinutes: 45, note: NOTE, byUserId: caseworker.id },
      { enrolmentId: enrolment.id, occurredAt: day(-2050), kind: 'PHONE', durationMinutes: 10 },
    ],
  });
  await p.supportService.create({ data: { enrolmentId: enrolment.id, kind: 'ADDICTION_COUNSELLING', status: 'COMPLETED', startDate: day(-2090), provider: 'Caritas Suchtberatung', note: NOTE } });
  await p.followUp.create({ data: { enrolmentId: enrolment.id, monthsAfter: 6, dueAt: day(-1720), completedAt: day(-1715), stillEmployed: true } });
  people[key] = participant.id;
  return participant.id;
}

async function snapshot(participantId: string) {
  return database.prisma.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      identityDeletedAt: true, version: true, pseudonym: true, birthYear: true, sex: true,
      identity: { select: { lastName: true } },
      enrolments: {
        select: {
          exitedAt: true, exitReason: true,
          phases: { select: { kind: true }, orderBy: { startDate: 'asc' } },
          contacts: { select: { kind: true, durationMinutes: true, note: true }, orderBy: { occurredAt: 'asc' } },
          supportServices: { select: { kind: true, provider: true, note: true } },
          followUps: { select: { monthsAfter: true, stillEmployed: true } },
        },
      },
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  const p = database.prisma;
  const jc = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  organisationId = jc.id;
  projectId = (await createProject(p, { operatorId: jc.id })).id;
  caseworker = toActorContext({ ...(await createUser(p, { role: 'CASEWORKER', organisationId: jc.id })), organisation: jc });

  await person('dueYesterday', day(-1));
  await person('dueToday', day(0));
  for (let i = 0; i < 5; i++) await person(`dueLongAgo${i}`, day(-400 + i));
  await person('dueTomorrow', day(1));
  await person('noDate', null);
  await person('stillEnrolled', day(-10), { open: true });
  const earlier = await person('alreadyDeleted', day(-30));
  await p.participantIdentity.delete({ where: { participantId: earlier } });
  await p.participant.update({ where: { id: earlier }, data: { identityDeletedAt: new Date('2026-10-24T01:00:00Z') } });

  const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
  await p.signInThrottle.createMany({
    data: [
      { key: 'email:alt@test.teilhabe.invalid', failures: 3, windowStart: minutesAgo(3 * 24 * 60), updatedAt: minutesAgo(3 * 24 * 60) },
      { key: 'ip:192.0.2.1', failures: 25, windowStart: minutesAgo(2 * 24 * 60), lockedUntil: minutesAgo(2 * 24 * 60 - 15), updatedAt: minutesAgo(2 * 24 * 60) },
      { key: 'email:frisch@test.teilhabe.invalid', failures: 2, windowStart: minutesAgo(5), updatedAt: minutesAgo(5) },
      { key: 'ip:192.0.2.2', failures: 40, windowStart: minutesAgo(2 * 24 * 60), lockedUntil: minutesAgo(-10), updatedAt: minutesAgo(1) },
    ],
  });
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

const due = () => ['dueYesterday', 'dueToday', ...[0, 1, 2, 3, 4].map((i) => `dueLongAgo${i}`)].map((k) => people[k]!);
const kept = () => ['dueTomorrow', 'noDate', 'stillEnrolled'].map((k) => people[k]!);

describe('unsafeRunRetention', () => {
  let result: Awaited<ReturnType<typeof unsafeRunRetention>>;
  let before: Map<string, Awaited<ReturnType<typeof snapshot>>>;

  beforeAll(async () => {
    before = new Map(await Promise.all(Object.values(people).map(async (id) => [id, await snapshot(id)] as const)));
    // A batch of 3 with 7 due: every one is still processed, in three transactions.
    result = await unsafeRunRetention(database.prisma, { today: TODAY, batchSize: 3, now: NOW });
  });

  it('deletes the identities due up to and including today, in batches, and counts each once', () => {
    expect(result).toEqual({ identitiesDeleted: 7, contactNotesCleared: 7, supportServiceNotesCleared: 7, batches: 3, throttleRowsPruned: 2 });
  });

  it('keeps the pseudonymous record with enrolments, phases, contacts, services and follow-ups, without notes', async () => {
    for (const id of due()) {
      const was = before.get(id)!;
      const now = await snapshot(id);
      expect(now.identity).toBeNull();
      expect(now.identityDeletedAt).toEqual(NOW);
      expect(now.version).toBe(was.version + 1);
      expect(now).toMatchObject({ pseudonym: was.pseudonym, birthYear: was.birthYear, sex: was.sex });
      const [e] = now.enrolments;
      const [w] = was.enrolments;
      expect(e).toMatchObject({ exitedAt: w!.exitedAt, exitReason: 'REGULAR_JOB', phases: w!.phases, followUps: w!.followUps });
      expect(e!.contacts).toEqual([{ kind: 'HOME_VISIT', durationMinutes: 45, note: null }, { kind: 'PHONE', durationMinutes: 10, note: null }]);
      expect(e!.supportServices).toEqual([{ kind: 'ADDICTION_COUNSELLING', provider: 'Caritas Suchtberatung', note: null }]);
    }
  });

  it('leaves alone who is due tomorrow, has no date or is still enrolled', async () => {
    for (const id of kept()) expect(await snapshot(id)).toEqual(before.get(id));
  });

  it('does not touch or count a participant deleted before', async () => {
    const id = people.alreadyDeleted!;
    expect(await snapshot(id)).toEqual(before.get(id));
    expect((await snapshot(id)).identityDeletedAt).toEqual(new Date('2026-10-24T01:00:00Z'));
  });

  it('audits each batch as the system, with ids and field names but no values', async () => {
    const events = await database.prisma.auditEvent.findMany({ where: { action: 'delete', entity: 'ParticipantIdentity' }, orderBy: { id: 'asc' } });
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event).toMatchObject({ actorId: null, actorRole: null, organisationId: null, entityId: null });
      expect(event.details).toMatchObject({ reason: 'retention', dueOnOrBefore: '2026-11-23', fields: ['ParticipantIdentity.*', 'Contact.note', 'SupportService.note'] });
      const text = JSON.stringify(event.details);
      for (const value of ['Erika', 'Mustermann', '999D', 'Hauptstraße', 'Sucht', '1975-06-15']) expect(text).not.toContain(value);
    }
    const ids = events.flatMap((e) => (e.details as { participantIds: string[] }).participantIds);
    expect(ids.sort()).toEqual(due().sort());
    expect(await database.prisma.auditEvent.count({ where: { entity: 'SignInThrottle', action: 'delete', details: { path: ['count'], equals: 2 } } })).toBe(1);
  });

  it('prunes sign-in throttle rows whose window and lock have ended, and keeps the rest', async () => {
    const keys = (await database.prisma.signInThrottle.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key);
    expect(keys).toEqual(['email:frisch@test.teilhabe.invalid', 'ip:192.0.2.2']);
    // A pruned row must count for nothing in the sign-in lock: older than its window and lock.
    expect(THROTTLE_STALE_HOURS * 60).toBeGreaterThan(Math.max(THROTTLE.windowMinutes, THROTTLE.lockMinutes));
  });

  it('finds nothing more to do on a second run the same day', async () => {
    const events = await database.prisma.auditEvent.count();
    expect(await unsafeRunRetention(database.prisma, { today: TODAY, now: NOW })).toEqual({
      identitiesDeleted: 0, contactNotesCleared: 0, supportServiceNotesCleared: 0, batches: 0, throttleRowsPruned: 0,
    });
    expect(await database.prisma.auditEvent.count()).toBe(events);
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(unsafeRunRetention(database.prisma, { today: TODAY, batchSize: 0 })).rejects.toThrow('Stapelgröße');
  });
});

describe('after retention', () => {
  it('the participant page shows the pseudonym and when the identity was deleted', async () => {
    const { getParticipant } = await import('@/lib/participants/get-participant');
    const view = await getParticipant(caseworker, people.dueYesterday!);
    expect(view).toMatchObject({ identity: null, identityDeletedAt: NOW, pseudonym: expect.stringMatching(/^TN-/) });
    expect(view.enrolments[0]!.timeline.filter((t) => t.type === 'contact')).toEqual([
      expect.objectContaining({ note: null }), expect.objectContaining({ note: null }),
    ]);
    expect(await database.prisma.auditEvent.count({ where: { action: 'read.identity', entityId: people.dueYesterday! } })).toBe(0);
  });

  it('an exit entered now sets the deletion date RETENTION_YEARS after it', async () => {
    const { enterPhase } = await import('@/lib/casework/enter-phase');
    const participant = await createParticipant(database.prisma, { organisationId });
    const enrolment = await createEnrolment(database.prisma, { participantId: participant.id, projectId, caseworkerId: caseworker.id, phases: [{ kind: 'PROFILING', startDate: day(-60) }] });
    process.env.RETENTION_YEARS = '2';
    try {
      const result = await enterPhase(caseworker, { enrolmentId: enrolment.id, version: '1', kind: 'EXIT', startDate: '2026-10-31', exitReason: 'COMPLETED' }, NOW);
      expect(result).toMatchObject({ ok: true });
    } finally {
      delete process.env.RETENTION_YEARS;
    }
    const after = await database.prisma.participant.findUniqueOrThrow({ where: { id: participant.id }, select: { deletionDueAt: true } });
    expect(after.deletionDueAt).toEqual(new Date('2028-10-31T00:00:00Z'));
  });
});

// The real script on a real embedded data folder: it must refuse while another process
// (the portal) has the folder open, and work once it is free.
describe('npm run retention on the embedded database', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'teilhabe-retention-'));
  const pgdata = path.join(folder, 'pgdata');
  let portal: EmbeddedDatabase | null = null;
  let prisma: PrismaClient | null = null;
  let participantId: string;

  function runScript(dataDir: string) {
    const tsx = path.resolve('node_modules/.bin/tsx');
    return spawnSync(tsx, ['scripts/retention.ts'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: '', TEILHABE_DATA_DIR: dataDir },
    });
  }

  beforeAll(async () => {
    portal = await startEmbeddedDatabase(pgdata);
    for (const script of migrationScripts()) await portal.db.exec(script);
    prisma = createPrismaClient(portal.url, 1);
    const org = await createOrganisation(prisma, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
    const project = await createProject(prisma, { operatorId: org.id });
    participantId = (await createParticipant(prisma, { organisationId: org.id, deletionDueAt: day(-400) })).id;
    await createEnrolment(prisma, { participantId, projectId: project.id, exitedAt: day(-2200) });
  }, 180_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await portal?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses in German while the portal has the folder open, and deletes nothing', { timeout: 180_000 }, async () => {
    const run = runScript(folder);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('läuft das Portal noch?');
    expect(run.stderr).toContain('Nichts wurde gelöscht.');
    expect(run.stdout).toBe('');
    expect(await prisma!.participantIdentity.count({ where: { participantId } })).toBe(1);
  });

  it('deletes once the folder is free, taking over a lock left by a killed process, and says what it did', { timeout: 180_000 }, async () => {
    await prisma!.$disconnect();
    await portal!.stop();
    prisma = null;
    portal = null;
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${pgdata}.lock`, String(gone));

    const run = runScript(folder);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Identitätsdaten gelöscht: 1 Teilnehmende (in 1 Stapel)');
    expect(run.stdout).toContain('Notizen geleert: 0 Kontakte, 0 flankierende Leistungen');
    for (const value of ['Erika', 'Mustermann', '123D456789']) expect(run.stdout).not.toContain(value);
    expect(existsSync(`${pgdata}.lock`)).toBe(false);

    portal = await startEmbeddedDatabase(pgdata);
    prisma = createPrismaClient(portal.url, 1);
    expect(await prisma.participant.findUniqueOrThrow({ where: { id: participantId }, select: { identityDeletedAt: true, identity: true } })).toMatchObject({
      identity: null, identityDeletedAt: expect.any(Date),
    });
  });

  it('says so when there is no embedded database, without creating one', { timeout: 60_000 }, () => {
    const empty = path.join(folder, 'leer');
    const run = runScript(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Keine eingebettete Datenbank');
    expect(existsSync(path.join(empty, 'pgdata'))).toBe(false);
  });
});
