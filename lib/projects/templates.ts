// The phase models of the five seed programmes as PhaseTransition edges: which phase may
// follow which. One place, shared by the seed, the tests and the project form, so a
// programme's model cannot drift between the demo data and what coordinators pick.
// Safe to import in the client (no database access).
import type { PhaseKind, ProjectModel } from '../generated/prisma/enums';

/** [from, to]; from null = an allowed first phase of an enrolment. */
export type TransitionEdge = readonly [PhaseKind | null, PhaseKind];

export const PROJECT_MODELS = [
  'WORK_OPPORTUNITY_TO_JOB',
  'SUBSIDISED_JOBS',
  'INTENSIVE_PLACEMENT',
  'JOB_CREATION',
  'PROCUREMENT',
] as const satisfies readonly ProjectModel[];

/** Each model's phase order without the EXIT edges (see withExits). */
export const MODEL_FLOWS: Readonly<Record<ProjectModel, readonly TransitionEdge[]>> = {
  // Duisburg (seed 001): Arbeitsgelegenheit (§16d SGB II) → insured job on the first labour
  // market (subsidised or not) → stabilisation.
  WORK_OPPORTUNITY_TO_JOB: [
    [null, 'WORK_OPPORTUNITY'],
    ['WORK_OPPORTUNITY', 'REGULAR_JOB'],
    ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB'],
    ['REGULAR_JOB', 'AFTERCARE'],
    ['SUBSIDISED_JOB', 'AFTERCARE'],
  ],
  // ISB Dortmund (seed 002): profiling (and qualification) → §16e job → 6 months aftercare.
  SUBSIDISED_JOBS: [
    [null, 'PROFILING'],
    ['PROFILING', 'QUALIFICATION'],
    ['PROFILING', 'SUBSIDISED_JOB'],
    ['QUALIFICATION', 'SUBSIDISED_JOB'],
    ['SUBSIDISED_JOB', 'AFTERCARE'],
  ],
  // Joboffensive Gelsenkirchen (seed 004): intensive placement → (unsubsidised) job.
  INTENSIVE_PLACEMENT: [
    [null, 'PROFILING'],
    ['PROFILING', 'REGULAR_JOB'],
  ],
  // job:plus Recklinghausen (seed 003): selection → insured jobs via employer acquisition.
  JOB_CREATION: [
    [null, 'PROFILING'],
    ['PROFILING', 'REGULAR_JOB'],
    ['PROFILING', 'SUBSIDISED_JOB'],
    ['REGULAR_JOB', 'AFTERCARE'],
    ['SUBSIDISED_JOB', 'AFTERCARE'],
  ],
  // Service Center lokale Arbeit (seed 000): hires through social clauses only, the
  // enrolment starts with the job.
  PROCUREMENT: [[null, 'REGULAR_JOB']],
};

/** The flow plus an EXIT edge from every phase it reaches (an enrolment can always end). */
export function withExits(flow: readonly TransitionEdge[]): TransitionEdge[] {
  const edges: TransitionEdge[] = [...flow];
  for (const [, to] of flow) if (to !== 'EXIT') edges.push([to, 'EXIT']);
  return edges.filter(([from, to], i) => edges.findIndex(([f, t]) => f === from && t === to) === i);
}

/** All edges a project of this model gets. */
export function modelTransitions(model: ProjectModel): TransitionEdge[] {
  return withExits(MODEL_FLOWS[model]);
}

export function edgeKey([from, to]: TransitionEdge): string {
  return `${from ?? 'START'}>${to}`;
}

// ---- Coordinators' own models: the templates are starting points, the edges are edited
// as a table (rows: from Beginn or a phase, columns: to a phase). ----

/** The form's choice besides the templates: edges ticked by hand. */
export const CUSTOM_MODEL = 'CUSTOM';
export type ModelChoice = ProjectModel | typeof CUSTOM_MODEL;

