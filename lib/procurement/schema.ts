// Input rules for tenders and their social clauses (Vergabe, Eignungsprüfung, Sozialklausel),
// shared by the forms (client) and the use cases; the server always parses again.
import { z } from 'zod';
import { parseEuroToCents } from '../money';
import { day } from '../participants/schema';
import { blankAsUndefined, evenAfterFieldErrors, rawField } from '../validation';

export const TENDER_KINDS = ['WORKS', 'SERVICES', 'SUPPLIES'] as const;
export const CLAUSE_TYPES = ['PERFORMANCE_CONDITION', 'AWARD_CRITERION', 'RESERVED_CONTRACT'] as const;

const text = (max: number, message: string) => z.string(message).trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);
const optionalText = (max: number) => blankAsUndefined(z.string().trim().max(max, `Höchstens ${max} Zeichen.`));
const yesNo = (message: string) => z.enum(['ja', 'nein'], { message }).transform((v) => v === 'ja');
const count = (max: number, message: string) => z.coerce.number({ message }).int(message).min(0, message).max(max, message);

// Every change on a tender page carries the tender's version: the tender is the aggregate
// its check, clause, hires and visits hang on, so two people editing it are told, not overwritten.
const onTender = { tenderId: z.uuid('Diese Vergabe gibt es nicht.'), version: z.coerce.number().int().min(1) };

const VALUE = 'Bitte geben Sie den geschätzten Auftragswert in Euro ein, z. B. 250.000 oder 1.250.000,50.';

/** Euros as typed ("1.250.000,50") to integer cents; money is never a float. */
const euros = z
  .string(VALUE)
  .refine((v) => (parseEuroToCents(v) ?? 0) > 0, VALUE)
  .transform((v) => BigInt(parseEuroToCents(v) ?? 0));

const tenderFields = {
  reference: text(50, 'Bitte geben Sie das Aktenzeichen der Vergabe ein.'),
  title: text(200, 'Bitte geben Sie den Titel der Vergabe ein.'),
  orderingDepartment: text(200, 'Bitte geben Sie den Bedarfsträger (Fachbereich) ein.'),
  kind: z.enum(TENDER_KINDS, { message: 'Bitte wählen Sie die Art der Leistung aus.' }),
  estimatedValue: euros,
  publishedAt: day('Bitte geben Sie das Datum der Veröffentlichung als Datum ein.'),
  projectId: blankAsUndefined(z.uuid('Bitte wählen Sie ein Projekt aus der Liste.')),
};

export const CreateTenderSchema = z.object(tenderFields);
export const UpdateTenderSchema = z.object({ ...onTender, ...tenderFields });

export type TenderInput = z.infer<typeof CreateTenderSchema>;
export type TenderField = keyof z.input<typeof UpdateTenderSchema>;

export const SuitabilityCheckSchema = z.object({
  ...onTender,
  suitable: yesNo('Bitte geben Sie an, ob die Vergabe für eine Sozialklausel geeignet ist.'),
  reason: text(1000, 'Bitte begründen Sie das Ergebnis der Prüfung.'),
  checkedAt: day('Bitte geben Sie das Datum der Prüfung als Datum ein.'),
});

export type SuitabilityCheckField = keyof z.input<typeof SuitabilityCheckSchema>;

const HIRES = 'Bitte geben Sie die zugesagten Einstellungen als ganze Zahl von 0 bis 10.000 ein.';
const HOURS = 'Bitte geben Sie die zugesagten Stunden als ganze Zahl von 0 bis 1.000.000 ein.';

