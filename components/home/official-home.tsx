import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { listProjectFigures } from '@/lib/projects/queries';
import { ProjectTable } from '@/components/projects/project-table';

// Aggregates only: the query layer suppresses counts below 5 for this role.
export async function OfficialHome({ actor }: { actor: ActorContext }) {
  const [t, projects] = await Promise.all([getTranslations(), listProjectFigures(actor)]);
  return (
    <section aria-labelledby="projekte">
      <h2 id="projekte" className="mb-4">{t('projects.heading')}</h2>
      {projects.length === 0 ? <p>{t('home.noProjects')}</p> : <ProjectTable projects={projects} />}
      <p className="mt-4 text-sm text-muted">{t('home.suppressedNote')}</p>
      <p className="mt-4"><Link href="/auswertungen">{t('dashboard.homeLink')}</Link></p>
      <p className="mt-4"><Link href="/auswertungen/esf">{t('esfReport.homeLink')}</Link></p>
    </section>
  );
}
