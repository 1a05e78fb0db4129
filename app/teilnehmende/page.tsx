import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { filterParams, ListFilterSchema, listParticipants } from '@/lib/participants/list-participants';
import { getListFilterOptions } from '@/lib/participants/queries';
import { ParticipantTable } from '@/components/participants/participant-table';
import { ListFilterForm } from '@/components/participants/list-filter-form';

export const metadata: Metadata = { title: 'Teilnehmende' };

const BUTTON = 'rounded px-4 py-2 font-semibold no-underline';

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const options = await getListFilterOptions(actor);
  if (!options) notFound();
  const filter = ListFilterSchema.parse(await searchParams);
  const [t, { rows, next }] = await Promise.all([getTranslations('participants'), listParticipants(actor, filter)]);
  const query = filterParams(filter);
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    const text = params.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1>{t('title')}</h1>
        {can(actor, 'participant.create') && (
          <div className="flex flex-wrap gap-3">
            <Link href="/teilnehmende/import" className={`${BUTTON} border-2 border-action text-action hover:bg-action-tint`}>{t('import')}</Link>
            <Link href="/teilnehmende/neu" className={`${BUTTON} bg-action text-white hover:bg-action-dark hover:text-white`}>{t('register')}</Link>
          </div>
        )}
      </div>
      <ListFilterForm filter={filter} options={options} />
      {rows.length === 0 ? <p role="status">{t('none')}</p> : <ParticipantTable rows={rows} />}
      <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap gap-6">
        {filter.nach && <Link href={withQuery('/teilnehmende')}>{t('firstPage')}</Link>}
        {next && <Link href={withQuery('/teilnehmende', { nach: next })}>{t('nextPage')}</Link>}
      </nav>
      {rows.length > 0 && (
        <section aria-labelledby="export-heading" className="mt-8 border-t border-line pt-4">
          <h2 id="export-heading" className="text-lg">{t('exportHeading')}</h2>
          <p className="text-muted">{t('exportHint')}</p>
          <ul className="flex flex-wrap gap-6">
            <li><a href={withQuery('/teilnehmende/export')} download>{t('exportPseudonymous')}</a></li>
            <li><a href={withQuery('/teilnehmende/export', { mit: 'namen' })} download>{t('exportWithNames')}</a></li>
          </ul>
        </section>
      )}
    </>
  );
}
