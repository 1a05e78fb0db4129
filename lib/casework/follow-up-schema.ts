// Input rules for the 6- and 12-month follow-up (Nachbefragung), shared by the form
// (client) and the use case; the server always parses again.
import { z } from 'zod';
import { day } from '../participants/schema';

const yesNo = (message: string) => z.enum(['ja', 'nein'], { message }).transform((v) => v === 'ja');

export const RecordFollowUpSchema = z.object({
  enrolmentId: z.uuid(),
  version: z.coerce.number().int().min(1),
  followUpId: z.uuid({ message: 'Bitte wählen Sie die Nachbefragung aus.' }),
  completedAt: day('Bitte geben Sie das Datum der Nachbefragung als Datum ein.'),
  stillEmployed: yesNo('Bitte geben Sie an, ob die Person noch beschäftigt ist.'),
  needsCovering: yesNo('Bitte geben Sie an, ob das Einkommen den Bedarf deckt.'),
});

export type RecordFollowUpInput = z.infer<typeof RecordFollowUpSchema>;
export type RecordFollowUpField = keyof z.input<typeof RecordFollowUpSchema>;

/** How early a follow-up may be recorded: the worklist shows it this many days ahead. */
export const FOLLOW_UP_EARLY_DAYS = 14;
