import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { ListFilterSchema } from '@/lib/participants/list-participants';
import { exportParticipants } from '@/lib/participants/export-participants';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, 'participant.readIdentity')) notFound();
  const params = new URL(request.url).searchParams;
  const filter = ListFilterSchema.parse({ ...Object.fromEntries(params), nach: undefined });
  const identify = params.get('mit') === 'namen';
  const [t, phases] = await Promise.all([getTranslations('participants'), getTranslations('phases')]);
  const chunks = exportParticipants(actor, filter, identify, {
    pseudonym: t('pseudonym'), lastName: t('lastName'), firstName: t('firstName'), customerNumber: t('customerNumber'),
    project: t('currentProject'), phase: t('currentPhase'), phaseName: (kind) => phases(kind),
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="teilnehmende-${identify ? 'mit-namen-' : ''}${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
