import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { ListFilterSchema, listParticipants } from '@/lib/participants/list-participants';
import { listProjectFigures } from '@/lib/projects/queries';
import { ParticipantTable } from '@/components/participants/participant-table';

export const metadata: Metadata = { title: 'Teilnehmende' };

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, 'participant.readIdentity')) notFound();
  const filter = ListFilterSchema.parse(await searchParams);
  const [t, { rows, next }, projects] = await Promise.all([getTranslations('participants'), listParticipants(actor, filter), listProjectFigures(actor)]);
  const nextHref = next ? `/teilnehmende?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.projekt ? { projekt: filter.projekt } : {}), nach: next })}` : null;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1>{t('title')}</h1>
        {can(actor, 'participant.create') && (
          <Link href="/teilnehmende/neu" className="rounded bg-action px-4 py-2 font-semibold text-white no-underline hover:bg-action-dark hover:text-white">
            {t('register')}
          </Link>
        )}
      </div>
      <search className="mb-6 block">
        <form method="get" className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="q" className="block font-semibold mb-1">{t('searchLabel')}</label>
            <p id="q-hinweis" className="text-sm text-muted mb-1">{t('searchHint')}</p>
            <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} aria-describedby="q-hinweis" autoComplete="off" className="w-72 rounded border-2 border-ink px-3 py-2" />
          </div>
          <div>
            <label htmlFor="projekt" className="block font-semibold mb-1">{t('project')}</label>
            <select id="projekt" name="projekt" defaultValue={filter.projekt ?? ''} className="rounded border-2 border-ink bg-white px-3 py-2">
              <option value="">{t('allProjects')}</option>
              {projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded border-2 border-action px-4 py-2 font-semibold text-action cursor-pointer hover:bg-action-tint">
            {t('filter')}
          </button>
        </form>
      </search>
      {rows.length === 0 ? <p role="status">{t('none')}</p> : <ParticipantTable rows={rows} />}
      <nav aria-label={t('pagination')} className="mt-4 flex gap-6">
        {filter.nach && <Link href={`/teilnehmende?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.projekt ? { projekt: filter.projekt } : {}) })}`}>{t('firstPage')}</Link>}
        {nextHref && <Link href={nextHref}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
