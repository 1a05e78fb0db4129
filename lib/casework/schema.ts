import { z } from 'zod';
import { day } from '../participants/schema';
import { parseEuroToCents } from '../money';
import { blankAsUndefined, evenAfterFieldErrors, rawField } from '../validation';

const PHASE_KINDS = ['PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT'] as const;
const INSTRUMENTS = ['PARA_16D', 'PARA_16E', 'PARA_16I', 'NONE'] as const;
const EXIT_REASONS = ['REGULAR_JOB', 'SUBSIDISED_JOB_ENDED', 'COMPLETED', 'DROPPED_OUT', 'ILLNESS', 'MOVED', 'OTHER'] as const;

export const EnterPhaseSchema = z
  .object({
    enrolmentId: z.uuid(),
    version: z.coerce.number().int().min(1),
    kind: z.enum(PHASE_KINDS, { message: 'Bitte wählen Sie die Phase aus.' }),
    startDate: day('Bitte geben Sie den Beginn als Datum ein.'),
    plannedEndDate: blankAsUndefined(day('Bitte geben Sie das geplante Ende als Datum ein.')),
    instrument: blankAsUndefined(z.enum(INSTRUMENTS, { message: 'Bitte wählen Sie ein Förderinstrument aus der Liste.' })),
    employerId: blankAsUndefined(z.uuid('Bitte wählen Sie einen Arbeitgeber aus der Liste.')),
    hoursPerWeek: blankAsUndefined(
      z
        .string()
        .trim()
        .regex(/^\d{1,2}([.,]\d)?$/, 'Bitte geben Sie die Wochenstunden als Zahl ein, z. B. 39 oder 19,5.')
        .transform((v) => Number(v.replace(',', '.')))
        .refine((v) => v > 0 && v <= 48, 'Wochenstunden zwischen 1 und 48 (Arbeitszeitgesetz).'),
    ),
    // refine, then transform: a failed refine lets the object's checks still run.
    monthlyWage: blankAsUndefined(
      z
        .string()
        .refine((v) => parseEuroToCents(v) !== null, 'Bitte geben Sie den Monatslohn in Euro ein, z. B. 2.345,67.')
        .transform((v) => parseEuroToCents(v) ?? 0),
    ),
    exitReason: blankAsUndefined(z.enum(EXIT_REASONS, { message: 'Bitte wählen Sie einen Austrittsgrund aus.' })),
    // Set when the caseworker has read the warnings (e.g. missing facts) and saves anyway.
    warningsConfirmed: z.literal('ja').optional(),
  })
  // Each rule runs even when a field already failed, so every missing detail is
  // reported at once; `given` reads the raw input, since failed fields are not parsed.
  .refine((v) => rawField(v, 'kind') !== 'EXIT' || given(v, 'exitReason'), { path: ['exitReason'], message: 'Bitte wählen Sie einen Austrittsgrund aus.', ...evenAfterFieldErrors })
  .refine((v) => !isJob(v) || given(v, 'employerId'), { path: ['employerId'], message: 'Für eine Beschäftigung bitte den Arbeitgeber angeben.', ...evenAfterFieldErrors })
  .refine((v) => !isJob(v) || given(v, 'hoursPerWeek'), { path: ['hoursPerWeek'], message: 'Für eine Beschäftigung bitte die Wochenstunden angeben.', ...evenAfterFieldErrors })
  .refine((v) => !isJob(v) || given(v, 'monthlyWage'), { path: ['monthlyWage'], message: 'Für eine Beschäftigung bitte den Monatslohn angeben.', ...evenAfterFieldErrors });

function given(v: unknown, field: string): boolean {
  const value = rawField(v, field);
  return value !== undefined && value !== '';
}

function isJob(v: unknown): boolean {
  const kind = rawField(v, 'kind');
  return kind === 'SUBSIDISED_JOB' || kind === 'REGULAR_JOB';
}

export type EnterPhaseInput = z.infer<typeof EnterPhaseSchema>;
export type EnterPhaseField = keyof z.input<typeof EnterPhaseSchema>;
