// The CSV format of the participant import: its columns, the words accepted in them,
// and the shape of the preview. Safe to import in the client. The values are German
// whatever the UI language: they come from German offices' exports.
import type { EducationLevel, ExitReason, PhaseKind, Sex, SubsidyInstrument } from '../generated/prisma/enums';
import de from '../../messages/de.json';

// Next.js caps a server action's request at 1 MB unless next.config raises
// serverActions.bodySizeLimit; the preview sends the file and the confirmation sends
// its text again, each within that cap. Both limits come with a clear message.
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;

export const IMPORT_COLUMNS = [
  { key: 'customerNumber', header: 'Kundennummer', required: true, aliases: ['Kundennr', 'Kunden-Nr'] },
  { key: 'lastName', header: 'Nachname', required: true, aliases: ['Name', 'Familienname'] },
  { key: 'firstName', header: 'Vorname', required: true, aliases: [] },
  { key: 'birthDate', header: 'Geburtsdatum', required: true, aliases: ['Geburtstag'] },
  { key: 'sex', header: 'Geschlecht', required: true, aliases: [] },
  { key: 'educationLevel', header: 'Bildungsstand', required: true, aliases: ['Bildung'] },
  { key: 'unemployedSince', header: 'Arbeitslos seit', required: false, aliases: [] },
  { key: 'benefitYearsInLast7', header: 'Leistungsjahre in den letzten 7 Jahren', required: false, aliases: ['Leistungsjahre'] },
  { key: 'street', header: 'Straße', required: false, aliases: ['Strasse', 'Straße und Hausnummer', 'Anschrift'] },
  { key: 'postalCode', header: 'PLZ', required: false, aliases: ['Postleitzahl'] },
  { key: 'city', header: 'Ort', required: false, aliases: ['Wohnort'] },
  { key: 'project', header: 'Projekt', required: true, aliases: ['Projektkürzel', 'Kurzname'] },
  { key: 'enrolledAt', header: 'Eintritt', required: true, aliases: ['Zuweisung', 'Zuweisung am', 'Eintrittsdatum'] },
  { key: 'phase', header: 'Phase', required: false, aliases: [] },
  { key: 'phaseStart', header: 'Phase ab', required: false, aliases: ['Phase von', 'Beginn'] },
  { key: 'phaseEnd', header: 'Phase bis', required: false, aliases: ['Ende'] },
  { key: 'instrument', header: 'Förderinstrument', required: false, aliases: ['Förderung'] },
  { key: 'employer', header: 'Arbeitgeber', required: false, aliases: [] },
  { key: 'hoursPerWeek', header: 'Wochenstunden', required: false, aliases: ['Stunden'] },
  { key: 'monthlyWage', header: 'Monatslohn', required: false, aliases: ['Lohn', 'Monatslohn brutto'] },
  { key: 'exitReason', header: 'Austrittsgrund', required: false, aliases: [] },
] as const satisfies readonly { key: string; header: string; required: boolean; aliases: readonly string[] }[];

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];
export type ImportHeader = (typeof IMPORT_COLUMNS)[number]['header'];

export const COLUMN_HEADER = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportColumn, ImportHeader>;

/** The person and enrolment columns: every row of one person must agree on them. */
export const PERSON_COLUMNS = [
  'customerNumber', 'lastName', 'firstName', 'birthDate', 'sex', 'educationLevel', 'unemployedSince',
  'benefitYearsInLast7', 'street', 'postalCode', 'city', 'project', 'enrolledAt',
] as const satisfies readonly ImportColumn[];
export const PHASE_COLUMNS = ['phase', 'phaseStart', 'phaseEnd', 'instrument', 'employer', 'hoursPerWeek', 'monthlyWage', 'exitReason'] as const satisfies readonly ImportColumn[];

