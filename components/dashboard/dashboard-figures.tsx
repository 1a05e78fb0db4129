import { getTranslations } from 'next-intl/server';
import type { Dashboard } from '@/lib/dashboard/queries';
import { contactsSummary, funnelSummary, periodLabelOf, placementsSummary, sustainabilitySummary } from '@/lib/dashboard/summaries';
import { contactsTable, formatSpan, funnelTable, placementsTable, sustainabilityTable, type Translate } from '@/lib/dashboard/tables';
import { exportHref as pageExportHref } from '@/lib/dashboard/pages';
import type { DashboardTable } from '@/lib/dashboard/schema';
import { BarFigure, LineFigure } from './charts';
import { ComparisonSection } from './comparison-section';
import { FigureSection } from './figure-section';

const SHORT_MONTH = new Intl.DateTimeFormat('de-DE', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The four figures of one view; charts get finished, already suppressed numbers. */
export async function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const { applied } = dashboard.selection;
  const exportHref = (tabelle: DashboardTable) => pageExportHref('impact', applied, tabelle);
  const { placements, sustainability, funnel, contacts } = dashboard;
  const period = periodLabelOf(applied);
  // An axis has little room: "Jan. 19" for months; quarters and years as the table names them.
  const axisLabel = (start: string) => (dashboard.selection.step === 'month' ? SHORT_MONTH.format(new Date(`${start}-01T00:00:00Z`)) : formatSpan(start, dashboard.selection.step, t));
  return (
    <div className="space-y-12">
      {dashboard.comparison && <ComparisonSection comparison={dashboard.comparison} applied={applied} />}
      <FigureSection
        title={t('placements.title')}
        summary={placementsSummary(placements, period, t)}
        chart={<BarFigure series={[t('placements.placed')]} data={placements.spans.map((m) => ({ label: axisLabel(m.start), values: [m.placed.value] }))} />}
        table={placementsTable(placements, t)}
        exportHref={exportHref('vermittlungen')}
      />
      <FigureSection
        title={t('sustainability.title')}
        summary={sustainabilitySummary(sustainability, t)}
        chart={
          <BarFigure
            unit=" %"
            series={[t('sustainability.employedShare'), t('sustainability.needsCoveringShare')]}
            data={sustainability.map((r) => ({ label: t('sustainability.monthsAfter', { months: r.monthsAfter }), values: [r.employedShare, r.needsCoveringShare] }))}
          />
        }
        table={sustainabilityTable(sustainability, t)}
        exportHref={exportHref('nachhaltigkeit')}
      />
      <FigureSection
        title={t('funnel.title')}
        summary={funnelSummary(funnel, t)}
        chart={<BarFigure horizontal series={[t('funnel.count')]} data={funnel.map((s) => ({ label: t(`funnel.stages.${s.stage}`), values: [s.count.value] }))} />}
        table={funnelTable(funnel, t)}
        exportHref={exportHref('phasen')}
      />
      <FigureSection
        title={t('contacts.title')}
        summary={contactsSummary(contacts, period, t)}
        chart={
          <LineFigure
            actualName={t('contacts.perParticipant')}
            targetName={t('contacts.target')}
            endNames={[t('contacts.actualShort'), t('contacts.targetShort')]}
            data={contacts.spans.map((m) => ({ label: axisLabel(m.start), actual: m.perParticipant, target: m.target }))}
          />
        }
        table={contactsTable(contacts, t)}
        exportHref={exportHref('kontakte')}
      />
    </div>
  );
}
