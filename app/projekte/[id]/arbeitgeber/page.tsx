import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { berlinToday } from '@/lib/casework/activity-window';
import { getProjectEmployers } from '@/lib/employers/project-queries';
import { formatInteger } from '@/lib/format';
import { ProjectNav } from '@/components/projects/project-nav';
import { formatCount } from '@/components/projects/count-cell';
import { StatCard } from '@/components/ui/stat-card';
import { EmployerTotalsTable, PositionTable } from '@/components/employers/project-positions';
import { CoachTable } from '@/components/employers/project-coaches';
import { AcquisitionTable, PipelineTable } from '@/components/employers/project-acquisition';
import { AcquisitionEditing, CoachEditing, PositionEditing } from '@/components/employers/project-editing';

export const metadata: Metadata = { title: 'Arbeitgeber und Stellen' };

export default async function ProjectEmployersPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const today = berlinToday();
  const data = await orNotFound(getProjectEmployers(actor, id, today));
  const t = await getTranslations('employers');
  const { options } = data;
  return (
    <div className="space-y-10">
      <div>
        <ProjectNav projectId={data.project.id} current="employers" />
        <h1 className="mb-2">
          {t('project.title')}
          <span className="block text-lg font-normal text-muted">{data.project.name}</span>
        </h1>
        <p className="max-w-3xl text-muted">{t('project.intro', { project: data.project.name })}</p>
      </div>

      <section aria-labelledby="stellen" className="space-y-4">
        <h2 id="stellen">{t('project.positions')}</h2>
        {query.hinweis === 'arbeitsplatz-geloescht' && (
          <p role="status" className="border-l-4 border-success bg-hued p-3 font-semibold">{t('project.positionDeleted')}</p>
        )}
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <StatCard label={t('project.offeredCard')} value={formatInteger(data.total.offered)} />
          <StatCard label={t('project.employersCard')} value={formatInteger(data.total.employers)} />
          <StatCard label={t('project.filledCard')} value={formatCount(data.total.filled)} />
          <StatCard label={t('project.todayCard')} value={formatCount(data.total.today)} />
        </dl>
        <p className="max-w-3xl text-sm text-muted">{t('filledHint')} {t('suppressedHint')}</p>
        <EmployerTotalsTable data={data} />
        <PositionTable data={data} />
        {options && <PositionEditing data={data} options={options} />}
      </section>

      <section aria-labelledby="jobcoaches" className="space-y-4">
        <h2 id="jobcoaches">{t('project.coaches')}</h2>
        <CoachTable data={data} />
        <p className="max-w-3xl text-sm text-muted">{t('project.servesHint')}</p>
        {options && <CoachEditing data={data} options={options} />}
      </section>

      <section aria-labelledby="akquise" className="space-y-4">
        <h2 id="akquise">{t('project.acquisition')}</h2>
        <PipelineTable data={data} />
        <AcquisitionTable data={data} />
        {options && <AcquisitionEditing data={data} options={options} actorId={actor.id} today={today.toISOString().slice(0, 10)} />}
      </section>
    </div>
  );
}
