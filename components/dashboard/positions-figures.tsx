import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { exportHref as pageExportHref } from '@/lib/dashboard/pages';
import type { PositionsDashboard } from '@/lib/dashboard/positions';
import {
  caseloadSummary, caseloadTable, employerHeadings, positionsSummary, positionsTable, projectHeadings, type PositionsTable,
} from '@/lib/dashboard/positions-tables';
import type { Translate } from '@/lib/dashboard/tables';
import { BarFigure } from './charts';
import { FigureSection } from './figure-section';

// Two bars per employer or three per project, one row of bars about every 16 px.
const chartHeight = (rows: number, series: number) => Math.max(200, 60 + rows * series * 16);

/**
 * Positions per employer and caseload per project; charts get finished, already
 * suppressed numbers. `perPersonLink`: the viewer may open /fallzahlen for these projects.
 */
export async function PositionsFigures({ dashboard, perPersonLink }: { dashboard: PositionsDashboard; perPersonLink: boolean }) {
  const t = (await getTranslations('dashboard')) as unknown as Translate;
  const { applied } = dashboard.selection;
  const exportHref = (tabelle: PositionsTable) => pageExportHref('positions', applied, tabelle);
  const { positions, caseload } = dashboard;
  const employers = employerHeadings(positions);
  const projects = projectHeadings(caseload);
  return (
    <div className="space-y-12">
      <FigureSection
        title={t('positions.title')}
        summary={`${positionsSummary(positions, t)} ${t('positions.definition')}`}
        chart={
          positions.employers.length > 0 && (
            <BarFigure
              horizontal
              height={chartHeight(positions.employers.length, 2)}
              series={[t('positions.offered'), t('positions.filled')]}
              data={positions.employers.map((e, i) => ({ label: employers[i]!, values: [e.offered, e.filled.value] }))}
            />
          )
        }
        table={positionsTable(positions, t)}
        exportHref={exportHref('arbeitsplaetze')}
      />
      <div className="space-y-4">
        <FigureSection
          title={t('caseload.title')}
          summary={`${caseloadSummary(caseload, t)} ${t('caseload.definition')}`}
          chart={
            <BarFigure
              horizontal
              height={chartHeight(caseload.length, 3)}
              series={[t('caseload.chartAverageCaseworker'), t('caseload.chartAverageJobCoach'), t('caseload.chartTarget')]}
              data={caseload.map((p, i) => ({ label: projects[i]!, values: [p.roles.caseworker.average, p.roles.jobCoach.average, p.ratio] }))}
            />
          }
          table={caseloadTable(caseload, t)}
          exportHref={exportHref('betreuung')}
        />
        {perPersonLink && (
          <p>
            <Link href="/fallzahlen">{t('caseload.perPersonLink')}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