export const SocialClauseSchema = z
  .object({
    ...onTender,
    type: z.enum(CLAUSE_TYPES, { message: 'Bitte wählen Sie die Art der Sozialklausel aus.' }),
    committedHires: blankAsUndefined(count(10_000, HIRES)),
    committedHours: blankAsUndefined(count(1_000_000, HOURS)),
    // A checkbox: sent as "ja" when ticked, absent otherwise (job:plus: „zum Schutz der bereits Beschäftigten“).
    protectsExistingStaff: z.preprocess((v) => v === 'ja', z.boolean()),
    contractor: optionalText(200),
    termStart: blankAsUndefined(day('Bitte geben Sie den Beginn der Vertragslaufzeit als Datum ein.')),
    termEnd: blankAsUndefined(day('Bitte geben Sie das Ende der Vertragslaufzeit als Datum ein.')),
  })
  .refine(
    (v) => {
      const [start, end] = [rawField(v, 'termStart'), rawField(v, 'termEnd')];
      return !(start instanceof Date && end instanceof Date && end < start);
    },
    { path: ['termEnd'], message: 'Das Ende der Vertragslaufzeit darf nicht vor ihrem Beginn liegen.', ...evenAfterFieldErrors },
  )
  .refine(
    (v) => {
      const [hires, hours] = [rawField(v, 'committedHires'), rawField(v, 'committedHours')];
      // Only judged once both parsed as numbers or were left blank.
      if ((hires !== undefined && typeof hires !== 'number') || (hours !== undefined && typeof hours !== 'number')) return true;
      return (hires ?? 0) > 0 || (hours ?? 0) > 0;
    },
    { path: ['committedHires'], message: 'Bitte geben Sie zugesagte Einstellungen oder Stunden für Langzeitarbeitslose an.', ...evenAfterFieldErrors },
  );

export type SocialClauseInput = z.infer<typeof SocialClauseSchema>;
export type SocialClauseField = keyof z.input<typeof SocialClauseSchema>;

export const DeliveredHireSchema = z.object({
  ...onTender,
  pseudonym: z
    .string('Bitte geben Sie das Pseudonym der eingestellten Person ein.')
    .trim()
    .toUpperCase()
    .regex(/^TN-[A-Z0-9]{4,20}$/, 'Bitte geben Sie das Pseudonym ein, wie es in der Teilnahme steht, z. B. TN-ABCD2345.'),
  hiredAt: day('Bitte geben Sie das Datum der Einstellung als Datum ein.'),
});

export type DeliveredHireField = keyof z.input<typeof DeliveredHireSchema>;

export const CHECK_MONTHS = [6, 12] as const;
const DUE = 'Bitte wählen Sie die fällige Prüfung aus der Liste.';

/** The select's value is "deliveredHireId:months". */
export const EmploymentCheckSchema = z.object({
  ...onTender,
  due: z
    .string(DUE)
    .regex(/^[0-9a-f-]{36}:(6|12)$/i, DUE)
    .transform((v) => {
      const [deliveredHireId = '', months = ''] = v.split(':');
      return { deliveredHireId, months: Number(months) as (typeof CHECK_MONTHS)[number] };
    }),
  stillEmployed: yesNo('Bitte geben Sie an, ob die Person noch beim Auftragnehmer beschäftigt ist.'),
});

export type EmploymentCheckField = keyof z.input<typeof EmploymentCheckSchema>;

export const MonitoringVisitSchema = z
  .object({
    ...onTender,
    visitedAt: day('Bitte geben Sie das Datum der Prüfung vor Ort als Datum ein.'),
    findings: text(2000, 'Bitte beschreiben Sie das Ergebnis der Prüfung.'),
    deviation: yesNo('Bitte geben Sie an, ob eine Abweichung von der Sozialklausel festgestellt wurde.'),
    sanction: optionalText(500),
  })
  .refine((v) => !(rawField(v, 'deviation') === false && typeof rawField(v, 'sanction') === 'string'), {
    path: ['sanction'],
    message: 'Eine Sanktion setzt eine festgestellte Abweichung voraus.',
    ...evenAfterFieldErrors,
  });

export type MonitoringVisitField = keyof z.input<typeof MonitoringVisitSchema>;

/** Filters of the tender list, from the URL; anything malformed is ignored. */
export const TenderFilterSchema = z.object({
  jahr: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  projekt: z.uuid().optional().catch(undefined),
});

export type TenderFilter = z.infer<typeof TenderFilterSchema>;
