// Pathways of the placement programmes: Joboffensive (intensive placement → job) and the
// Service Center lokale Arbeit (hires under tenders' social clauses).
import type { ExitReason } from '../../lib/generated/prisma/enums';
import type { ProjectContext } from './context';
import { addDays, addMonths, minDate } from './dates';
import { between, jobLoss, PathwayBuilder, type Job, type Pathway } from './pathway';
import type { SclaClause } from './programme-scla';
import type { Rng } from './random';

function openMarketJob(rng: Rng, employerId: string | null): Job {
  // Wage and hours of jobs on the open labour market: plausible assumptions.
  return {
    employerId,
    positionId: null,
    instrument: 'NONE',
    hoursPerWeek: rng.weighted([[40, 3], [39, 3], [35, 2], [30, 1.5], [25, 0.5]]),
    hourlyWageCents: rng.int(1000, 1700),
  };
}

/** Joboffensive: intensive placement (profiling phase) → insured job, or exit without one. */
export function joboffensivePathway(rng: Rng, p: ProjectContext): Pathway {
  const enrolledAt = between(rng, p.start, addMonths(p.end, -4));
  const b = new PathwayBuilder(enrolledAt);
  if (!rng.chance(0.5)) {
    const reason = rng.weighted<ExitReason>([['COMPLETED', 10], ['DROPPED_OUT', 4], ['ILLNESS', 3], ['MOVED', 2], ['OTHER', 1]]);
    return b.add('PROFILING', enrolledAt, minDate(addMonths(enrolledAt, rng.int(6, 12)), p.end)).close(reason);
  }
  const placedAt = minDate(addDays(enrolledAt, rng.int(30, 300)), addMonths(p.end, -1));
  b.add('PROFILING', enrolledAt, addDays(placedAt, -1));
  const lost = jobLoss(rng, placedAt, 0.72, 0.85);
  b.placement = { date: placedAt, endedAt: lost };
  // The job phase covers the six months of follow-up care after placement.
  const careEnd = minDate(addDays(addMonths(placedAt, 6), -1), p.end);
  if (lost && lost <= careEnd) return b.add('REGULAR_JOB', placedAt, lost, openMarketJob(rng, null)).close('OTHER');
  return b.add('REGULAR_JOB', placedAt, careEnd, openMarketJob(rng, null)).close('REGULAR_JOB');
}

/** Service Center lokale Arbeit: the enrolment starts with the hire; monitored for 12 months. */
export function sclaPathway(rng: Rng, clause: SclaClause): Pathway {
  const hiredAt = between(rng, clause.hiresFrom, clause.hiresUntil);
  const b = new PathwayBuilder(hiredAt);
  b.clauseId = clause.clauseId;
  const lost = jobLoss(rng, hiredAt, 0.8, 0.85);
  b.placement = { date: hiredAt, endedAt: lost };
  const monitoredUntil = addDays(addMonths(hiredAt, 12), -1);
  if (lost && lost <= monitoredUntil) return b.add('REGULAR_JOB', hiredAt, lost, openMarketJob(rng, clause.employerId)).close('OTHER');
  return b.add('REGULAR_JOB', hiredAt, monitoredUntil, openMarketJob(rng, clause.employerId)).close('REGULAR_JOB');
}