/** "Geburtsdatum (TT.MM.JJJJ)", "geburtsdatum", "GEBURTSDATUM " are the same header. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/\(.*?\)/g, '').replace(/ß/g, 'ss').replace(/[^a-z0-9äöü]/g, '');
}

export function columnForHeader(header: string): ImportColumn | null {
  const key = headerKey(header);
  if (!key) return null;
  return IMPORT_COLUMNS.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key))?.key ?? null;
}

const valueKey = (value: string) => value.toLowerCase().replace(/ß/g, 'ss').replace(/[\s§.,_()/–-]/g, '');

function table<T extends string>(entries: Record<T, readonly string[]>): (value: string) => T | null {
  const map = new Map<string, T>();
  for (const [code, words] of Object.entries(entries) as [T, readonly string[]][]) {
    for (const word of [code, ...words]) map.set(valueKey(word), code);
  }
  return (value) => map.get(valueKey(value)) ?? null;
}

export const parseSex = table<Sex>({
  FEMALE: ['w', 'f', 'weiblich', 'female', de.participants.sexes.FEMALE],
  MALE: ['m', 'männlich', 'maennlich', 'male', de.participants.sexes.MALE],
  DIVERSE: ['d', 'x', 'divers', 'diverse', de.participants.sexes.DIVERSE],
});

export const parseEducationLevel = table<EducationLevel>({
  ISCED_0_2: ['ISCED 0-2', '0-2', de.participants.education.ISCED_0_2],
  ISCED_3_4: ['ISCED 3-4', '3-4', de.participants.education.ISCED_3_4],
  ISCED_5_8: ['ISCED 5-8', '5-8', de.participants.education.ISCED_5_8],
});

export const parsePhaseKind = table<PhaseKind>({
  PROFILING: [de.phases.PROFILING, 'Kompetenzfeststellung'],
  WORK_OPPORTUNITY: [de.phases.WORK_OPPORTUNITY, 'Arbeitsgelegenheit', 'AGH'],
  QUALIFICATION: [de.phases.QUALIFICATION],
  SUBSIDISED_JOB: [de.phases.SUBSIDISED_JOB],
  REGULAR_JOB: [de.phases.REGULAR_JOB],
  AFTERCARE: [de.phases.AFTERCARE, 'Stabilisierung'],
  EXIT: [de.phases.EXIT],
});

export const parseInstrument = table<SubsidyInstrument>({
  PARA_16D: ['16d', '§ 16d SGB II', de.casework.instruments.PARA_16D],
  PARA_16E: ['16e', '§ 16e SGB II', de.casework.instruments.PARA_16E],
  PARA_16I: ['16i', '§ 16i SGB II', de.casework.instruments.PARA_16I],
  NONE: ['keine', 'ohne', de.casework.instruments.NONE],
});

export const parseExitReason = table<ExitReason>(
  Object.fromEntries(Object.entries(de.participants.exitReasons).map(([code, label]) => [code, [label]])) as Record<ExitReason, string[]>,
);

/** Words listed in the messages, so the file's author knows what to write. */
export const ACCEPTED = {
  sex: 'w, m oder d',
  educationLevel: 'ISCED 0-2, ISCED 3-4 oder ISCED 5-8',
  phase: Object.values(de.phases).filter((label) => label !== de.phases.NONE).join(', '),
  instrument: '§ 16d, § 16e, § 16i oder keine',
  exitReason: Object.values(de.participants.exitReasons).join(', '),
} as const;

/**
 * A calendar day written "TT.MM.JJJJ" (also "1.3.2019") or "JJJJ-MM-TT", as "JJJJ-MM-TT";
 * null if it is no real day (31.02. included, which Date would roll over).
 */
export function isoDay(value: string): string | null {
  const text = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** A finding of the check: row as a spreadsheet counts (header = 1), null for the file. */
export interface ImportIssue {
  row: number | null;
  column: ImportHeader | null;
  message: string;
}

export interface ImportSamplePerson {
  row: number;
  customerNumber: string;
  name: string;
  project: string;
  enrolledAt: string;
  phases: { kind: PhaseKind; startDate: string; endDate: string | null }[];
}

export interface ImportPreview {
  rows: number;
  participants: number;
  phases: number;
  /** At most MAX_REPORTED_ISSUES of each; the counts say how many there were. */
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  warningCount: number;
  sample: ImportSamplePerson[];
}

export const MAX_REPORTED_ISSUES = 500;
