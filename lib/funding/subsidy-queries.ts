import 'server-only';
// A project's expected jobcenter funding for wage subsidies (§16e, §16i SGB II), from its
// records: per position (the plan: every position filled from the project's start for the
// instrument's full term, cut at the project's end) and per participant (the SUBSIDISED_JOB
// phases actually entered; an open phase runs the full legal term). Both roll up per year.
import { db } from '../db';
import { AppError } from '../errors';
import { fundingReadScope, projectEditScope, type ActorContext } from '../auth/authorize';
import { suppressSmall, shown, type Count } from '../dashboard/suppress';
import type { SubsidyInstrument } from '../generated/prisma/enums';
import { calculateSubsidy, hoursToTenths, sumAmounts, type Amounts, type DatedHourlyWage, type SubsidySchedule, type WageBasis } from './subsidy';
import { SUBSIDISED_INSTRUMENTS, isSubsidised, type SubsidisedInstrument } from './subsidy-rates';

export interface FundingProject {
  id: string;
  name: string;
  startDate: Date;
  endDate: Date | null;
  budgetCents: bigint | null;
  /** The actor's organisation runs it: exact figures; otherwise small counts are suppressed. */
  runs: boolean;
}

/** The project if the actor may read its funding; otherwise NOT_FOUND (the page's 404). */
export async function getFundingProject(actor: ActorContext, projectId: string): Promise<FundingProject> {
  const scope = fundingReadScope(actor);
  const edit = projectEditScope(actor);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(projectId);
  const project = scope && uuid
    ? await db.project.findFirst({ where: { AND: [{ id: projectId }, scope] }, select: { id: true, name: true, startDate: true, endDate: true, budgetCents: true } })
    : null;
  if (!project) throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  const runs = edit ? (await db.project.count({ where: { AND: [{ id: projectId }, edit] } })) > 0 : false;
  return { ...project, runs };
}

export async function minimumWages(): Promise<DatedHourlyWage[]> {
  return db.minimumWage.findMany({ select: { validFrom: true, hourlyCents: true }, orderBy: { validFrom: 'asc' } });
}

/** The wage basis of a job: the agreed wage if the employer is bound and states it, else the minimum wage. */
export function wageBasis(collectiveAgreement: boolean | null | undefined, hourlyWageCents: number | null | undefined): WageBasis {
  return collectiveAgreement && hourlyWageCents ? { kind: 'COLLECTIVE_AGREEMENT', hourlyCents: hourlyWageCents } : { kind: 'MINIMUM_WAGE' };
}

export interface PositionSchedule {
  positionId: string;
  employer: string;
  occupationalField: string;
  count: number;
  instrument: SubsidisedInstrument;
  hoursPerWeekTenths: number | null;
  wage: WageBasis;
  /** Per position; null without weekly hours (nothing to compute). */
  schedule: SubsidySchedule | null;
}

export interface YearAmount {
  year: number;
  cents: number;
}

function addYears(target: Map<number, number>, schedule: SubsidySchedule, times: number): void {
  for (const y of schedule.years) target.set(y.year, (target.get(y.year) ?? 0) + y.subsidyCents * times);
}

const sortedYears = (m: Map<number, number>): YearAmount[] => [...m.entries()].sort(([a], [b]) => a - b).map(([year, cents]) => ({ year, cents }));

export async function listPositionSchedules(project: FundingProject, wages: readonly DatedHourlyWage[]): Promise<PositionSchedule[]> {
  const positions = await db.position.findMany({
    where: { projectId: project.id, instrument: { in: [...SUBSIDISED_INSTRUMENTS] } },
    select: {
      id: true, count: true, occupationalField: true, hoursPerWeek: true, instrument: true, hourlyWageCents: true, collectiveAgreement: true,
      employer: { select: { name: true } },
    },
    orderBy: [{ employer: { name: 'asc' } }, { occupationalField: 'asc' }, { id: 'asc' }],
  });
  return positions.flatMap((p) => {
    if (!isSubsidised(p.instrument)) return [];
    const hoursPerWeekTenths = p.hoursPerWeek === null ? null : hoursToTenths(p.hoursPerWeek);
    const wage = wageBasis(p.collectiveAgreement, p.hourlyWageCents);
    const schedule = hoursPerWeekTenths
      ? calculateSubsidy({ instrument: p.instrument, start: project.startDate, end: project.endDate, hoursPerWeekTenths, wage, minimumWages: wages })
      : null;
    return [{ positionId: p.id, employer: p.employer.name, occupationalField: p.occupationalField, count: p.count, instrument: p.instrument, hoursPerWeekTenths, wage, schedule }];
  });
}

export interface PositionRollUp {
  positions: number;
  withoutHours: number;
  years: YearAmount[];
  total: Amounts;
}

