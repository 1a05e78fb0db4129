// The page "Finanzen" as tables of display strings and one-sentence summaries: the data
// tables, the CSV exports and the text beside the charts come from here, so they cannot
// differ. Pure; the caller passes its translators.
import type { FundingSourceKind } from '../generated/prisma/enums';
import { formatDay, formatEuroFromCents, formatInteger } from '../format';
import type { CostFigures, CostPerPlacement } from './cost-per-placement';
import type { Financing } from './financing';
import { formatCountCell, type DataTable, type Translate } from './tables';

export const FINANCE_TABLES = ['finanzierung', 'kosten'] as const;
export type FinanceTable = (typeof FINANCE_TABLES)[number];

export type KindLabel = (kind: FundingSourceKind) => string;

const euro = (cents: bigint | number | null) => (cents === null ? '–' : formatEuroFromCents(cents));
/** Financing shares are whole per cent (largest remainder), summing to 100. */
const wholePercent = (value: number | null) => (value === null ? '–' : `${formatInteger(value)} %`);

export function yearsLabel(years: Financing['years'], t: Translate): string {
  return years.from === years.to ? String(years.from) : t('financing.years', { from: String(years.from), to: String(years.to) });
}

export function financingTable(data: Financing, t: Translate, kindLabel: KindLabel): DataTable {
  const { total } = data;
  return {
    id: 'finanzierung',
    caption: t('financing.caption', { years: yearsLabel(data.years, t) }),
    columns: [t('financing.source'), t('financing.planned'), t('financing.actual'), t('financing.plannedShare'), t('financing.actualShare')],
    rows: data.rows.length === 0 ? [] : [
      ...data.rows.map((r) => ({
        header: kindLabel(r.kind),
        cells: [euro(r.plannedCents), euro(r.actualCents), wholePercent(r.plannedPercent), wholePercent(r.actualPercent)],
      })),
      {
        header: t('financing.total'),
        cells: [
          euro(total.plannedCents), euro(total.actualCents),
          wholePercent(total.plannedCents > 0n ? 100 : null), wholePercent(total.actualCents !== null && total.actualCents > 0n ? 100 : null),
        ],
      },
    ],
  };
}

function costCells(row: CostFigures, t: Translate): string[] {
  return [
    t(`cost.bases.${row.basis}`), euro(row.costCents), formatCountCell(row.placements), euro(row.costPerPlacementCents),
    euro(row.savingsCents), euro(row.savingsPerPlacementCents), euro(row.netCostCents),
  ];
}

export function costTable(data: CostPerPlacement, t: Translate): DataTable {
  return {
    id: 'kosten',
    caption: t('cost.caption'),
    columns: [
      t('cost.project'), t('cost.basis'), t('cost.cost'), t('cost.placements'), t('cost.costPerPlacement'),
      t('cost.savings'), t('cost.savingsPerPlacement'), t('cost.netCost'),
    ],
    rows: [
      ...data.projects.map((p) => ({ header: p.name, cells: costCells(p, t) })),
      // One project is its own total.
      ...(data.projects.length > 1 ? [{ header: t('cost.total'), cells: costCells(data.total, t) }] : []),
    ],
  };
}

export function financingSummary(data: Financing, t: Translate, kindLabel: KindLabel): string {
  const years = yearsLabel(data.years, t);
  if (data.rows.length === 0) return t('financing.none', { years });
  const list = (pick: (r: Financing['rows'][number]) => number | null) =>
    data.rows.flatMap((r) => (pick(r) === null ? [] : [`${kindLabel(r.kind)} ${wholePercent(pick(r))}`])).join(', ');
  const planned = t('financing.summary', { years, planned: euro(data.total.plannedCents), list: list((r) => r.plannedPercent) });
  const actual = data.total.actualCents === null
    ? t('financing.summaryNoActual')
    : t('financing.summaryActual', { actual: euro(data.total.actualCents), list: list((r) => r.actualPercent) });
  return `${planned} ${actual}`;
}

export function costSummary(data: CostPerPlacement, t: Translate): string {
  const { total } = data;
  if (total.costCents === null) return t('cost.summaryNoCost');
  const cost = { cost: euro(total.costCents), basis: t(`cost.basisNote.${total.basis}`) };
  let text: string;
  if (total.placements.suppressed) text = t('cost.summaryHidden', cost);
  else if (total.placements.value === 0) text = t('cost.summaryNoPlacements', cost);
  else if (data.costMissing.length > 0) text = t('cost.summaryIncomplete', { ...cost, projects: data.costMissing.join(', ') });
  else text = t('cost.summary', { ...cost, placements: formatCountCell(total.placements), perPlacement: euro(total.costPerPlacementCents) });
  if (data.savingsThrough === null) return `${text} ${t('cost.summaryNoSavings')}`;
  if (total.savingsCents === null) return text;
  const savings = { through: formatDay(data.savingsThrough), savings: euro(total.savingsCents), net: euro(total.netCostCents) };
  return `${text} ${total.savingsPerPlacementCents === null
    ? t('cost.summarySavings', savings)
    : t('cost.summarySavingsPerPlacement', { ...savings, perPlacement: euro(total.savingsPerPlacementCents) })}`;
}
