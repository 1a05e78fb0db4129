'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getActor } from '../auth/session';
import { decodeCsv } from './csv';
import { MAX_IMPORT_BYTES, type ImportPreview } from './import-format';
import { commitImport, previewImport } from './import-participants';

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  /** The file's text goes back to the browser for the confirmation; the server checks it again then. */
  | { status: 'preview'; preview: ImportPreview; csv: string; fileName: string }
  | { status: 'done'; participants: number; phases: number };

const TOO_LARGE = `Die Datei ist größer als ${MAX_IMPORT_BYTES / 1_000_000} MB. Bitte teilen Sie sie in mehrere Dateien auf.`;

const ImportInputSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('preview'),
    // Any Blob-like upload: the File class of the request parser need not be this realm's.
    file: z
      .custom<Blob>((v) => typeof v === 'object' && v !== null && typeof (v as Blob).arrayBuffer === 'function' && typeof (v as Blob).size === 'number', 'Bitte wählen Sie eine CSV-Datei aus.')
      .refine((f) => f.size > 0, 'Bitte wählen Sie eine CSV-Datei aus; die gewählte Datei ist leer.')
      .refine((f) => f.size <= MAX_IMPORT_BYTES, TOO_LARGE),
  }),
  z.object({
    step: z.literal('commit'),
    csv: z.string().min(1, 'Die Datei fehlt. Bitte laden Sie sie erneut hoch.'),
    fileName: z.string().max(255).catch(''),
  }),
], { message: 'Unbekannter Schritt.' });

const EXPIRED = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';

export async function importParticipantsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await getActor();
  if (!actor) return { status: 'error', message: EXPIRED };
  const parsed = ImportInputSchema.safeParse({ step: formData.get('step'), file: formData.get('file'), csv: formData.get('csv'), fileName: formData.get('fileName') });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Bitte wählen Sie eine CSV-Datei aus.' };

  if (parsed.data.step === 'preview') {
    const { file } = parsed.data;
    const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    const result = await previewImport(actor, csv);
    if (!result.ok) return { status: 'error', message: result.message };
    return { status: 'preview', preview: result.preview, csv, fileName: 'name' in file && typeof file.name === 'string' ? file.name.slice(0, 255) : '' };
  }

  const result = await commitImport(actor, parsed.data.csv);
  if (!result.ok) {
    if (result.kind === 'forbidden') return { status: 'error', message: result.message };
    return { status: 'preview', preview: result.preview, csv: parsed.data.csv, fileName: parsed.data.fileName };
  }
  revalidatePath('/teilnehmende');
  return { status: 'done', participants: result.participants, phases: result.phases };
}
