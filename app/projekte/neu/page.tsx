import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getOrganisationName } from '@/lib/projects/get-project';
import { ProjectForm } from '@/components/projects/project-form';
import { modelOptions, transitionTableProps } from '@/components/projects/model-options';
import { formTexts } from '@/components/projects/form-texts';

export const metadata: Metadata = { title: 'Projekt anlegen' };

export default async function NewProjectPage() {
  const actor = await requireActor();
  if (!can(actor, 'project.create')) notFound();
  const [t, models, texts, organisation, table] = await Promise.all([
    getTranslations('projectAdmin'), modelOptions(), formTexts(), getOrganisationName(actor), transitionTableProps(),
  ]);
  return (
    <>
      <h1 className="mb-2">{t('newTitle')}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t('newIntro', { organisation })}</p>
      <ProjectForm texts={texts} models={models} {...table} cancelHref="/projekte" />
    </>
  );
}
