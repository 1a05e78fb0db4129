// Decides whether a caseworker may enter a new phase for an enrolment: the project's model
// (its transitions) and the limits of SGB II. Pure: the caller loads the data, the UI shows the
// German messages at the field they name.
import type { PhaseKind, SubsidyInstrument } from '../generated/prisma/enums';
import { formatDay } from '../format';
import {
  checkLabourMarketParticipation,
  checkLongTermUnemployedSubsidy,
  checkWorkOpportunityLimit,
  utcDay,
  type LimitCheck,
} from './legal-limits';

/** An edge of the project's model; fromKind null = an allowed first phase. */
export interface Transition { fromKind: PhaseKind | null; toKind: PhaseKind }
/** A phase of the person (all enrolments: the limits are per person). `endDate` is the last day; null = still open. */
export interface PastPhase { kind: PhaseKind; instrument: SubsidyInstrument | null; startDate: Date; endDate: Date | null }
export interface PhaseEntry { kind: PhaseKind; instrument: SubsidyInstrument | null; startDate: Date; plannedEndDate: Date | null }
export interface PersonFacts { birthDate: Date | null; unemployedSince: Date | null; benefitYearsInLast7: number | null }

export type RuleCode =
  | 'TRANSITION_NOT_ALLOWED' | 'START_BEFORE_CURRENT' | 'END_BEFORE_START' | 'INSTRUMENT_MISMATCH' | 'FACT_MISSING'
  | 'PARA_16D_LIMIT' | 'PARA_16E_UNEMPLOYMENT' | 'PARA_16E_DURATION' | 'PARA_16I_AGE' | 'PARA_16I_BENEFITS' | 'PARA_16I_LIMIT';
export type FindingField = 'kind' | 'startDate' | 'plannedEndDate' | 'instrument';
export interface Finding { code: RuleCode; severity: 'error' | 'warning' | 'info'; field: FindingField; message: string }

/** One rate of a wage subsidy; `until` is the last day at this rate. */
export interface SubsidyStep { percent: number; from: Date; until: Date }
/** What the UI shows for a subsidised phase, even when everything is fine. */
export interface LimitSummary {
  instrument: 'PARA_16D' | 'PARA_16E' | 'PARA_16I';
  /** Months used before this phase, rounded up to tenths; null where the law counts none (§16e). */
  usedMonths: number | null;
  maxMonths: number;
  /** The look-back period in years; null = per person for life (§16i) or per employment (§16e). */
  windowYears: number | null;
  /** maxMonths − usedMonths, rounded down to tenths; null where usedMonths is null. */
  remainingMonths: number | null;
  /** The last day this phase may run to; null if nothing remains. */
  latestEndDate: Date | null;
  schedule: SubsidyStep[];
  message: string;
}

export interface PhaseCheckInput {
  transitions: readonly Transition[];
  current: { kind: PhaseKind; startDate: Date } | null;
  entry: PhaseEntry;
  person: PersonFacts;
  history: readonly PastPhase[];
  today: Date;
}
export interface PhaseCheck { ok: boolean; findings: Finding[]; limits: LimitSummary[] }

export const PHASE_LABELS: Readonly<Record<PhaseKind, string>> = {
  PROFILING: 'Profiling',
  WORK_OPPORTUNITY: 'Arbeitsgelegenheit (§ 16d)',
  QUALIFICATION: 'Qualifizierung',
  SUBSIDISED_JOB: 'Geförderte Beschäftigung',
  REGULAR_JOB: 'Ungeförderte Beschäftigung',
  AFTERCARE: 'Nachbetreuung',
  EXIT: 'Austritt',
};

export const INSTRUMENT_LABELS: Readonly<Record<SubsidyInstrument, string>> = {
  PARA_16D: '§ 16d (Arbeitsgelegenheit)',
  PARA_16E: '§ 16e (Eingliederung von Langzeitarbeitslosen)',
  PARA_16I: '§ 16i (Teilhabe am Arbeitsmarkt)',
  NONE: 'keine Förderung',
};

/** Phases in the order of the schema, so lists read the same everywhere. */
const KIND_ORDER = Object.keys(PHASE_LABELS) as PhaseKind[];