export function rollUpPositions(schedules: readonly PositionSchedule[]): PositionRollUp {
  const years = new Map<number, number>();
  const totals: Amounts[] = [];
  let positions = 0;
  let withoutHours = 0;
  for (const p of schedules) {
    if (!p.schedule) {
      withoutHours += p.count;
      continue;
    }
    positions += p.count;
    addYears(years, p.schedule, p.count);
    const t = p.schedule.total;
    totals.push({ baseWageCents: t.baseWageCents * p.count, employerShareCents: t.employerShareCents * p.count, eligibleCents: t.eligibleCents * p.count, subsidyCents: t.subsidyCents * p.count });
  }
  return { positions, withoutHours, years: sortedYears(years), total: sumAmounts(totals) };
}

interface PhaseGroup {
  instrument: SubsidyInstrument;
  start: Date;
  end: Date | null;
  hours: { toString(): string } | null;
  agreed: number | null;
  n: number;
}

export interface ParticipantRollUp {
  /** Subsidised jobs (SUBSIDISED_JOB phases under §16e/§16i); suppressed below 5 for non-operators. */
  jobs: Count;
  withoutHours: number;
  /** null when suppressed. */
  years: YearAmount[] | null;
  totalCents: number | null;
}

/**
 * All subsidised phases of the project, reduced in SQL to the distinct (instrument, term, hours,
 * agreed wage) with their count, so the calculator runs once per distinct job, not per person.
 */
export async function rollUpParticipants(project: FundingProject, wages: readonly DatedHourlyWage[]): Promise<ParticipantRollUp> {
  const groups = await db.$queryRaw<PhaseGroup[]>`
    SELECT ph.instrument::text AS instrument, ph."startDate" AS start, ph."endDate" AS "end",
           COALESCE(ph."hoursPerWeek", pos."hoursPerWeek") AS hours,
           CASE WHEN pos."collectiveAgreement" THEN pos."hourlyWageCents" END AS agreed,
           COUNT(*)::int AS n
    FROM "Phase" ph
    JOIN "Enrolment" e ON e.id = ph."enrolmentId"
    LEFT JOIN "Position" pos ON pos.id = ph."positionId"
    WHERE e."projectId" = ${project.id}::uuid AND ph.kind = 'SUBSIDISED_JOB' AND ph.instrument IN ('PARA_16E', 'PARA_16I')
    GROUP BY 1, 2, 3, 4, 5`;
  const years = new Map<number, number>();
  let jobs = 0;
  let withoutHours = 0;
  let totalCents = 0;
  for (const g of groups) {
    jobs += g.n;
    const tenths = g.hours === null ? 0 : hoursToTenths(g.hours);
    if (!isSubsidised(g.instrument) || tenths <= 0) {
      withoutHours += g.n;
      continue;
    }
    const schedule = calculateSubsidy({ instrument: g.instrument, start: g.start, end: g.end, hoursPerWeekTenths: tenths, wage: wageBasis(g.agreed !== null, g.agreed), minimumWages: wages });
    addYears(years, schedule, g.n);
    totalCents += schedule.total.subsidyCents * g.n;
  }
  const count = project.runs ? shown(jobs) : suppressSmall(jobs);
  if (count.suppressed) return { jobs: count, withoutHours: 0, years: null, totalCents: null };
  return { jobs: count, withoutHours, years: sortedYears(years), totalCents };
}

export interface FundingPlan {
  /** Jobcenter sources (also "Jobcenter und Kommune") of the financing plan, per year. */
  jobcenterYears: { year: number; plannedCents: bigint; actualCents: bigint | null }[];
  plannedCents: bigint;
  /** Sum of the actual amounts recorded so far; null if none is recorded. */
  actualCents: bigint | null;
}

export async function getFundingPlan(project: FundingProject): Promise<FundingPlan> {
  const [jobcenter, all] = await Promise.all([
    db.fundingAmount.groupBy({
      by: ['year'],
      where: { fundingSource: { projectId: project.id, kind: { in: ['JOBCENTER', 'JOBCENTER_AND_MUNICIPALITY'] } } },
      _sum: { plannedCents: true, actualCents: true },
      orderBy: { year: 'asc' },
    }),
    db.fundingAmount.aggregate({ where: { fundingSource: { projectId: project.id } }, _sum: { plannedCents: true, actualCents: true } }),
  ]);
  return {
    jobcenterYears: jobcenter.map((j) => ({ year: j.year, plannedCents: j._sum.plannedCents ?? 0n, actualCents: j._sum.actualCents })),
    plannedCents: all._sum.plannedCents ?? 0n,
    actualCents: all._sum.actualCents,
  };
}
