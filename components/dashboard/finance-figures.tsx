import { getTranslations } from 'next-intl/server';
import type { FinanceDashboard } from '@/lib/dashboard/financing';
import { costSummary, costTable, financingSummary, financingTable, type FinanceTable, type KindLabel } from '@/lib/dashboard/finance-tables';
import { exportHref as pageExportHref } from '@/lib/dashboard/pages';
import type { Translate } from '@/lib/dashboard/tables';
import { Disclosure } from '@/components/ui/disclosure';
import { BarFigure } from './charts';
import { FigureSection } from './figure-section';

const METHOD = ['cost', 'placements', 'savings', 'net', 'suppression'] as const;
// Two bars per row, with room for their direct labels.
const chartHeight = (rows: number) => Math.max(160, rows * 64 + 56);
const euros = (cents: number | null) => (cents === null ? null : Math.round(cents / 100));

/** Financing shares and cost per placement; charts get finished, already suppressed numbers. */
export async function FinanceFigures({ dashboard }: { dashboard: FinanceDashboard }) {
  const [t, funding] = await Promise.all([getTranslations('dashboard'), getTranslations('funding')]);
  const tr = t as unknown as Translate;
  const kindLabel: KindLabel = (kind) => funding(kind);
  const exportHref = (tabelle: FinanceTable) => pageExportHref('finance', dashboard.selection.applied, tabelle);
  const { financing, cost } = dashboard;
  return (
    <div className="space-y-12">
      <FigureSection
        title={t('financing.title')}
        summary={financingSummary(financing, tr, kindLabel)}
        chart={
          <BarFigure
            horizontal
            height={chartHeight(financing.rows.length)}
            unit=" %"
            series={[t('financing.plannedShare'), t('financing.actualShare')]}
            data={financing.rows.map((r) => ({ label: kindLabel(r.kind), values: [r.plannedPercent, r.actualPercent] }))}
          />
        }
        table={financingTable(financing, tr, kindLabel)}
        exportHref={exportHref('finanzierung')}
      />
      <div className="space-y-4">
        <FigureSection
          title={t('cost.title')}
          summary={costSummary(cost, tr)}
          chart={
            <BarFigure
              horizontal
              height={chartHeight(cost.projects.length)}
              unit=" €"
              series={[t('cost.costPerPlacement'), t('cost.savingsPerPlacement')]}
              data={cost.projects.map((p) => ({ label: p.name, values: [euros(p.costPerPlacementCents), euros(p.savingsPerPlacementCents)] }))}
            />
          }
          table={costTable(cost, tr)}
          exportHref={exportHref('kosten')}
        />
        <Disclosure summary={t('cost.method.title')}>
          <div className="space-y-3">
            {METHOD.map((key) => <p key={key}>{t(`cost.method.${key}`)}</p>)}
          </div>
        </Disclosure>
      </div>
    </div>
  );
}