/** The kinds the project's model allows after `current` (null = as the first phase). EXIT only if listed. */
export function allowedNextKinds(transitions: readonly Transition[], current: PhaseKind | null): PhaseKind[] {
  const allowed = new Set(transitions.filter((t) => t.fromKind === current).map((t) => t.toKind));
  return KIND_ORDER.filter((kind) => allowed.has(kind));
}

function transitionFinding(transitions: readonly Transition[], current: PhaseKind | null, kind: PhaseKind): Finding | null {
  const allowed = allowedNextKinds(transitions, current);
  if (allowed.includes(kind)) return null;
  const after = current ? `Nach „${PHASE_LABELS[current]}“` : 'Als erste Phase';
  const list = allowed.map((k) => PHASE_LABELS[k]).join(', ');
  return {
    code: 'TRANSITION_NOT_ALLOWED', severity: 'error', field: 'kind',
    message: allowed.length > 0
      ? `${after} erlaubt dieses Projekt nur: ${list}.`
      : `${after} sieht dieses Projekt keine weitere Phase vor.`,
  };
}

/**
 * The instrument a phase kind takes: a work opportunity is one under §16d SGB II (null means that
 * too); a subsidised job is §16e or §16i; every other phase is unsubsidised.
 */
function instrumentFinding(kind: PhaseKind, instrument: SubsidyInstrument | null): Finding | null {
  const given = instrument ? INSTRUMENT_LABELS[instrument] : 'keines';
  const mismatch = (message: string): Finding => ({ code: 'INSTRUMENT_MISMATCH', severity: 'error', field: 'instrument', message });
  if (kind === 'WORK_OPPORTUNITY') {
    return instrument === null || instrument === 'PARA_16D'
      ? null
      : mismatch(`Eine Arbeitsgelegenheit wird nach § 16d SGB II gefördert; angegeben ist ${given}.`);
  }
  if (kind === 'SUBSIDISED_JOB') {
    return instrument === 'PARA_16E' || instrument === 'PARA_16I'
      ? null
      : mismatch(`Geförderte Beschäftigung braucht als Förderinstrument § 16e oder § 16i SGB II; angegeben ist ${given}.`);
  }
  return instrument === null || instrument === 'NONE'
    ? null
    : mismatch(`Für „${PHASE_LABELS[kind]}“ ist kein Förderinstrument vorgesehen; angegeben ist ${given}.`);
}

function limitCheck(input: PhaseCheckInput): LimitCheck | null {
  const { entry, person, history, today } = input;
  if (entry.kind === 'WORK_OPPORTUNITY') return checkWorkOpportunityLimit(entry, history, today);
  if (entry.kind !== 'SUBSIDISED_JOB') return null;
  if (entry.instrument === 'PARA_16E') return checkLongTermUnemployedSubsidy(entry, person);
  if (entry.instrument === 'PARA_16I') return checkLabourMarketParticipation(entry, person, history, today);
  return null;
}

export function checkPhaseEntry(input: PhaseCheckInput): PhaseCheck {
  const { transitions, current, entry } = input;
  const findings: Finding[] = [];
  const add = (finding: Finding | null) => {
    if (finding) findings.push(finding);
  };
  add(transitionFinding(transitions, current?.kind ?? null, entry.kind));
  // Phases of an enrolment follow each other in time; a new one may start on the current one's first day, not before.
  if (current && utcDay(entry.startDate).getTime() < utcDay(current.startDate).getTime()) {
    add({
      code: 'START_BEFORE_CURRENT', severity: 'error', field: 'startDate',
      message: `Die neue Phase darf nicht vor dem Beginn der aktuellen Phase „${PHASE_LABELS[current.kind]}“ am ${formatDay(current.startDate)} beginnen.`,
    });
  }
  if (entry.plannedEndDate && utcDay(entry.plannedEndDate).getTime() < utcDay(entry.startDate).getTime()) {
    add({
      code: 'END_BEFORE_START', severity: 'error', field: 'plannedEndDate',
      message: `Das geplante Ende (${formatDay(entry.plannedEndDate)}) liegt vor dem Beginn (${formatDay(entry.startDate)}).`,
    });
  }
  const instrument = instrumentFinding(entry.kind, entry.instrument);
  add(instrument);
  const limit = instrument ? null : limitCheck(input);
  if (limit) findings.push(...limit.findings);
  return {
    ok: findings.every((f) => f.severity !== 'error'),
    findings,
    limits: limit ? [limit.limit] : [],
  };
}
