import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { berlinToday } from '@/lib/casework/activity-window';
import { getTender } from '@/lib/procurement/get-tender';
import { getTenderFormOptions } from '@/lib/procurement/queries';
import { formTexts } from '@/components/procurement/form-texts';
import { ClauseSection, SuitabilitySection, TenderDetailsSection } from '@/components/procurement/tender-details';
import { BalanceSection, HiresSection, VisitsSection } from '@/components/procurement/tender-hires';

export const metadata: Metadata = { title: 'Ausschreibung' };

export default async function TenderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const tender = await orNotFound(getTender(actor, id));
  const [t, options, texts] = await Promise.all([
    getTranslations('procurement'),
    tender.mayEdit ? getTenderFormOptions(actor) : Promise.resolve(null),
    formTexts(),
  ]);
  const props = { tender, projects: options?.projects ?? [], texts, today: berlinToday().toISOString().slice(0, 10) };
  return (
    <div className="space-y-10">
      <div>
        <p className="mb-4">
          <Link href={tender.project ? `/ausschreibungen?projekt=${tender.project.id}` : '/ausschreibungen'}>{t('back')}</Link>
        </p>
        <h1 className="mb-1">{tender.title}</h1>
        <p className="text-muted">
          {tender.reference} · {t(`kinds.${tender.kind}`)}
        </p>
      </div>
      <TenderDetailsSection {...props} />
      <SuitabilitySection {...props} />
      <ClauseSection {...props} />
      {tender.socialClause && (
        <>
          <BalanceSection tender={tender} />
          <HiresSection {...props} />
          <VisitsSection {...props} />
        </>
      )}
    </div>
  );
}
