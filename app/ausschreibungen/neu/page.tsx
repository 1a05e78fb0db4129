import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { getTenderFormOptions } from '@/lib/procurement/queries';
import { TENDER_KINDS, TenderFilterSchema } from '@/lib/procurement/schema';
import { berlinToday } from '@/lib/casework/activity-window';
import { TenderForm } from '@/components/procurement/tender-form';
import { formTexts } from '@/components/procurement/form-texts';

export const metadata: Metadata = { title: 'Ausschreibung anlegen' };

export default async function NewTenderPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const options = await getTenderFormOptions(actor);
  if (!options) notFound();
  const { projekt } = TenderFilterSchema.parse(await searchParams);
  const t = await getTranslations('procurement');
  const project = options.projects.find((p) => p.id === projekt);
  return (
    <>
      <p className="mb-4"><Link href="/ausschreibungen">{t('back')}</Link></p>
      <h1 className="mb-2">{t('create')}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t('createIntro')}</p>
      <TenderForm
        initial={{ reference: '', title: '', orderingDepartment: '', kind: '', estimatedValue: '', publishedAt: berlinToday().toISOString().slice(0, 10), projectId: project?.id ?? '' }}
        kinds={TENDER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        projects={options.projects.map((p) => ({ value: p.id, label: p.name }))}
        texts={await formTexts()}
      />
    </>
  );
}
