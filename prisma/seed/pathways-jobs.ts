// Pathways of the job-based programmes: ISB (§16e jobs at network employers), Duisburg
// (work opportunity → job → stabilisation) and job:plus (profiling → job → aftercare).
import type { ExitReason } from '../../lib/generated/prisma/enums';
import type { ClauseCapacity, Coach, GeneratorContext, ProjectContext } from './context';
import { addDays, addMonths, daysBetween, maxDate, minDate } from './dates';
import { between, jobAt, jobLoss, MIN_PHASE_DAYS, PathwayBuilder, type Job, type Pathway } from './pathway';
import type { Rng } from './random';
import { SlotPool } from './slots';

export interface PathwayState {
  ctx: GeneratorContext;
  isb: SlotPool;
  duisburg: { regular: SlotPool; subsidised: SlotPool };
  jobplus: { regular: SlotPool; subsidised: SlotPool; clauseLeft: Map<string, number> };
}

export function createPathwayState(ctx: GeneratorContext): PathwayState {
  const split = (positions: GeneratorContext['duisburg']['positions']) => ({
    regular: new SlotPool(positions.filter((p) => p.instrument === 'NONE')),
    subsidised: new SlotPool(positions.filter((p) => p.instrument !== 'NONE')),
  });
  return {
    ctx,
    isb: new SlotPool(ctx.isb.positions),
    duisburg: split(ctx.duisburg.positions),
    jobplus: { ...split(ctx.jobplus.positions), clauseLeft: new Map(ctx.jobplus.clauses.map((c) => [c.clauseId, c.committed])) },
  };
}

function earlyReason(rng: Rng): ExitReason {
  return rng.weighted<ExitReason>([['DROPPED_OUT', 5], ['ILLNESS', 3], ['MOVED', 2]]);
}

/** Aktiv statt passiv!: profiling (→ qualification) → §16e job up to 24 months → 6 months aftercare. */
export function isbPathway(rng: Rng, state: PathwayState, p: ProjectContext): Pathway {
  const enrolledAt = rng.chance(0.55) ? between(rng, p.start, addMonths(p.start, 5)) : between(rng, p.start, addMonths(p.end, -10));
  const b = new PathwayBuilder(enrolledAt).add('PROFILING', enrolledAt, addDays(enrolledAt, rng.int(14, 56)));
  if (rng.chance(0.08)) return b.close(earlyReason(rng));
  if (rng.chance(0.3)) b.add('QUALIFICATION', addDays(b.lastEnd, 1), addDays(b.lastEnd, rng.int(30, 90)));
  // The job must leave room for at least 3 months of work and the 6 months of aftercare.
  const aftercareFrom = addMonths(p.end, -6);
  const slot = state.isb.acquire(addDays(b.lastEnd, 1), addMonths(aftercareFrom, -3));
  if (!slot) return b.close('OTHER'); // no position free in time
  b.extendLast(addDays(slot.start, -1));
  b.coach = state.ctx.isb.coachByEmployer.get(slot.position.employerId) ?? null;
  const start = slot.start;
  const plannedEnd = minDate(addDays(addMonths(start, rng.int(18, 24)), -1), aftercareFrom);
  if (rng.chance(0.15)) {
    const end = addDays(start, rng.int(MIN_PHASE_DAYS * 4, Math.max(MIN_PHASE_DAYS * 4, daysBetween(start, plannedEnd) - 30)));
    const reason = rng.weighted<ExitReason>([['DROPPED_OUT', 4], ['ILLNESS', 3], ['REGULAR_JOB', 3]]);
    b.add('SUBSIDISED_JOB', start, end, jobAt(slot.position));
    state.isb.release(slot.index, end);
    b.placement = { date: start, endedAt: reason === 'REGULAR_JOB' ? jobLoss(rng, addDays(end, 1), 0.85, 0.9) : end };
    return b.close(reason);
  }
  b.add('SUBSIDISED_JOB', start, plannedEnd, jobAt(slot.position));
  state.isb.release(slot.index, plannedEnd);
  b.add('AFTERCARE', addDays(plannedEnd, 1), minDate(addMonths(plannedEnd, 6), p.end));
  // After the subsidy: taken on without subsidy (or hired elsewhere), or the job ends.
  const keptOn = rng.chance(0.35);
  b.placement = { date: start, endedAt: keptOn ? jobLoss(rng, b.lastEnd, 0.9, 0.9) : plannedEnd };
  return b.close(keptOn ? 'REGULAR_JOB' : 'SUBSIDISED_JOB_ENDED');
}

interface JobStep {
  pools: { regular: SlotPool; subsidised: SlotPool };
  subsidisedShare: number;
  coach: Coach | null;
  clauses?: { capacity: readonly ClauseCapacity[]; left: Map<string, number> };
}

