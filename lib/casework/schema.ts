import { z } from 'zod';
import { day } from '../participants/schema';
import { parseEuroToCents } from '../money';
import { blankAsUndefined } from '../validation';

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
  // Runs even when a field already failed, so every missing detail is reported at
  // once; `given` looks at the raw input, since failed fields are not transformed.
  .check((ctx) => {
    const v = ctx.value as Record<string, unknown>;
    const given = (field: string) => v[field] !== undefined && v[field] !== '';
    const require = (field: string, message: string) => {
      if (!given(field) && !ctx.issues.some((i) => i.path?.[0] === field)) ctx.issues.push({ code: 'custom', path: [field], message, input: v[field] });
    };
    if (v.kind === 'EXIT') require('exitReason', 'Bitte wählen Sie einen Austrittsgrund aus.');
    if (v.kind === 'SUBSIDISED_JOB' || v.kind === 'REGULAR_JOB') {
      require('employerId', 'Für eine Beschäftigung bitte den Arbeitgeber angeben.');
      require('hoursPerWeek', 'Für eine Beschäftigung bitte die Wochenstunden angeben.');
      require('monthlyWage', 'Für eine Beschäftigung bitte den Monatslohn angeben.');
    }
  });

export type EnterPhaseInput = z.infer<typeof EnterPhaseSchema>;
export type EnterPhaseField = keyof z.input<typeof EnterPhaseSchema>;
