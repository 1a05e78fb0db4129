// The dashboard's filter as it stands in the URL (a GET form, so a view can be bookmarked
// and exported): ?ebene=projekt|stadt|land&projekt=<id>&stadt=<name>&von=YYYY-MM&bis=YYYY-MM&einteilung=….
// A value that does not parse falls back to the default, like the other list filters.
import { z } from 'zod';

export const LEVEL_PARAM = { projekt: 'project', stadt: 'city', land: 'land' } as const;
export type LevelParam = keyof typeof LEVEL_PARAM;

/** The time series' rows: ?einteilung=monat|quartal|jahr, or chosen from the period's length. */
export const STEP_PARAM = { monat: 'month', quartal: 'quarter', jahr: 'year' } as const;
export type StepParam = keyof typeof STEP_PARAM;
export type Step = (typeof STEP_PARAM)[StepParam];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const month = z.string().regex(MONTH).optional().catch(undefined);

export const DashboardFilterSchema = z.object({
  ebene: z.enum(Object.keys(LEVEL_PARAM) as [LevelParam, ...LevelParam[]]).optional().catch(undefined),
  projekt: z.uuid().optional().catch(undefined),
  stadt: z.string().trim().min(1).max(100).optional().catch(undefined),
  von: month,
  bis: month,
  einteilung: z.enum(Object.keys(STEP_PARAM) as [StepParam, ...StepParam[]]).optional().catch(undefined),
});

export type DashboardFilter = z.infer<typeof DashboardFilterSchema>;

/** The tables a CSV export can be asked for (?tabelle=). */
export const DASHBOARD_TABLES = ['vermittlungen', 'nachhaltigkeit', 'phasen', 'kontakte', 'vergleich'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** The first day of a "YYYY-MM" month, as a UTC date (DATE columns are calendar days). */
export function monthStart(value: string): Date {
  const [, y, m] = MONTH.exec(value)!;
  return new Date(Date.UTC(Number(y), Number(m) - 1, 1));
}

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The longest period one view shows, in months: 20 years of a programme, month by month. */
export const MAX_MONTHS = 240;
