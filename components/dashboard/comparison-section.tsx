import { getTranslations } from 'next-intl/server';
import type { Comparison } from '@/lib/dashboard/comparison';
import { comparisonSummary, comparisonTable, projectLabels } from '@/lib/dashboard/comparison-table';
import { exportHref } from '@/lib/dashboard/pages';
import type { DashboardSelection } from '@/lib/dashboard/selection';
import { periodLabelOf } from '@/lib/dashboard/summaries';
import type { Translate } from '@/lib/dashboard/tables';
import { BarFigure } from './charts';
import { FigureSection } from './figure-section';

/** Programmes side by side (city and Land level): the placement rate per project as bars. */
export async function ComparisonSection({ comparison, applied }: { comparison: Comparison; applied: DashboardSelection['applied'] }) {
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const labels = projectLabels(comparison, t);
  return (
    <FigureSection
      title={t('comparison.title')}
      summary={comparisonSummary(comparison, periodLabelOf(applied), t)}
      chart={
        <BarFigure
          horizontal
          unit=" %"
          height={Math.max(140, 48 * comparison.rows.length + 60)}
          series={[t('comparison.rate')]}
          data={comparison.rows.map((r, i) => ({ label: labels[i]!, values: [r.rate] }))}
        />
      }
      table={comparisonTable(comparison, t)}
      exportHref={exportHref('impact', applied, 'vergleich')}
    />
  );
}
