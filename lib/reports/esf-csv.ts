// One table of the ESF+ report as CSV (semicolons, UTF-8 with BOM, for German Excel),
// built from the same EsfTable the page shows; toCsv neutralises formula-like text.
import { toCsv } from '../participants/csv';
import type { EsfTable } from './esf';
import { reportCountText } from './suppress-breakdown';

export interface EsfCsvLabels {
  column: string;
  count: string;
  share: string;
  total: string;
  category: (category: string) => string;
}

const percent = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function esfTableCsv(table: EsfTable, labels: EsfCsvLabels): string {
  return toCsv([
    [labels.column, labels.count, `${labels.share} (%)`],
    ...table.rows.map((row) => [labels.category(row.category), reportCountText(row.count), row.percent === null ? '' : percent.format(row.percent)]),
    [labels.total, reportCountText(table.total), table.total.value === null ? '' : '100'],
  ]);
}
