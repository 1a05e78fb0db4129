import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getCaseload } from '@/lib/casework/caseload';
import { ReassignFilterSchema } from '@/lib/casework/reassign-schema';
import { CaseloadTable } from '@/components/caseload/caseload-table';
import { ReassignSection } from '@/components/caseload/reassign-section';

export const metadata: Metadata = { title: 'Fallzahlen und Zuständigkeit' };

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, 'participant.reassign')) notFound();
  const filter = ReassignFilterSchema.parse(await searchParams);
  const [t, caseload] = await Promise.all([getTranslations('caseload'), getCaseload(actor)]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-2">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </div>
      {caseload.length === 0 ? (
        <p>{t('noProjects')}</p>
      ) : (
        <>
          {caseload.map((p) => <CaseloadTable key={p.projectId} caseload={p} />)}
          <ReassignSection actor={actor} caseload={caseload} filter={filter} />
        </>
      )}
    </div>
  );
}
