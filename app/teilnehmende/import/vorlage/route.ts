import { notFound } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { getImportTemplate } from '@/lib/participants/import-template';

// The template of the participant import: a file export in the sense of the house rules.
export async function GET() {
  const actor = await getActor();
  const csv = actor ? await getImportTemplate(actor) : null;
  if (csv === null) notFound();
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="teilnehmende-import-vorlage.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
