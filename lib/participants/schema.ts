// Input rules for participant records, shared by the form (client) and the
// server action; the server always parses again.
import { z } from 'zod';
import { blankAsUndefined, evenAfterFieldErrors, rawField } from '../validation';

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);
const optionalText = (max: number) => blankAsUndefined(z.string().trim().max(max, `Höchstens ${max} Zeichen.`));

/** A calendar day from <input type="date">, as UTC midnight. */
export const day = (message: string) =>
  z
    .string()
    // Date rolls 2019-02-31 over to 3 March: only a day that reads back the same is real.
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, message)
    .transform((v) => new Date(`${v}T00:00:00Z`));

const optionalDay = (message: string) => blankAsUndefined(day(message));

// Kundennummer of the Bundesagentur für Arbeit: three digits, a letter, six digits.
export const CUSTOMER_NUMBER = /^\d{3}[A-Z]\d{6}$/;

export const RegisterParticipantSchema = z
  .object({
    firstName: text(100, 'Bitte geben Sie den Vornamen ein.'),
    lastName: text(100, 'Bitte geben Sie den Nachnamen ein.'),
    birthDate: day('Bitte geben Sie das Geburtsdatum als Datum ein.'),
    customerNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(CUSTOMER_NUMBER, 'Die Kundennummer hat das Format 123D456789 (drei Ziffern, ein Buchstabe, sechs Ziffern).'),
    street: optionalText(200),
    postalCode: blankAsUndefined(z.string().trim().regex(/^\d{5}$/, 'Die Postleitzahl hat fünf Ziffern.')),
    city: optionalText(100),
    sex: z.enum(['FEMALE', 'MALE', 'DIVERSE'], { message: 'Bitte wählen Sie das Geschlecht aus.' }),
    educationLevel: z.enum(['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'], { message: 'Bitte wählen Sie den Bildungsstand aus.' }),
    unemployedSince: optionalDay('Bitte geben Sie das Datum als Datum ein.'),
    benefitYearsInLast7: blankAsUndefined(
      z.coerce.number({ message: 'Bitte eine ganze Zahl von 0 bis 7.' }).int('Bitte eine ganze Zahl von 0 bis 7.').min(0, 'Bitte eine ganze Zahl von 0 bis 7.').max(7, 'Bitte eine ganze Zahl von 0 bis 7.'),
    ),
    projectId: z.uuid('Bitte wählen Sie ein Projekt aus.'),
    enrolledAt: day('Bitte geben Sie das Zuweisungsdatum als Datum ein.'),
    jobCoachId: blankAsUndefined(z.uuid('Bitte wählen Sie einen Jobcoach aus der Liste.')),
    // Set when the caseworker confirmed that a person with the same name and birth
    // date is someone else.
    confirmedDifferentPerson: z.literal('ja').optional(),
  })
  // Run even when other fields failed; compare only dates that parsed.
  .refine(
    (v) => {
      const [birth, enrolled] = [rawField(v, 'birthDate'), rawField(v, 'enrolledAt')];
      if (!(birth instanceof Date && enrolled instanceof Date)) return true;
      const age = (enrolled.getTime() - birth.getTime()) / (365.2425 * 24 * 3600 * 1000);
      return age >= 15 && age <= 75;
    },
    { path: ['birthDate'], message: 'Das Geburtsdatum ergibt kein erwerbsfähiges Alter (15 bis 75 Jahre) zum Zuweisungsdatum.', ...evenAfterFieldErrors },
  )
  .refine(
    (v) => {
      const [since, enrolled] = [rawField(v, 'unemployedSince'), rawField(v, 'enrolledAt')];
      return !(since instanceof Date && enrolled instanceof Date && since > enrolled);
    },
    { path: ['unemployedSince'], message: 'Arbeitslos seit darf nicht nach dem Zuweisungsdatum liegen.', ...evenAfterFieldErrors },
  );

export type RegisterParticipantInput = z.infer<typeof RegisterParticipantSchema>;
export type RegisterField = keyof z.input<typeof RegisterParticipantSchema>;

export interface DuplicateCandidate {
  id: string;
  pseudonym: string;
  name: string;
  birthDate: string;
  customerNumber: string;
  reason: 'CUSTOMER_NUMBER' | 'NAME_AND_BIRTH_DATE';
}

export type ActionState<F extends string = string> =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<F, string>>; values?: Record<string, string> }
  | { status: 'duplicate'; message: string; duplicates: DuplicateCandidate[]; values: Record<string, string> };
