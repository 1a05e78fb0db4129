// The procurement page's figures as data tables (screen and CSV) and German sentences, from
// the same numbers. Pure; the caller passes its translator and the period's label.
import { formatInteger } from '../format';
import type { DashboardProcurement, ProcurementYearCounts } from './procurement';
import type { PeriodLabel } from './summaries';
import { formatCountCell, formatPercent, type DataTable, type Translate } from './tables';

/** The ?tabelle= names of the page's CSV exports. */
export const PROCUREMENT_TABLES = ['vergaben', 'verbleib'] as const;
export type ProcurementTable = (typeof PROCUREMENT_TABLES)[number];

function yearCells(r: ProcurementYearCounts): string[] {
  return [
    formatInteger(r.tenders), formatInteger(r.checked), formatInteger(r.suitable), formatPercent(r.suitableShare),
    formatInteger(r.clauses), formatInteger(r.committedHires), formatCountCell(r.delivered), formatPercent(r.deliveredShare),
  ];
}

export function procurementYearsTable(data: DashboardProcurement, t: Translate): DataTable {
  return {
    id: 'vergaben',
    caption: t('procurement.caption'),
    columns: [
      t('procurement.year'), t('procurement.tenders'), t('procurement.checked'), t('procurement.suitable'), t('procurement.suitableShare'),
      t('procurement.clauses'), t('procurement.committed'), t('procurement.delivered'), t('procurement.deliveredShare'),
    ],
    rows: [
      ...data.years.map((r) => ({ header: String(r.year), cells: yearCells(r) })),
      { header: t('period'), cells: yearCells(data.total) },
    ],
  };
}

export function procurementRetentionTable(data: DashboardProcurement, t: Translate): DataTable {
  return {
    id: 'verbleib',
    caption: t('procurement.retention.caption'),
    columns: [t('procurement.retention.after'), t('procurement.retention.recorded'), t('procurement.retention.still'), t('procurement.retention.share')],
    rows: data.retention.map((r) => ({
      header: t('procurement.retention.monthsAfter', { months: r.monthsAfter }),
      cells: [formatCountCell(r.recorded), formatCountCell(r.still), formatPercent(r.share)],
    })),
  };
}

export function procurementSummary(data: DashboardProcurement, period: PeriodLabel, t: Translate): string {
  const { total } = data;
  if (total.tenders === 0) return t('procurement.none');
  const tenders = t('procurement.summary', {
    ...period, checked: formatInteger(total.checked), suitable: formatInteger(total.suitable),
    share: formatPercent(total.suitableShare), clauses: formatInteger(total.clauses),
  });
  const hires = total.delivered.suppressed
    ? t('procurement.summaryHiresHidden', { committed: formatInteger(total.committedHires) })
    : t('procurement.summaryHires', {
        committed: formatInteger(total.committedHires), delivered: formatInteger(total.delivered.value), share: formatPercent(total.deliveredShare),
      });
  return `${tenders} ${hires}`;
}

export function retentionSummary(data: DashboardProcurement, t: Translate): string {
  return data.retention
    .map((r) => {
      if (r.recorded.value === 0) return t('procurement.retention.summaryNone', { months: r.monthsAfter });
      if (r.share === null) return t('procurement.retention.summaryHidden', { months: r.monthsAfter });
      return t('procurement.retention.summary', { months: r.monthsAfter, recorded: formatCountCell(r.recorded), share: formatPercent(r.share) });
    })
    .join(' ');
}
