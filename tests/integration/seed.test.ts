// The seed's real figures (from /work/shared/seeds) and the generator's invariants,
// computed from the records with SQL aggregates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed';
import { DEMO_USERS } from '../../prisma/seed/demo-users';
import { buildGeneratorContext } from '../../prisma/seed/context';
import { generateBatches } from '../../prisma/seed/generator';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';

const PARTICIPANTS = 60;

type Row = Record<string, unknown>;

describe('seed with demo users', () => {
  let database: TestDatabase;
  const query = async <T extends Row>(sql: string, ...params: unknown[]): Promise<T[]> =>
    database.prisma.$queryRawUnsafe<T[]>(sql, ...params);
  const projectId = async (shortName: string) =>
    (await database.prisma.project.findUniqueOrThrow({ where: { shortName } })).id;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seed(database.prisma, { participants: PARTICIPANTS, demoUsers: true });
  });
  afterAll(async () => database?.drop());

  it('refuses to seed a database that already has organisations', async () => {
    await expect(seed(database.prisma, { participants: 1, demoUsers: false })).rejects.toThrow(/bereits Organisationen/);
  });

  it('seeds the eight organisations with their kinds', async () => {
    const rows = await database.prisma.organisation.findMany({ select: { name: true, kind: true, city: true } });
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.kind === 'JOBCENTER').map((r) => r.city).sort()).toEqual(['Dortmund', 'Duisburg', 'Gelsenkirchen', 'Recklinghausen']);
    expect(rows.find((r) => r.kind === 'LAND')?.city).toBeNull();
  });

  it('ISB: 161 positions over exactly nine employers, as published', async () => {
    const rows = await query<{ name: string; positions: bigint }>(
      `SELECT e.name, SUM(p.count)::bigint AS positions FROM "Position" p
       JOIN "Employer" e ON e.id = p."employerId" JOIN "Project" pr ON pr.id = p."projectId"
       WHERE pr."shortName" = 'isb-dortmund' GROUP BY e.name`,
    );
    const byEmployer = Object.fromEntries(rows.map((r) => [r.name, Number(r.positions)]));
    expect(byEmployer).toEqual({
      Caritas: 24, CJD: 39, 'Diakonisches Werk': 21, Dobeq: 18, 'Frauenzentrum Huckarde': 10, GrünBau: 20,
      'Prompt / Gewerkstatt': 25, 'Stadtteil-Schule': 1, Werkhof: 3,
    });
    expect(Object.values(byEmployer).reduce((a, b) => a + b, 0)).toBe(161);
    const prompt = await query<{ count: number }>(
      `SELECT p.count FROM "Position" p JOIN "Employer" e ON e.id = p."employerId" WHERE e.name = 'Prompt / Gewerkstatt' ORDER BY p.count`,
    );
    expect(prompt.map((r) => r.count)).toEqual([4, 21]);
    const coaches = await database.prisma.jobCoach.count({ where: { projectId: await projectId('isb-dortmund'), employerId: { not: null } } });
    expect(coaches).toBe(8);
  });

  it('ISB: financing shares derived from planned amounts are 53/26/21 % of 9.3 M €', async () => {
    const rows = await query<{ kind: string; planned: bigint }>(
      `SELECT fs.kind, SUM(fa."plannedCents")::bigint AS planned FROM "FundingAmount" fa
       JOIN "FundingSource" fs ON fs.id = fa."fundingSourceId" JOIN "Project" pr ON pr.id = fs."projectId"
       WHERE pr."shortName" = 'isb-dortmund' GROUP BY fs.kind`,
    );
    const total = rows.reduce((sum, r) => sum + Number(r.planned), 0);
    expect(total).toBe(930_000_000);
    const share = (kind: string) => Math.round((Number(rows.find((r) => r.kind === kind)?.planned ?? 0) / total) * 100);
    expect([share('JOBCENTER_AND_MUNICIPALITY'), share('LAND_AND_ESF'), share('EMPLOYERS')]).toEqual([53, 26, 21]);
    const years = await query<{ year: number }>(
      `SELECT DISTINCT fa.year FROM "FundingAmount" fa JOIN "FundingSource" fs ON fs.id = fa."fundingSourceId"
       WHERE fs."projectId" = $1::uuid ORDER BY fa.year`, await projectId('isb-dortmund'),
    );
    expect(years.map((r) => r.year)).toEqual([2013, 2014, 2015]);
  });

  it('Duisburg and job:plus: Land funding and targets', async () => {
    const land = async (shortName: string) =>
      Number((await query<{ planned: bigint }>(
        `SELECT SUM(fa."plannedCents")::bigint AS planned FROM "FundingAmount" fa
         JOIN "FundingSource" fs ON fs.id = fa."fundingSourceId" JOIN "Project" pr ON pr.id = fs."projectId"
         WHERE pr."shortName" = $1 AND fs.kind = 'LAND'`, shortName,
      ))[0]?.planned ?? 0);
    expect(await land('duisburg-modell')).toBe(350_000_000);
    expect(await land('jobplus-recklinghausen')).toBe(430_000_000);
    const duisburg = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'duisburg-modell' } });
    expect(duisburg.targetParticipants).toBe(100);
    expect(await database.prisma.enrolment.count({ where: { projectId: duisburg.id } })).toBeLessThanOrEqual(100);
    const jobplus = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'jobplus-recklinghausen' } });
    expect(jobplus.targetPositions).toBe(260);
    const protectedClauses = await database.prisma.socialClause.count({ where: { tender: { projectId: jobplus.id }, protectsExistingStaff: true } });
    expect(protectedClauses).toBeGreaterThan(0);
  });

  it('Joboffensive: 19 placement officers in the IAG, caseload 1:100, 4 contacts a month', async () => {
    const project = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'joboffensive-gelsenkirchen' } });
    expect([project.caseloadRatio, project.contactsPerMonth, project.targetParticipants]).toEqual([100, 4, 1900]);
    const officers = await database.prisma.user.count({ where: { role: 'CASEWORKER', organisationId: project.operatorId } });
    expect(officers).toBe(19);
  });

  it('SCLA: over 200 delivered hires, each linked to an enrolment with a regular job, within the committed hires', async () => {
    const [row] = await query<{ delivered: bigint; linked: bigint; committed: bigint }>(
      `SELECT COUNT(*)::bigint AS delivered,
              COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Phase" ph WHERE ph."enrolmentId" = e.id AND ph.kind = 'REGULAR_JOB'))::bigint AS linked,
              (SELECT SUM(sc."committedHires") FROM "SocialClause" sc JOIN "Tender" t2 ON t2.id = sc."tenderId" WHERE t2."projectId" = $1::uuid)::bigint AS committed
       FROM "DeliveredHire" dh JOIN "SocialClause" sc ON sc.id = dh."socialClauseId" JOIN "Tender" t ON t.id = sc."tenderId"
       JOIN "Enrolment" e ON e.id = dh."enrolmentId" AND e."projectId" = t."projectId"
       WHERE t."projectId" = $1::uuid`, await projectId('scla-dortmund'),
    );
    expect(Number(row?.delivered)).toBeGreaterThan(200);
    expect(Number(row?.linked)).toBe(Number(row?.delivered));
    expect(Number(row?.committed)).toBeGreaterThanOrEqual(Number(row?.delivered));
    const overDelivered = await query<{ n: bigint }>(
      `SELECT COUNT(*)::bigint AS n FROM "SocialClause" sc
       WHERE (SELECT COUNT(*) FROM "DeliveredHire" dh WHERE dh."socialClauseId" = sc.id) > sc."committedHires"`,
    );
    expect(Number(overDelivered[0]?.n)).toBe(0);
  });

  it('every phase sequence is allowed by its project’s transitions and ends in EXIT when exited', async () => {
    const [phases] = await query<{ n: bigint }>(`SELECT COUNT(*)::bigint AS n FROM "Phase"`);
    expect(Number(phases?.n)).toBeGreaterThan(PARTICIPANTS);
    const violations = await query<{ n: bigint }>(
      `WITH ordered AS (
         SELECT e."projectId", ph.kind,
                LAG(ph.kind) OVER (PARTITION BY ph."enrolmentId" ORDER BY ph."startDate", ph.kind = 'EXIT') AS prev
         FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId")
       SELECT COUNT(*)::bigint AS n FROM ordered o WHERE NOT EXISTS (
         SELECT 1 FROM "PhaseTransition" t
         WHERE t."projectId" = o."projectId" AND t."toKind" = o.kind AND t."fromKind" IS NOT DISTINCT FROM o.prev)`,
    );
    expect(Number(violations[0]?.n)).toBe(0);
    const badExits = await query<{ n: bigint }>(
      `SELECT COUNT(*)::bigint AS n FROM "Enrolment" e WHERE e."exitedAt" IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM "Phase" ph WHERE ph."enrolmentId" = e.id AND ph.kind = 'EXIT' AND ph."startDate" = e."exitedAt")`,
    );
    expect(Number(badExits[0]?.n)).toBe(0);
  });

  it('keeps every phase inside its project period', async () => {
    const [row] = await query<{ n: bigint }>(
      `SELECT COUNT(*)::bigint AS n FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId" JOIN "Project" p ON p.id = e."projectId"
       WHERE ph."startDate" < p."startDate" OR (p."endDate" IS NOT NULL AND COALESCE(ph."endDate", ph."startDate") > p."endDate")`,
    );
    expect(Number(row?.n)).toBe(0);
  });

  it('gives every participant an identity and a caseworker of their own jobcenter', async () => {
    const [row] = await query<{ participants: bigint; identities: bigint; foreign: bigint }>(
      `SELECT (SELECT COUNT(*) FROM "Participant")::bigint AS participants,
              (SELECT COUNT(*) FROM "Participant" p JOIN "ParticipantIdentity" i ON i."participantId" = p.id)::bigint AS identities,
              (SELECT COUNT(*) FROM "Enrolment" e JOIN "Participant" p ON p.id = e."participantId"
                 LEFT JOIN "User" u ON u.id = e."caseworkerId"
               WHERE u.id IS NULL OR u.role <> 'CASEWORKER' OR u."organisationId" <> p."organisationId")::bigint AS foreign`,
    );
    expect(Number(row?.participants)).toBeGreaterThanOrEqual(PARTICIPANTS);
    expect(Number(row?.identities)).toBe(Number(row?.participants));
    expect(Number(row?.foreign)).toBe(0);
  });

  it('creates every demo user, and the demo caseworkers and job coaches have enrolments', async () => {
    const users = await database.prisma.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: { email: true, role: true, organisation: { select: { name: true } }, id: true, jobCoach: { select: { id: true } } },
    });
    expect(users).toHaveLength(DEMO_USERS.length);
    for (const demo of DEMO_USERS) {
      const user = users.find((u) => u.email === demo.email);
      expect([user?.role, user?.organisation.name]).toEqual([demo.role, demo.organisation]);
      if (demo.role === 'CASEWORKER') expect(await database.prisma.enrolment.count({ where: { caseworkerId: user?.id } })).toBeGreaterThan(0);
      if (demo.role === 'JOB_COACH') {
        expect(user?.jobCoach).not.toBeNull();
        expect(await database.prisma.enrolment.count({ where: { jobCoachId: user?.jobCoach?.id } })).toBeGreaterThan(0);
      }
    }
    const caritasCoach = await database.prisma.jobCoach.findFirst({ where: { user: { email: { startsWith: 'jobcoach.dortmund@' } } }, select: { employer: { select: { name: true } } } });
    expect(caritasCoach?.employer?.name).toBe('Caritas');
  });

  it('seeds the statutory minimum wages and benefit rates', async () => {
    const wages = await database.prisma.minimumWage.findMany({ orderBy: { validFrom: 'asc' } });
    expect(wages).toHaveLength(13);
    expect([wages[0]?.hourlyCents, wages.at(-1)?.hourlyCents]).toEqual([850, 1460]);
    expect(await database.prisma.benefitRate.count()).toBe(14);
  });
});

