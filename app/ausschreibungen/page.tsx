import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { listTenders } from '@/lib/procurement/queries';
import { TenderFilterSchema } from '@/lib/procurement/schema';
import { ProjectNav } from '@/components/projects/project-nav';
import { ProcurementFiguresSection } from '@/components/procurement/procurement-figures';
import { TenderFilterForm } from '@/components/procurement/tender-filter-form';
import { TenderTable } from '@/components/procurement/tender-table';

export const metadata: Metadata = { title: 'Ausschreibungen und Sozialklauseln' };

export default async function TendersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filter = TenderFilterSchema.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslations('procurement'), listTenders(actor, filter)]);
  if (!list) notFound();
  return (
    <div className="space-y-8">
      {list.project && <ProjectNav projectId={list.project.id} current="tenders" />}
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="mb-2">{t('title')}</h1>
          <p className="max-w-3xl text-muted">{list.project ? t('projectIntro', { project: list.project.name }) : t('intro')}</p>
        </div>
        {list.mayCreate && (
          <Link
            href={list.project ? `/ausschreibungen/neu?projekt=${list.project.id}` : '/ausschreibungen/neu'}
            className="rounded bg-action px-4 py-2 font-semibold text-white no-underline hover:bg-action-dark hover:text-white"
          >
            {t('create')}
          </Link>
        )}
      </div>
      <TenderFilterForm filter={filter} years={list.years} projects={list.projects} />
      {list.rows.length === 0 ? (
        <p role="status">{t('none')}</p>
      ) : (
        <>
          <ProcurementFiguresSection figures={list.figures} />
          <section aria-labelledby="ausschreibungen-liste" className="space-y-4">
            <h2 id="ausschreibungen-liste">{t('listHeading')}</h2>
            <TenderTable rows={list.rows} />
          </section>
        </>
      )}
    </div>
  );
}
