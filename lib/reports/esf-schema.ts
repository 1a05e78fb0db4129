// Filters and table keys of the ESF+ indicator report; safe to import in the client.
import { z } from 'zod';

/** The report's tables, as they appear in the URL of their CSV export (?tabelle=…). */
export const ESF_TABLES = ['geschlecht', 'alter', 'bildung', 'status', 'austritt', 'nach-6-monaten'] as const;
export type EsfTableKey = (typeof ESF_TABLES)[number];

/** The categories of each table, in the order they are shown; every entry falls into exactly one. */
export const ESF_CATEGORIES = {
  geschlecht: ['FEMALE', 'MALE', 'DIVERSE'],
  alter: ['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_54', 'FROM_55'],
  bildung: ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'],
  status: ['LONG_TERM_UNEMPLOYED', 'UNEMPLOYED', 'LONG_TERM_BENEFITS', 'OTHER'],
  austritt: ['EMPLOYED', 'TRAINING', 'OTHER', 'STILL_ENROLLED'],
  'nach-6-monaten': ['EMPLOYED_NEEDS_COVERING', 'EMPLOYED', 'NOT_EMPLOYED', 'UNKNOWN', 'STILL_ENROLLED'],
} as const satisfies Record<EsfTableKey, readonly string[]>;

/** Message keys of each table under esfReport.tables / .categories (a URL key is no message path). */
export const ESF_MESSAGE_KEY: Record<EsfTableKey, string> = {
  geschlecht: 'sex',
  alter: 'age',
  bildung: 'education',
  status: 'status',
  austritt: 'exit',
  'nach-6-monaten': 'afterSixMonths',
};

export type EsfCategory<K extends EsfTableKey = EsfTableKey> = (typeof ESF_CATEGORIES)[K][number];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // Date rolls 2019-02-31 over to 3 March: only a day that reads back the same is real.
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  })
  .transform((v) => new Date(`${v}T00:00:00Z`));

/** Filters from the URL (a GET form): anything malformed is ignored, as in the other lists. */
export const EsfFilterSchema = z.object({
  projekt: z.uuid().optional().catch(undefined),
  von: isoDay.optional().catch(undefined),
  bis: isoDay.optional().catch(undefined),
});

export type EsfFilter = z.infer<typeof EsfFilterSchema>;

export const EsfTableParamSchema = z.enum(ESF_TABLES);

/** The filter back as URL parameters, for the CSV links and the print view. */
export function esfFilterQuery(filter: EsfFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filter.projekt) params.set('projekt', filter.projekt);
  if (filter.von) params.set('von', filter.von.toISOString().slice(0, 10));
  if (filter.bis) params.set('bis', filter.bis.toISOString().slice(0, 10));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A period whose end lies before its start counts nothing: the form says so instead. */
export function periodError(filter: EsfFilter): string | null {
  return filter.von && filter.bis && filter.von > filter.bis ? 'Das Ende des Zeitraums liegt vor seinem Beginn.' : null;
}
