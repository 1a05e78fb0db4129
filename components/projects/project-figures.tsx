import { getTranslations } from 'next-intl/server';
import type { ProjectOverview } from '@/lib/projects/get-project';
import type { ProjectFunding } from '@/lib/funding/source-queries';
import { formatEuroFromCents, formatInteger } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';
import { formatCount } from './count-cell';

export async function ProjectFigures({ overview, funding }: { overview: ProjectOverview; funding: ProjectFunding | null }) {
  const t = await getTranslations('projectAdmin.overview');
  const { figures, project } = overview;
  return (
    <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
      <StatCard label={t('participants')} value={formatCount(figures.participants)} />
      <StatCard label={t('active')} value={formatCount(figures.active)} />
      <StatCard label={t('placements')} value={formatCount(figures.placements)} />
      <StatCard label={t('positions')} value={t('positionsValue', { filled: formatCount(figures.positionsFilled), offered: formatInteger(figures.positionsOffered) })} />
      <StatCard label={t('employers')} value={formatInteger(figures.employers)} />
      <StatCard label={t('budget')} value={project.budgetCents === null ? t('noBudget') : formatEuroFromCents(project.budgetCents)} />
      {funding && <StatCard label={t('fundingPlanned')} value={formatEuroFromCents(funding.plannedCents)} />}
      {funding && <StatCard label={t('fundingActual')} value={funding.actualCents === null ? t('noActual') : formatEuroFromCents(funding.actualCents)} />}
    </dl>
  );
}
