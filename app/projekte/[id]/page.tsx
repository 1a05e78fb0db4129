import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { getProjectOverview } from '@/lib/projects/get-project';
import { getProjectFunding } from '@/lib/funding/source-queries';
import { formatDay, formatEuroFromCents } from '@/lib/format';
import { ProjectNav } from '@/components/projects/project-nav';
import { ProjectFigures } from '@/components/projects/project-figures';
import { ProjectTargets } from '@/components/projects/project-targets';
import { FundingSharesTable } from '@/components/projects/funding-shares-table';
import { PhaseModelTable } from '@/components/projects/phase-model-table';
import { templateOf } from '@/lib/projects/templates';

export const metadata: Metadata = { title: 'Projekt' };

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const overview = await orNotFound(getProjectOverview(actor, id));
  const [t, funding] = await Promise.all([getTranslations('projectAdmin'), getProjectFunding(actor, id)]);
  const { project } = overview;
  const period = project.endDate
    ? `${formatDay(project.startDate)} – ${formatDay(project.endDate)}`
    : t('overview.since', { start: formatDay(project.startDate) });
  return (
    <div className="space-y-10">
      <div>
        <ProjectNav projectId={project.id} current="overview" />
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="mb-2">{project.name}</h1>
            <p className="text-muted">
              {project.city} · {t('overview.operator', { operator: project.operator.name })} · {t('overview.period', { period })}
            </p>
            <p className="text-muted">
              {templateOf(overview.transitions.map((e) => [e.fromKind, e.toKind])) === project.model
                ? t(`models.${project.model}`)
                : t('customBasedOn', { model: t(`models.${project.model}`) })}
            </p>
          </div>
          {overview.canEdit && <Link href={`/projekte/${project.id}/bearbeiten`}>{t('overview.edit')}</Link>}
        </div>
        {project.description && <p className="mt-4 max-w-3xl">{project.description}</p>}
      </div>

      <section aria-labelledby="kennzahlen" className="space-y-4">
        <h2 id="kennzahlen">{t('overview.figures')}</h2>
        <p className="text-muted">{t('overview.figuresIntro')}</p>
        <ProjectFigures overview={overview} funding={funding} />
        {!overview.exact && <p className="text-sm text-muted">{t('overview.suppressedNote')}</p>}
      </section>

      <section aria-labelledby="ziele" className="space-y-4">
        <h2 id="ziele">{t('overview.targets')}</h2>
        <ProjectTargets overview={overview} />
      </section>

      {funding && (
        <section aria-labelledby="finanzierung" className="space-y-4">
          <h2 id="finanzierung">{t('overview.financing')}</h2>
          {project.budgetCents !== null && <p>{t('funding.budgetNote', { budget: formatEuroFromCents(project.budgetCents) })}</p>}
          <FundingSharesTable funding={funding} />
          <p><Link href={`/projekte/${project.id}/finanzierung`}>{t('overview.toFunding')}</Link></p>
        </section>
      )}

      <section aria-labelledby="phasenmodell" className="space-y-4">
        <h2 id="phasenmodell">{t('phaseModel')}</h2>
        <PhaseModelTable transitions={overview.transitions} />
      </section>
    </div>
  );
}
