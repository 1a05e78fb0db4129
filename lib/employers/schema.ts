// Input rules for employers, positions, job coaches and employer acquisition, shared by
// the forms (client) and the use cases; the server always parses again.
import { z } from 'zod';
import { parseEuroToCents } from '../money';
import { day } from '../participants/schema';
import { blankAsUndefined, evenAfterFieldErrors, rawField } from '../validation';

export const EMPLOYER_KINDS = ['PRIVATE_FIRM', 'MUNICIPAL_COMPANY', 'WELFARE_ORGANISATION', 'SOCIAL_ENTERPRISE'] as const;
export const SUBSIDY_INSTRUMENTS = ['PARA_16E', 'PARA_16I', 'PARA_16D', 'NONE'] as const;
/** The pipeline in its order: first contact → in talks → positions committed → filled. */
export const ACQUISITION_STAGES = ['FIRST_CONTACT', 'IN_TALKS', 'COMMITTED', 'FILLED'] as const;
export type AcquisitionStageValue = (typeof ACQUISITION_STAGES)[number];

const text = (max: number, message: string) =>
  z.string(message).trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);
const optionalText = (max: number) => blankAsUndefined(z.string().trim().max(max, `Höchstens ${max} Zeichen.`));
const version = z.coerce.number().int().min(1);
const STALE_FORM = 'Das Formular ist veraltet. Bitte laden Sie die Seite neu.';

const FIELD_MAX = 100;
const FIELDS_MAX = 30;

/** Occupational fields typed one per line or separated by commas or semicolons; blanks and repeats dropped. */
export function splitFields(value: string): string[] {
  const seen = new Map<string, string>();
  for (const part of value.split(/[\n,;]/)) {
    const field = part.trim().replace(/\s+/g, ' ');
    if (field && !seen.has(field.toLowerCase())) seen.set(field.toLowerCase(), field);
  }
  return [...seen.values()];
}

export const EmployerSchema = z.object({
  name: text(200, 'Bitte geben Sie den Namen des Arbeitgebers ein.'),
  kind: z.enum(EMPLOYER_KINDS, { message: 'Bitte wählen Sie die Art des Arbeitgebers aus.' }),
  city: text(100, 'Bitte geben Sie den Ort ein.'),
  district: optionalText(100),
  occupationalFields: z
    .string()
    .optional()
    .transform((v) => splitFields(v ?? ''))
    .pipe(
      z
        .array(z.string().max(FIELD_MAX, `Jedes Berufsfeld darf höchstens ${FIELD_MAX} Zeichen lang sein.`))
        .max(FIELDS_MAX, `Bitte geben Sie höchstens ${FIELDS_MAX} Berufsfelder an.`),
    ),
});
export type EmployerInput = z.infer<typeof EmployerSchema>;
export type EmployerField = keyof z.input<typeof EmployerSchema>;

export const UpdateEmployerSchema = EmployerSchema.extend({ employerId: z.uuid(STALE_FORM), version });
export type UpdateEmployerField = keyof z.input<typeof UpdateEmployerSchema>;

const COUNT = 'Bitte geben Sie die Zahl der Arbeitsplätze als ganze Zahl von 1 bis 10 000 ein.';
const HOURS = 'Bitte geben Sie die Wochenstunden als Zahl von 1 bis 48 ein, höchstens mit einer Nachkommastelle (z. B. 19,5).';
const WAGE = 'Bitte geben Sie den Stundenlohn in Euro ein, z. B. 13,90 (höchstens 200 €).';

/** "19,5" or "19.5" → "19.5" (Decimal(4,1) as a string: never a float on the way). */
const hours = z
  .string()
  .trim()
  .transform((v) => v.replace(',', '.'))
  .refine((v) => /^\d{1,2}(\.\d)?$/.test(v) && Number(v) >= 1 && Number(v) <= 48, HOURS);

const wageCents = z
  .string()
  .trim()
  .refine((v) => {
    const cents = parseEuroToCents(v);
    return cents !== null && cents > 0 && cents <= 20_000;
  }, WAGE)
  .transform((v) => parseEuroToCents(v) as number);

