import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listProjectFigures } from '@/lib/projects/queries';
import { ProjectTable } from '@/components/projects/project-table';

export const metadata: Metadata = { title: 'Projekte' };

export default async function ProjectsPage() {
  const actor = await requireActor();
  if (!can(actor, 'project.read')) notFound();
  const [t, projects] = await Promise.all([getTranslations('projectAdmin'), listProjectFigures(actor)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="mb-2">{t('listTitle')}</h1>
          <p className="text-muted">{t('listIntro')}</p>
        </div>
        {can(actor, 'project.create') && (
          <Link href="/projekte/neu" className="rounded bg-action px-5 py-2 font-semibold text-white no-underline hover:bg-action-dark hover:text-white">
            {t('create')}
          </Link>
        )}
      </div>
      {projects.length === 0 ? <p>{t('noProjects')}</p> : <ProjectTable projects={projects} />}
      <p className="text-sm text-muted">{t('suppressedNote')}</p>
    </div>
  );
}
