import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { getProjectForEdit } from '@/lib/projects/get-project';
import { projectFormValues } from '@/lib/projects/form-values';
import { ProjectForm } from '@/components/projects/project-form';
import { modelOptions, transitionTableProps } from '@/components/projects/model-options';
import { formTexts } from '@/components/projects/form-texts';

export const metadata: Metadata = { title: 'Projekt bearbeiten' };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const project = await orNotFound(getProjectForEdit(actor, id));
  const [t, models, texts, table] = await Promise.all([getTranslations('projectAdmin'), modelOptions(), formTexts(), transitionTableProps()]);
  return (
    <>
      <h1 className="mb-2">{t('editTitle')}: {project.name}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t('editIntro')}</p>
      <ProjectForm
        texts={texts}
        models={models}
        {...table}
        project={{ id: project.id, version: project.version, values: projectFormValues(project) }}
        cancelHref={`/projekte/${project.id}`}
      />
    </>
  );
}