/** Job (a position if one is free within two months, else the open labour market) → aftercare → exit. */
function jobThenAftercare(rng: Rng, b: PathwayBuilder, p: ProjectContext, step: JobStep): Pathway {
  const wanted = addDays(b.lastEnd, 1 + rng.int(0, 30));
  const latest = addMonths(p.end, -2);
  if (wanted > latest) return b.close('COMPLETED');
  const subsidised = rng.chance(step.subsidisedShare);
  const pool = subsidised ? step.pools.subsidised : step.pools.regular;
  const slot = pool.acquire(wanted, minDate(latest, addMonths(wanted, 2)));
  const start = slot?.start ?? wanted;
  // Open labour market: wage and hours of a typical helper job (assumption).
  const job: Job = slot
    ? jobAt(slot.position)
    : { employerId: null, positionId: null, instrument: 'NONE', hoursPerWeek: rng.pick([30, 35, 39, 40]), hourlyWageCents: rng.int(950, 1400) };
  const kind = job.instrument === 'NONE' ? 'REGULAR_JOB' : 'SUBSIDISED_JOB';
  b.extendLast(addDays(start, -1));
  b.coach = step.coach;
  const jobEnd = minDate(addDays(addMonths(start, rng.int(1, 3)), -1), p.end);
  const aftercareEnd = minDate(addMonths(jobEnd, 6), p.end);
  const lost = jobLoss(rng, start, 0.75, 0.85);
  b.placement = { date: start, endedAt: lost };
  if (slot) pool.release(slot.index, lost ?? addMonths(start, 24));
  if (kind === 'REGULAR_JOB' && step.clauses) b.clauseId = takeClause(step.clauses, job.employerId, start);
  if (lost && lost <= jobEnd) return b.add(kind, start, maxDate(lost, addDays(start, MIN_PHASE_DAYS)), job).close('OTHER');
  b.add(kind, start, jobEnd, job);
  if (daysBetween(jobEnd, aftercareEnd) < MIN_PHASE_DAYS) return b.close(kind === 'REGULAR_JOB' ? 'REGULAR_JOB' : 'COMPLETED');
  if (lost && lost <= aftercareEnd) {
    return b.add('AFTERCARE', addDays(jobEnd, 1), maxDate(lost, addDays(jobEnd, MIN_PHASE_DAYS))).close('OTHER');
  }
  b.add('AFTERCARE', addDays(jobEnd, 1), aftercareEnd);
  return b.close(kind === 'REGULAR_JOB' ? 'REGULAR_JOB' : 'COMPLETED');
}

function takeClause(clauses: NonNullable<JobStep['clauses']>, employerId: string | null, start: Date): string | null {
  const clause = clauses.capacity.find((c) => c.employerId === employerId && c.from <= start && start <= c.until);
  if (!clause || (clauses.left.get(clause.clauseId) ?? 0) <= 0) return null;
  clauses.left.set(clause.clauseId, (clauses.left.get(clause.clauseId) ?? 0) - 1);
  return clause.clauseId;
}

/** Das Duisburger Modell: Arbeitsgelegenheit (§16d, usually 3 months) → insured job → stabilisation. */
export function duisburgPathway(rng: Rng, state: PathwayState, p: ProjectContext, index: number): Pathway {
  const enrolledAt = rng.chance(0.4) ? between(rng, p.start, addMonths(p.start, 3)) : between(rng, p.start, addMonths(p.end, -9));
  const months = rng.chance(0.7) ? 3 : rng.int(2, 6);
  const woEnd = addDays(addMonths(enrolledAt, months), -1);
  const b = new PathwayBuilder(enrolledAt);
  // Mehraufwandsentschädigung is no wage: hours only.
  const agh: Job = { employerId: null, positionId: null, instrument: 'PARA_16D', hoursPerWeek: 25, hourlyWageCents: 0 };
  if (rng.chance(0.12)) {
    b.add('WORK_OPPORTUNITY', enrolledAt, addDays(enrolledAt, rng.int(MIN_PHASE_DAYS, daysBetween(enrolledAt, woEnd))), agh);
    return b.close(earlyReason(rng));
  }
  b.add('WORK_OPPORTUNITY', enrolledAt, woEnd, agh);
  if (!rng.chance(0.62)) return b.close('COMPLETED');
  const coach = state.ctx.duisburg.coaches[index % state.ctx.duisburg.coaches.length] ?? null;
  return jobThenAftercare(rng, b, p, { pools: state.duisburg, subsidisedShare: 0.15, coach });
}

/** job:plus: profiling → insured job (acquired employer, tender contractor or open market) → aftercare. */
export function jobplusPathway(rng: Rng, state: PathwayState, p: ProjectContext, index: number): Pathway {
  const enrolledAt = between(rng, p.start, addMonths(p.end, -6));
  const b = new PathwayBuilder(enrolledAt);
  if (rng.chance(0.1)) return b.add('PROFILING', enrolledAt, addDays(enrolledAt, rng.int(14, 60))).close(earlyReason(rng));
  if (!rng.chance(0.7)) {
    return b.add('PROFILING', enrolledAt, minDate(addMonths(enrolledAt, rng.int(3, 9)), p.end)).close('COMPLETED');
  }
  b.add('PROFILING', enrolledAt, addDays(enrolledAt, rng.int(30, 90)));
  const coach = state.ctx.jobplus.coaches[index % state.ctx.jobplus.coaches.length] ?? null;
  return jobThenAftercare(rng, b, p, {
    pools: state.jobplus,
    subsidisedShare: 0.25,
    coach,
    clauses: { capacity: state.ctx.jobplus.clauses, left: state.jobplus.clauseLeft },
  });
}
