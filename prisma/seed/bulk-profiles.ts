// What the bulk generator (bulk.ts) draws per project: the phase paths along the project's
// model, and the participants' profile (same distributions as generator.ts). Paths are
// checked against the project's transitions, so the bulk data obey the model the app
// enforces when a caseworker enters a phase.
import type { EducationLevel, PhaseKind } from '../../lib/generated/prisma/enums';
import { DUISBURG_PROJECT } from './programme-duisburg';
import { ISB_PROJECT } from './programme-isb';
import { JOBOFFENSIVE_PROJECT } from './programme-joboffensive';
import { JOBPLUS_PROJECT } from './programme-jobplus';
import { transitionsOf, type ProjectDefinition, type ProjectKey } from './projects';

export type BulkProjectKey = Exclude<ProjectKey, 'scla-dortmund'>;

export interface BulkProfile {
  definition: ProjectDefinition;
  /** Phase paths (without EXIT) with weights; an enrolment walks a prefix of one. */
  paths: readonly (readonly [readonly PhaseKind[], number])[];
  age: readonly [mean: number, spread: number];
  unemployedMonths: readonly [min: number, max: number];
  education: readonly (readonly [EducationLevel, number])[];
}

export const BULK_PROFILES: Record<BulkProjectKey, BulkProfile> = {
  'isb-dortmund': {
    definition: ISB_PROJECT,
    paths: [[['PROFILING', 'SUBSIDISED_JOB', 'AFTERCARE'], 7], [['PROFILING', 'QUALIFICATION', 'SUBSIDISED_JOB', 'AFTERCARE'], 3]],
    age: [45, 8], unemployedMonths: [24, 120], education: [['ISCED_0_2', 65], ['ISCED_3_4', 31], ['ISCED_5_8', 4]],
  },
  'duisburg-modell': {
    definition: DUISBURG_PROJECT,
    paths: [[['WORK_OPPORTUNITY', 'REGULAR_JOB', 'AFTERCARE'], 17], [['WORK_OPPORTUNITY', 'SUBSIDISED_JOB', 'AFTERCARE'], 3]],
    age: [42, 9], unemployedMonths: [24, 96], education: [['ISCED_0_2', 60], ['ISCED_3_4', 35], ['ISCED_5_8', 5]],
  },
  'jobplus-recklinghausen': {
    definition: JOBPLUS_PROJECT,
    paths: [[['PROFILING', 'REGULAR_JOB', 'AFTERCARE'], 3], [['PROFILING', 'SUBSIDISED_JOB', 'AFTERCARE'], 1]],
    age: [43, 9], unemployedMonths: [12, 96], education: [['ISCED_0_2', 55], ['ISCED_3_4', 39], ['ISCED_5_8', 6]],
  },
  'joboffensive-gelsenkirchen': {
    definition: JOBOFFENSIVE_PROJECT,
    paths: [[['PROFILING', 'REGULAR_JOB'], 1]],
    age: [38, 10], unemployedMonths: [6, 48], education: [['ISCED_0_2', 40], ['ISCED_3_4', 50], ['ISCED_5_8', 10]],
  },
};

/** Days a phase lasts: [min, max]. Aftercare is the projects' six months. */
export const PHASE_DAYS: Partial<Record<PhaseKind, readonly [number, number]>> = {
  PROFILING: [30, 120],
  QUALIFICATION: [30, 90],
  WORK_OPPORTUNITY: [60, 180],
  SUBSIDISED_JOB: [180, 720],
  REGULAR_JOB: [90, 365],
  AFTERCARE: [182, 182],
};

export const MAX_PATH = 4;

/** Throws if a path leaves the project's model or is longer than the plan's columns. */
export function assertPathsFollowModel(profile: BulkProfile): void {
  const edges = new Set(transitionsOf(profile.definition).map(([from, to]) => `${from ?? ''}>${to}`));
  for (const [path] of profile.paths) {
    if (path.length > MAX_PATH) throw new Error(`Pfad länger als ${MAX_PATH} Phasen: ${path.join(' → ')}`);
    path.forEach((kind, i) => {
      const from = i === 0 ? '' : path[i - 1];
      if (!edges.has(`${from}>${kind}`)) throw new Error(`${profile.definition.key}: ${from || 'Beginn'} → ${kind} ist im Modell nicht erlaubt`);
      if (!PHASE_DAYS[kind]) throw new Error(`Keine Dauer für ${kind}`);
    });
  }
}