describe('seed without demo users', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seed(database.prisma, { participants: 0, demoUsers: false });
  });
  afterAll(async () => database?.drop());

  it('creates no demo account and links no job coach to a user', async () => {
    expect(await database.prisma.user.count({ where: { email: { endsWith: '@demo.teilhabe.invalid' } } })).toBe(0);
    expect(await database.prisma.jobCoach.count({ where: { userId: { not: null } } })).toBe(0);
    // The Service Center's published hires are seeded regardless of the participant count.
    expect(await database.prisma.deliveredHire.count()).toBeGreaterThan(200);
  });
});

describe('participant generator', () => {
  const pseudonymsAndIds = (seed: number) => {
    const out: string[] = [];
    for (const batch of generateBatches({ participants: 300, demoUsers: true, seed, batchSize: 100 })) {
      out.push(...batch.participants.map((p) => `${p.pseudonym}:${p.id}:${p.birthYear}`));
      out.push(...batch.phases.map((p) => `${p.id}:${p.kind}:${String(p.startDate)}`));
    }
    return out;
  };

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const first = pseudonymsAndIds(7);
    expect(first.length).toBeGreaterThan(300);
    expect(pseudonymsAndIds(7)).toEqual(first);
    expect(pseudonymsAndIds(8)).not.toEqual(first);
  });

  it('never puts more people into a subsidised position than it has places at the same time', () => {
    const counts = new Map<string, number>();
    const held: { positionId: string; start: number; end: number }[] = [];
    // 2 000 participants put 200 into ISB's 161 positions, so places are contended.
    for (const batch of generateBatches({ participants: 2_000, demoUsers: false })) {
      for (const phase of batch.phases) {
        if (phase.kind !== 'SUBSIDISED_JOB' || !phase.positionId) continue;
        held.push({ positionId: phase.positionId, start: new Date(phase.startDate).getTime(), end: new Date(phase.endDate ?? 8.64e15).getTime() });
      }
    }
    expect(held.length).toBeGreaterThan(150);
    for (const a of held) {
      const concurrent = held.filter((b) => b.positionId === a.positionId && b.start <= a.start && b.end >= a.start).length;
      counts.set(a.positionId, Math.max(counts.get(a.positionId) ?? 0, concurrent));
    }
    // Capacities from the same definitions the seed writes.
    const ctx = buildGeneratorContext(false);
    const capacity = new Map([...ctx.isb.positions, ...ctx.duisburg.positions, ...ctx.jobplus.positions].map((p) => [p.positionId, p.count]));
    for (const [positionId, max] of counts) expect(max).toBeLessThanOrEqual(capacity.get(positionId) ?? 0);
  });
});