export const PositionSchema = z
  .object({
    projectId: z.uuid(STALE_FORM),
    employerId: z.uuid('Bitte wählen Sie den Arbeitgeber aus.'),
    count: z.coerce.number({ message: COUNT }).int(COUNT).min(1, COUNT).max(10_000, COUNT),
    occupationalField: text(FIELD_MAX, 'Bitte geben Sie das Berufsfeld ein.'),
    workingTime: z.enum(['FULL', 'PART'], { message: 'Bitte wählen Sie Vollzeit oder Teilzeit.' }),
    hoursPerWeek: blankAsUndefined(hours),
    instrument: z.enum(SUBSIDY_INSTRUMENTS, { message: 'Bitte wählen Sie das Förderinstrument aus.' }),
    hourlyWage: blankAsUndefined(wageCents),
    collectiveAgreement: z.literal('ja').optional(),
  })
  // Part time needs its hours, or the subsidy cannot be computed; runs even after other failures.
  .refine((v) => !(rawField(v, 'workingTime') === 'PART' && (rawField(v, 'hoursPerWeek') ?? '') === ''), {
    path: ['hoursPerWeek'],
    message: 'Bei Teilzeit geben Sie bitte die Wochenstunden an.',
    ...evenAfterFieldErrors,
  });
export type PositionInput = z.infer<typeof PositionSchema>;
export type PositionField = keyof z.input<typeof PositionSchema>;

export const UpdatePositionSchema = PositionSchema.safeExtend({ positionId: z.uuid(STALE_FORM), version });
export type UpdatePositionField = keyof z.input<typeof UpdatePositionSchema>;

export const DeletePositionSchema = z.object({ projectId: z.uuid(STALE_FORM), positionId: z.uuid(STALE_FORM), version });

export const JobCoachSchema = z.object({
  projectId: z.uuid(STALE_FORM),
  name: text(200, 'Bitte geben Sie den Namen des Jobcoaches ein.'),
  // Empty: employed by the project (its operator), as in Duisburg; else by this employer (ISB).
  employerId: blankAsUndefined(z.uuid('Bitte wählen Sie den Arbeitgeber aus der Liste.')),
  userId: blankAsUndefined(z.uuid('Bitte wählen Sie ein Konto aus der Liste.')),
});
export type JobCoachInput = z.infer<typeof JobCoachSchema>;
export type JobCoachField = keyof z.input<typeof JobCoachSchema>;

export const UpdateJobCoachSchema = JobCoachSchema.extend({ jobCoachId: z.uuid(STALE_FORM), version });
export type UpdateJobCoachField = keyof z.input<typeof UpdateJobCoachSchema>;

const COMMITTED = 'Bitte geben Sie die zugesagten Arbeitsplätze als ganze Zahl von 0 bis 10 000 ein.';
const committed = z.coerce.number({ message: COMMITTED }).int(COMMITTED).min(0, COMMITTED).max(10_000, COMMITTED);
const stage = z.enum(ACQUISITION_STAGES, { message: 'Bitte wählen Sie die Stufe aus.' });

/** A firm that committed positions has committed at least one. */
const committedFromStage = {
  path: ['positionsCommitted'],
  message: 'Ab der Stufe „Stellen zugesagt“ geben Sie bitte mindestens einen zugesagten Arbeitsplatz an.',
  ...evenAfterFieldErrors,
};
function committedMatchesStage(v: unknown): boolean {
  const s = rawField(v, 'stage');
  const n = Number(rawField(v, 'positionsCommitted') ?? 0);
  return !((s === 'COMMITTED' || s === 'FILLED') && Number.isFinite(n) && n < 1);
}

export const AcquisitionSchema = z
  .object({
    projectId: z.uuid(STALE_FORM),
    employerId: z.uuid('Bitte wählen Sie den Arbeitgeber aus.'),
    stage,
    positionsCommitted: blankAsUndefined(committed),
    firstContactAt: day('Bitte geben Sie das Datum des Erstkontakts als Datum ein.'),
    acquiredById: blankAsUndefined(z.uuid('Bitte wählen Sie die Person aus der Liste.')),
    note: optionalText(1000),
  })
  .refine(committedMatchesStage, committedFromStage);
export type AcquisitionInput = z.infer<typeof AcquisitionSchema>;
export type AcquisitionField = keyof z.input<typeof AcquisitionSchema>;

/** Moving a firm along the pipeline: stage, commitment and note, on the version the form showed. */
export const MoveAcquisitionSchema = z
  .object({
    projectId: z.uuid(STALE_FORM),
    acquisitionId: z.uuid(STALE_FORM),
    version,
    stage,
    positionsCommitted: blankAsUndefined(committed),
    note: optionalText(1000),
  })
  .refine(committedMatchesStage, committedFromStage);
export type MoveAcquisitionInput = z.infer<typeof MoveAcquisitionSchema>;
export type MoveAcquisitionField = keyof z.input<typeof MoveAcquisitionSchema>;

/** The list's query parameters (German, as in the URL); a bad value is ignored, not an error. */
export const EmployerFilterSchema = z.object({
  art: z.enum(EMPLOYER_KINDS).optional().catch(undefined),
  ort: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type EmployerFilter = z.infer<typeof EmployerFilterSchema>;