/** Phases in the schema's order; rows of the table are null (Beginn) and every phase but EXIT. */
export const PHASE_ORDER = [
  'PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT',
] as const satisfies readonly PhaseKind[];
export const EDGE_FROM: readonly (PhaseKind | null)[] = [null, ...PHASE_ORDER.filter((k) => k !== 'EXIT')];
export const EDGE_TO: readonly PhaseKind[] = PHASE_ORDER;

/** Cells without a checkbox: a phase does not follow itself, an enrolment does not begin with its exit. */
export function edgeImpossible([from, to]: TransitionEdge): boolean {
  return from === to || (from === null && to === 'EXIT');
}

/** The form field of one cell: a checkbox named edge:START>PROFILING. */
export const EDGE_FIELD_PREFIX = 'edge:';
export const edgeField = (edge: TransitionEdge) => `${EDGE_FIELD_PREFIX}${edgeKey(edge)}`;

/** "START>PROFILING" → [null, 'PROFILING']; null if it names no possible row and column. */
export function parseEdgeKey(key: string): TransitionEdge | null {
  const [from, to, ...rest] = key.split('>');
  if (rest.length > 0 || from === undefined || to === undefined) return null;
  const fromKind = from === 'START' ? null : (EDGE_FROM.find((k) => k === from) ?? undefined);
  const toKind = EDGE_TO.find((k) => k === to);
  return fromKind === undefined || !toKind ? null : [fromKind, toKind];
}

/** The edge keys ticked in raw form values (checkboxes named edge:…), sorted. */
export function tickedEdgeKeys(values: Record<string, unknown>): string[] {
  return Object.keys(values)
    .filter((name) => name.startsWith(EDGE_FIELD_PREFIX) && values[name] !== undefined && values[name] !== '')
    .map((name) => name.slice(EDGE_FIELD_PREFIX.length))
    .sort();
}

function sameEdges(a: readonly TransitionEdge[], b: readonly TransitionEdge[]): boolean {
  const [x, y] = [new Set(a.map(edgeKey)), new Set(b.map(edgeKey))];
  return x.size === y.size && [...x].every((k) => y.has(k));
}

/** The template whose edges are exactly these, or null (a model of the coordinator's own). */
export function templateOf(edges: readonly TransitionEdge[]): ProjectModel | null {
  return PROJECT_MODELS.find((m) => sameEdges(modelTransitions(m), edges)) ?? null;
}

/**
 * The value of the Project.model column (it stays the programme type shown in lists): the
 * template the edges equal; else the template the coordinator started from; for "Eigenes
 * Modell" the template sharing the most edges (the first of equals).
 */
export function storedModel(choice: ModelChoice, edges: readonly TransitionEdge[]): ProjectModel {
  const exact = templateOf(edges);
  if (exact) return exact;
  if (choice !== CUSTOM_MODEL) return choice;
  const keys = new Set(edges.map(edgeKey));
  const overlap = (m: ProjectModel) => modelTransitions(m).filter((e) => keys.has(edgeKey(e))).length;
  return PROJECT_MODELS.reduce((best, m) => (overlap(m) > overlap(best) ? m : best));
}

/** Phases an enrolment can reach from Beginn, but from which no sequence of edges leads to EXIT. */
export function phasesWithoutExit(edges: readonly TransitionEdge[]): PhaseKind[] {
  const reachable = new Set<PhaseKind>();
  const visit = (from: PhaseKind | null) => {
    for (const [f, to] of edges) {
      if (f === from && !reachable.has(to)) {
        reachable.add(to);
        visit(to);
      }
    }
  };
  visit(null);
  const exits = new Set<PhaseKind>(['EXIT']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [from, to] of edges) {
      if (from && exits.has(to) && !exits.has(from)) {
        exits.add(from);
        grew = true;
      }
    }
  }
  return PHASE_ORDER.filter((k) => reachable.has(k) && !exits.has(k));
}
