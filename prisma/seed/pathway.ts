// A participant's way through one project: phases in time order, exit, placement. Pure
// data; the generator turns it into rows. Every non-exit phase lasts at least a week, so
// ordering by start date gives the sequence; the EXIT phase sits on the exit day.
import type { ExitReason, PhaseKind, SubsidyInstrument } from '../../lib/generated/prisma/enums';
import type { Coach } from './context';
import { addDays, daysBetween } from './dates';
import type { Rng } from './random';
import type { PositionSource } from './slots';

export interface PhasePlan {
  kind: PhaseKind;
  start: Date;
  end: Date | null;
  employerId: string | null;
  positionId: string | null;
  instrument: SubsidyInstrument | null;
  hoursPerWeek: number | null;
  monthlyWageCents: number | null;
}

export interface Pathway {
  enrolledAt: Date;
  phases: PhasePlan[];
  exit: { date: Date; reason: ExitReason } | null;
  /** Start of insured employment and the day it ended (null: still lasting as far as known). */
  placement: { date: Date; endedAt: Date | null } | null;
  coach: Coach | null;
  /** A hire delivered under a tender's social clause. */
  clauseId: string | null;
}

export interface Job {
  employerId: string | null;
  positionId: string | null;
  instrument: SubsidyInstrument | null;
  hoursPerWeek: number;
  hourlyWageCents: number;
}

export const MIN_PHASE_DAYS = 7;

/** Average weeks per month (52/12), for a monthly wage from hours per week. */
const WEEKS_PER_MONTH = 52 / 12;

export function jobAt(position: PositionSource): Job {
  return { ...position };
}

export class PathwayBuilder {
  readonly phases: PhasePlan[] = [];
  exit: Pathway['exit'] = null;
  placement: Pathway['placement'] = null;
  coach: Coach | null = null;
  clauseId: string | null = null;

  constructor(readonly enrolledAt: Date) {}

  add(kind: PhaseKind, start: Date, end: Date, job?: Job): this {
    const last = this.phases[this.phases.length - 1];
    if (last?.end && start.getTime() <= last.end.getTime()) throw new Error(`Phase ${kind} überlappt ${last.kind}`);
    if (daysBetween(start, end) < MIN_PHASE_DAYS - 1) throw new Error(`Phase ${kind} zu kurz`);
    this.phases.push({
      kind,
      start,
      end,
      employerId: job?.employerId ?? null,
      positionId: job?.positionId ?? null,
      instrument: job?.instrument ?? null,
      hoursPerWeek: job ? job.hoursPerWeek : null,
      monthlyWageCents: job && job.hourlyWageCents > 0 ? Math.round(job.hourlyWageCents * job.hoursPerWeek * WEEKS_PER_MONTH) : null,
    });
    return this;
  }

  /** The last phase ends on `end` instead (e.g. waiting for a free position). */
  extendLast(end: Date): this {
    const last = this.phases[this.phases.length - 1];
    if (last) last.end = end;
    return this;
  }

  get lastEnd(): Date {
    const end = this.phases[this.phases.length - 1]?.end;
    if (!end) throw new Error('Keine abgeschlossene Phase');
    return end;
  }

  /** Exit on the last phase's final day. */
  close(reason: ExitReason): Pathway {
    const date = this.lastEnd;
    this.phases.push({
      kind: 'EXIT', start: date, end: date, employerId: null, positionId: null, instrument: null, hoursPerWeek: null, monthlyWageCents: null,
    });
    this.exit = { date, reason };
    return this.build();
  }

  build(): Pathway {
    return {
      enrolledAt: this.enrolledAt,
      phases: this.phases,
      exit: this.exit,
      placement: this.placement,
      coach: this.coach,
      clauseId: this.clauseId,
    };
  }
}

/** A day in [from, to]. */
export function between(rng: Rng, from: Date, to: Date): Date {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/**
 * When a job that started on `start` ends: before 6 months with 1 − p6, between 6 and 12
 * months with p6 · (1 − p12); otherwise null (lasting). Drives phases and follow-ups alike.
 */
export function jobLoss(rng: Rng, start: Date, p6: number, p12: number): Date | null {
  if (!rng.chance(p6)) return addDays(start, rng.int(MIN_PHASE_DAYS * 2, 180));
  if (!rng.chance(p12)) return addDays(start, rng.int(185, 360));
  return null;
}
