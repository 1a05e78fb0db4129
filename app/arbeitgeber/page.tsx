import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { listEmployers } from '@/lib/employers/queries';
import { EmployerFilterSchema } from '@/lib/employers/schema';
import { EmployerFilterForm, EmployerTable } from '@/components/employers/employer-list';

export const metadata: Metadata = { title: 'Arbeitgeber' };

export default async function EmployersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filter = EmployerFilterSchema.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslations('employers'), listEmployers(actor, filter)]);
  if (!list) notFound();
  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-4">
        <h1>{t('title')}</h1>
        {list.canCreate && (
          <Link href="/arbeitgeber/neu" className="rounded bg-action px-4 py-2 font-semibold text-white no-underline hover:bg-action-dark hover:text-white">
            {t('create')}
          </Link>
        )}
      </div>
      <p className="mb-6 max-w-3xl text-muted">{t('intro')}</p>
      <EmployerFilterForm filter={filter} cities={list.cities} />
      {list.rows.length === 0 ? <p role="status">{t('list.none')}</p> : <EmployerTable rows={list.rows} filtered={Boolean(filter.art || filter.ort)} />}
      <p className="mt-4 max-w-3xl text-sm text-muted">{t('filledHint')}</p>
      <p className="max-w-3xl text-sm text-muted">{t('suppressedHint')}</p>
    </>
  );
}
