import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { getProjectHeader } from '@/lib/projects/get-project';
import { getProjectFunding } from '@/lib/funding/source-queries';
import { FUNDING_SOURCE_KINDS } from '@/lib/funding/source-schema';
import { formatEuroFromCents } from '@/lib/format';
import { ProjectNav } from '@/components/projects/project-nav';
import { FundingSharesTable } from '@/components/projects/funding-shares-table';
import { FundingSourcesSection } from '@/components/projects/funding-sources-section';

export const metadata: Metadata = { title: 'Finanzierung' };

export default async function FundingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const project = await orNotFound(getProjectHeader(actor, id));
  const funding = await getProjectFunding(actor, id);
  if (!funding) notFound();
  const [t, kindLabel] = await Promise.all([getTranslations('projectAdmin.funding'), getTranslations('funding')]);
  return (
    <div className="space-y-10">
      <div>
        <ProjectNav projectId={project.id} current="funding" />
        <h1 className="mb-2">{t('title', { project: project.name })}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        {project.budgetCents !== null && <p className="mt-2">{t('budgetNote', { budget: formatEuroFromCents(project.budgetCents) })}</p>}
      </div>
      <FundingSharesTable funding={funding} />
      <FundingSourcesSection
        projectId={project.id}
        funding={funding}
        kinds={FUNDING_SOURCE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
      />
    </div>
  );
}
