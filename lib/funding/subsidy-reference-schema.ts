// Input rules for the dated reference tables (minimum wage, benefit rates), shared by the
// admin forms (client) and the use cases; the server always parses again.
import { z } from 'zod';
import { parseEuroToCents } from '../money';
import { day } from '../participants/schema';
import { blankAsUndefined } from '../validation';

const euro = (message: string, min: number, max: number) =>
  z
    .string({ message })
    .trim()
    .refine((v) => {
      const cents = parseEuroToCents(v);
      return cents !== null && cents >= min && cents <= max;
    }, message)
    .transform((v) => parseEuroToCents(v)!);

/** Set when an existing row is edited: the day it had when the form was loaded, and its version. */
const editing = {
  originalValidFrom: blankAsUndefined(day('Der ursprüngliche Eintrag ist ungültig. Bitte laden Sie die Seite neu.')),
  version: blankAsUndefined(z.coerce.number().int().min(1)),
};

export const MinimumWageSchema = z.object({
  ...editing,
  validFrom: day('Bitte geben Sie den Tag, ab dem der Mindestlohn gilt, als Datum ein.'),
  hourly: euro('Bitte geben Sie den Mindestlohn je Stunde als Betrag von 1,00 € bis 100,00 € ein, z. B. 12,82.', 100, 10_000),
});

export const BenefitRateSchema = z.object({
  ...editing,
  validFrom: day('Bitte geben Sie den Tag, ab dem die Beträge gelten, als Datum ein.'),
  standardRate: euro('Bitte geben Sie den Regelbedarf je Monat als Betrag von 1,00 € bis 5.000,00 € ein, z. B. 563,00.', 100, 500_000),
  housingCosts: euro('Bitte geben Sie die Kosten der Unterkunft je Monat als Betrag von 0,00 € bis 5.000,00 € ein, z. B. 480,00.', 0, 500_000),
});

export const DeleteReferenceRowSchema = z.object({
  validFrom: day('Der Eintrag ist ungültig. Bitte laden Sie die Seite neu.'),
  version: z.coerce.number().int().min(1),
});

export type MinimumWageInput = z.infer<typeof MinimumWageSchema>;
export type MinimumWageField = keyof z.input<typeof MinimumWageSchema>;
export type BenefitRateInput = z.infer<typeof BenefitRateSchema>;
export type BenefitRateField = keyof z.input<typeof BenefitRateSchema>;

/** Cents as the form shows them: 1282 → "12,82". */
export function centsToInput(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}
