// Input rules for funding sources and their amounts per year, shared by the forms (client)
// and the use cases. Money is typed in euros and kept as integer cents (BigInt), never a float.
import { z } from 'zod';
import { euroAmount } from '../projects/schema';
import { blankAsUndefined } from '../validation';

export const FUNDING_SOURCE_KINDS = [
  'JOBCENTER', 'MUNICIPALITY', 'JOBCENTER_AND_MUNICIPALITY', 'LAND', 'ESF', 'LAND_AND_ESF', 'FEDERAL', 'EMPLOYERS', 'OTHER',
] as const;

const version = z.coerce.number().int().min(1);
const YEAR = 'Bitte geben Sie das Jahr vierstellig ein, z. B. 2024.';

const sourceFields = {
  projectId: z.uuid('Unbekanntes Projekt.'),
  kind: z.enum(FUNDING_SOURCE_KINDS, { message: 'Bitte wählen Sie die Art der Quelle aus.' }),
  name: z
    .string({ message: 'Bitte geben Sie die Bezeichnung der Quelle ein.' })
    .trim()
    .min(1, 'Bitte geben Sie die Bezeichnung der Quelle ein.')
    .max(200, 'Höchstens 200 Zeichen.'),
};

export const CreateFundingSourceSchema = z.object(sourceFields);
export const UpdateFundingSourceSchema = z.object({ ...sourceFields, id: z.uuid('Unbekannte Quelle.'), version });

const amountFields = {
  fundingSourceId: z.uuid('Unbekannte Quelle.'),
  year: z.coerce.number({ message: YEAR }).int(YEAR).min(1990, YEAR).max(2100, YEAR),
  planned: euroAmount('Bitte geben Sie den geplanten Betrag in Euro ein, z. B. 1.643.000 oder 1643000,00.'),
  // Empty = not yet known (actual amounts arrive with the accounts).
  actual: blankAsUndefined(euroAmount('Bitte geben Sie den Ist-Betrag in Euro ein oder lassen Sie das Feld leer.')),
};

export const CreateFundingAmountSchema = z.object(amountFields);
export const UpdateFundingAmountSchema = z.object({ ...amountFields, id: z.uuid('Unbekannter Betrag.'), version });

export const DeleteSchema = z.object({ id: z.uuid('Unbekannter Eintrag.'), version });

export type FundingSourceField = keyof z.input<typeof UpdateFundingSourceSchema>;
export type FundingAmountField = keyof z.input<typeof UpdateFundingAmountSchema>;

export type FundingFormState =
  | { status: 'idle' }
  // nonce: a fresh form after each save (the inputs are uncontrolled and keyed on the state).
  | { status: 'saved'; message: string; nonce: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<string, string>>; values: Record<string, string> };
