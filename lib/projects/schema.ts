// Input rules for creating and editing a project, shared by the form (client) and the
// use cases; the server always parses again. German messages at the field.
import { z } from 'zod';
import { parseEuroToCents } from '../money';
import { day } from '../participants/schema';
import { blankAsUndefined, evenAfterFieldErrors, rawField } from '../validation';
import { PHASE_LABELS } from '../casework/phase-rules';
import {
  CUSTOM_MODEL, edgeImpossible, parseEdgeKey, phasesWithoutExit, PROJECT_MODELS, tickedEdgeKeys, type TransitionEdge,
} from './templates';

const text = (max: number, empty: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(max, `Höchstens ${max} Zeichen.`);

/** An optional whole number in [min, max]; empty = no target. */
const optionalCount = (min: number, max: number, what: string) => {
  const message = `${what}: bitte eine ganze Zahl von ${min} bis ${max.toLocaleString('de-DE')} eingeben.`;
  return blankAsUndefined(z.coerce.number({ message }).int(message).min(min, message).max(max, message));
};

const BUDGET = 'Bitte geben Sie das Budget als Euro-Betrag ein, z. B. 3.500.000 oder 3500000,00.';
/** Euros as typed → integer cents as BigInt; refined first so the German message is the one reported. */
export const euroAmount = (message: string) =>
  z
    .string({ message })
    .refine((v) => parseEuroToCents(v) !== null, message)
    .transform((v) => BigInt(parseEuroToCents(v) ?? 0));

// Kürzel: stable, readable, used in links and exports (e.g. isb-dortmund).
const SHORT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

/**
 * The model's edges as keys ("START>PROFILING"). Checked here rather than left to casework:
 * an enrolment must be able to begin, and to end from every phase it can reach, because
 * casework allows EXIT only where the model lists it (allowedNextKinds).
 */
const transitions = z
  .array(z.string(), { message: 'Bitte kreuzen Sie die erlaubten Phasenfolgen an.' })
  .superRefine((keys, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    const edges = keys.map(parseEdgeKey);
    if (edges.some((e) => e === null)) return fail('Unbekannte Phasenfolge. Bitte laden Sie die Seite neu.');
    const known = edges as TransitionEdge[];
    const self = known.find(([from, to]) => from === to);
    if (self) return fail(`„${PHASE_LABELS[self[1]]}“ kann nicht auf sich selbst folgen.`);
    if (known.some(edgeImpossible)) return fail('Eine Teilnahme kann nicht mit dem Austritt beginnen.');
    if (!known.some(([from]) => from === null)) {
      return fail('Bitte kreuzen Sie in der Zeile „Beginn“ mindestens eine Phase an, mit der eine Teilnahme beginnen kann.');
    }
    const stranded = phasesWithoutExit(known);
    if (stranded.length > 0) {
      const list = stranded.map((k) => `„${PHASE_LABELS[k]}“`).join(', ');
      fail(`Aus ${list} führt kein Weg zum Austritt. Bitte kreuzen Sie dort einen Übergang an, der zum Austritt führt.`);
    }
  })
  .transform((keys) => [...new Set(keys)].map((k) => parseEdgeKey(k)!));

const fields = {
  name: text(200, 'Bitte geben Sie den Namen des Projekts ein.'),
  shortName: z
    .string({ message: 'Bitte geben Sie ein Kürzel ein.' })
    .trim()
    .toLowerCase()
    .min(1, 'Bitte geben Sie ein Kürzel ein.')
    .regex(SHORT_NAME, 'Das Kürzel besteht aus höchstens 50 Kleinbuchstaben, Ziffern und Bindestrichen, z. B. isb-dortmund.'),
  city: text(100, 'Bitte geben Sie die Stadt oder den Kreis ein.'),
  model: z.enum([...PROJECT_MODELS, CUSTOM_MODEL], { message: 'Bitte wählen Sie ein Modell aus.' }),
  transitions,
  description: blankAsUndefined(z.string().trim().max(2000, 'Höchstens 2000 Zeichen.')),
  startDate: day('Bitte geben Sie den Beginn als Datum ein.'),
  endDate: blankAsUndefined(day('Bitte geben Sie das Ende als Datum ein.')),
  targetParticipants: optionalCount(1, 100_000, 'Teilnehmende'),
  targetPositions: optionalCount(1, 100_000, 'Arbeitsplätze'),
  targetPlacements: optionalCount(1, 100_000, 'Integrationen'),
  caseloadRatio: optionalCount(1, 1_000, 'Betreuungsschlüssel'),
  contactsPerMonth: optionalCount(1, 31, 'Kontakte je Monat'),
  aftercareMonths: optionalCount(0, 36, 'Nachbetreuung'),
  budget: blankAsUndefined(euroAmount(BUDGET)),
};

// Runs even when another field failed, so every problem is reported at once; compares
// only dates that parsed.
function endNotBeforeStart(v: unknown): boolean {
  const [start, end] = [rawField(v, 'startDate'), rawField(v, 'endDate')];
  return !(start instanceof Date && end instanceof Date && end < start);
}
const END_BEFORE_START = { path: ['endDate'], message: 'Das Ende darf nicht vor dem Beginn liegen.', ...evenAfterFieldErrors };

/** Form values carry one checkbox per edge (edge:START>PROFILING); other callers may pass transitions. */
function collectTransitions(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const values = raw as Record<string, unknown>;
  return Array.isArray(values.transitions) ? values : { ...values, transitions: tickedEdgeKeys(values) };
}

const createObject = z.object(fields).refine(endNotBeforeStart, END_BEFORE_START);
const updateObject = z
  .object({ ...fields, id: z.uuid('Unbekanntes Projekt.'), version: z.coerce.number().int().min(1) })
  .refine(endNotBeforeStart, END_BEFORE_START);

export const CreateProjectSchema = z.preprocess(collectTransitions, createObject);
export const UpdateProjectSchema = z.preprocess(collectTransitions, updateObject);

export type ProjectInput = z.infer<typeof createObject>;
export type ProjectField = keyof z.input<typeof updateObject>;

export type ProjectFormState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<ProjectField, string>>; values: Record<string, string> }
  /** Nothing saved: the form again with the chosen template's edges ticked (works without JavaScript). */
  | { status: 'template'; values: Record<string, string> };
