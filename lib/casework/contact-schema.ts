// Input rules for contacts and support services (§16a SGB II), shared by the forms
// (client) and the use cases; the server always parses again.
import { z } from 'zod';
import { day } from '../participants/schema';
import { blankAsUndefined } from '../validation';

export const CONTACT_KINDS = ['IN_PERSON', 'PHONE', 'EMAIL', 'HOME_VISIT', 'AT_EMPLOYER'] as const;
export const SERVICE_KINDS = [
  'DEBT_COUNSELLING', 'ADDICTION_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', 'CHILDCARE', 'LANGUAGE_COURSE', 'DRIVING_LICENCE', 'HEALTH', 'OTHER',
] as const;
export const SERVICE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;

/** Health, addiction and psychosocial counselling are special categories of data (Art. 9 GDPR). */
export const SPECIAL_CATEGORY_KINDS: readonly (typeof SERVICE_KINDS)[number][] = ['ADDICTION_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', 'HEALTH'];

const DURATION = 'Bitte geben Sie die Dauer als ganze Zahl von 1 bis 600 Minuten ein.';
const optionalText = (max: number, message: string) => blankAsUndefined(z.string().trim().max(max, message));

export const LogContactSchema = z.object({
  enrolmentId: z.uuid(),
  version: z.coerce.number().int().min(1),
  // A calendar day only: stored at 12:00 UTC (see contactTimestamp).
  occurredAt: day('Bitte geben Sie das Datum des Kontakts als Datum ein.'),
  kind: z.enum(CONTACT_KINDS, { message: 'Bitte wählen Sie die Art des Kontakts aus.' }),
  durationMinutes: z.coerce.number({ message: DURATION }).int(DURATION).min(1, DURATION).max(600, DURATION),
  note: optionalText(500, 'Die Notiz darf höchstens 500 Zeichen lang sein.'),
});

export type LogContactInput = z.infer<typeof LogContactSchema>;
export type LogContactField = keyof z.input<typeof LogContactSchema>;

/**
 * Contacts are counted per calendar day and month (contacts per participant per month),
 * and the timeline formats days in UTC. Noon UTC is the same calendar day in Germany all
 * year (13:00 CET / 14:00 CEST), so no time-zone arithmetic can move a contact to another day.
 */
export function contactTimestamp(day: Date): Date {
  return new Date(day.getTime() + 12 * 3600 * 1000);
}

export const RecordSupportServiceSchema = z
  .object({
    enrolmentId: z.uuid(),
    version: z.coerce.number().int().min(1),
    kind: z.enum(SERVICE_KINDS, { message: 'Bitte wählen Sie die Leistung aus.' }),
    status: z.enum(SERVICE_STATUSES, { message: 'Bitte wählen Sie den Stand der Leistung aus.' }),
    startDate: day('Bitte geben Sie den Beginn als Datum ein.'),
    endDate: blankAsUndefined(day('Bitte geben Sie das Ende als Datum ein.')),
    provider: optionalText(200, 'Der Träger darf höchstens 200 Zeichen lang sein.'),
    note: optionalText(500, 'Die Notiz darf höchstens 500 Zeichen lang sein.'),
  })
  // `when` makes this run even after an aborting failure elsewhere (a kind or status not in
  // the list), which a plain `.check` would skip; `v` may then hold unparsed fields, so only dates
  // that parsed are compared, and only if the input is an object at all.
  .refine(
    (v) => {
      const { startDate, endDate } = v as Record<string, unknown>;
      return !(startDate instanceof Date && endDate instanceof Date && endDate < startDate);
    },
    { path: ['endDate'], message: 'Das Ende darf nicht vor dem Beginn liegen.', when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type RecordSupportServiceInput = z.infer<typeof RecordSupportServiceSchema>;
export type RecordSupportServiceField = keyof z.input<typeof RecordSupportServiceSchema>;
