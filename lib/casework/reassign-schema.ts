// Input rules for handing enrolments over to another caseworker or job coach, shared by
// the form (client) and the use case; the server always parses again.
import { z } from 'zod';
import { evenAfterFieldErrors, rawField } from '../validation';

export const REASSIGN_ROLES = ['caseworker', 'jobCoach'] as const;
export type ReassignRole = (typeof REASSIGN_ROLES)[number];

/** At most this many enrolments in one batch: one transaction stays short. */
export const MAX_BATCH = 500;

const SELECTION = 'Die Auswahl ist ungültig. Bitte laden Sie die Seite neu.';

/** A checkbox's value is "enrolmentId:version"; other callers may pass objects. */
function toSelection(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item !== 'string') return item;
    const [enrolmentId, version] = item.split(':');
    return { enrolmentId, version };
  });
}

const Selected = z.object(
  {
    enrolmentId: z.uuid(SELECTION),
    version: z.coerce.number(SELECTION).int(SELECTION).min(1, SELECTION),
  },
  SELECTION,
);

export const ReassignSchema = z
  .object({
    projectId: z.uuid('Bitte wählen Sie ein Projekt aus.'),
    role: z.enum(REASSIGN_ROLES, { message: 'Bitte wählen Sie, ob das Fallmanagement oder das Jobcoaching übergeben wird.' }),
    targetId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid('Bitte wählen Sie, an wen übergeben wird.')),
    enrolments: z.preprocess(
      toSelection,
      z
        .array(Selected, SELECTION)
        .min(1, 'Bitte wählen Sie mindestens eine Teilnahme aus.')
        .max(MAX_BATCH, `Bitte wählen Sie höchstens ${MAX_BATCH} Teilnahmen auf einmal aus.`),
    ),
  })
  // Runs even when another field failed, so both problems show at once; reads the parsed
  // list only if it parsed (an unparsed list cannot be checked for duplicates).
  .refine(
    (v) => {
      const list = rawField(v, 'enrolments');
      if (!Array.isArray(list)) return true;
      const ids = list.map((e: unknown) => (typeof e === 'object' && e !== null ? rawField(e, 'enrolmentId') : e));
      return new Set(ids).size === ids.length;
    },
    { path: ['enrolments'], message: 'Jede Teilnahme darf nur einmal ausgewählt sein.', ...evenAfterFieldErrors },
  );

export type ReassignInput = z.infer<typeof ReassignSchema>;
export type ReassignField = keyof z.input<typeof ReassignSchema>;

/**
 * The page's query parameters: project, the person whose enrolments are listed
 * ("fallmanagement:<id>", "jobcoach:<id>", or ":ohne" for the unassigned), the key of
 * the last row shown, and "alle=1" to tick every box (works without JavaScript).
 * Ids only in the URL: URLs end up in logs.
 */
const PERSON = /^(fallmanagement|jobcoach):(ohne|[0-9a-f-]{36})$/i;

export const ReassignFilterSchema = z.object({
  projekt: z.uuid().optional().catch(undefined),
  person: z
    .string()
    .regex(PERSON)
    .transform((v) => {
      const [role, id] = v.split(':') as [string, string];
      return { role: (role.toLowerCase() === 'jobcoach' ? 'jobCoach' : 'caseworker') as ReassignRole, personId: id.toLowerCase() === 'ohne' ? null : id.toLowerCase() };
    })
    .pipe(z.object({ role: z.enum(REASSIGN_ROLES), personId: z.uuid().nullable() }))
    .optional()
    .catch(undefined),
  nach: z.uuid().optional().catch(undefined),
  alle: z.literal('1').optional().catch(undefined),
});
export type ReassignFilter = z.infer<typeof ReassignFilterSchema>;

export function personParam(role: ReassignRole, personId: string | null): string {
  return `${role === 'jobCoach' ? 'jobcoach' : 'fallmanagement'}:${personId ?? 'ohne'}`;
}
