import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { getCaseworkFigures } from '@/lib/casework/queries';
import { listProjectFigures } from '@/lib/projects/queries';
import { ProjectTable } from '@/components/projects/project-table';
import { StatCard } from '@/components/ui/stat-card';
import { WorklistSection } from '@/components/casework/worklist-section';
import { formatInteger } from '@/lib/format';

export async function CaseworkerHome({ actor }: { actor: ActorContext }) {
  const [t, figures, projects] = await Promise.all([getTranslations(), getCaseworkFigures(actor), listProjectFigures(actor)]);
  return (
    <div className="space-y-10">
      {figures && (
        <section aria-labelledby="arbeit">
          <h2 id="arbeit" className="mb-4">{t('caseworker.heading')}</h2>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <StatCard label={t('caseworker.activeParticipants')} value={formatInteger(figures.activeParticipants)} />
            <StatCard label={t('caseworker.myCaseload')} value={formatInteger(figures.myCaseload)} />
            <StatCard label={t('caseworker.contactsLast30')} value={formatInteger(figures.myContactsLast30Days)} />
            <StatCard label={t('caseworker.followUpsDue')} value={formatInteger(figures.followUpsDue)} />
          </dl>
        </section>
      )}
      <WorklistSection actor={actor} />
      <section aria-labelledby="projekte">
        <h2 id="projekte" className="mb-4">{t('projects.heading')}</h2>
        <ProjectTable projects={projects} />
      </section>
    </div>
  );
}
