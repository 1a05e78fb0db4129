import { getTranslations } from 'next-intl/server';
import type { ProcurementDashboard } from '@/lib/dashboard/procurement';
import {
  procurementRetentionTable, procurementSummary, procurementYearsTable, retentionSummary, type ProcurementTable,
} from '@/lib/dashboard/procurement-tables';
import { exportHref as pageExportHref } from '@/lib/dashboard/pages';
import { periodLabelOf } from '@/lib/dashboard/summaries';
import type { Translate } from '@/lib/dashboard/tables';
import { BarFigure } from './charts';
import { FigureSection } from './figure-section';

/** The procurement figures of one view; charts get finished, already suppressed numbers. */
export async function ProcurementFigures({ dashboard }: { dashboard: ProcurementDashboard }) {
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const { procurement, selection } = dashboard;
  // No tenders in the period: one sentence instead of an empty chart and a table of zeros.
  if (procurement.total.tenders === 0) return <p>{t('procurement.none')}</p>;
  const period = periodLabelOf(selection.applied);
  const exportHref = (tabelle: ProcurementTable) => pageExportHref('procurement', selection.applied, tabelle);
  return (
    <div className="space-y-12">
      <FigureSection
        title={t('procurement.title')}
        summary={procurementSummary(procurement, period, t)}
        chart={
          <BarFigure
            series={[t('procurement.committed'), t('procurement.delivered')]}
            data={procurement.years.map((y) => ({ label: String(y.year), values: [y.committedHires, y.delivered.value] }))}
          />
        }
        table={procurementYearsTable(procurement, t)}
        exportHref={exportHref('vergaben')}
      />
      <FigureSection
        title={t('procurement.retention.title')}
        summary={retentionSummary(procurement, t)}
        chart={
          <BarFigure
            unit=" %"
            series={[t('procurement.retention.share')]}
            data={procurement.retention.map((r) => ({ label: t('procurement.retention.monthsAfter', { months: r.monthsAfter }), values: [r.share] }))}
          />
        }
        table={procurementRetentionTable(procurement, t)}
        exportHref={exportHref('verbleib')}
      />
    </div>
  );
}
