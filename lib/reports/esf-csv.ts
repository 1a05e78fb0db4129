// One table of the ESF+ report as CSV (semicolons, UTF-8 with BOM, for German Excel),
// built from the same EsfTable and the same cell text (formatCountCell) as the page;
// toCsv neutralises formula-like text.
import { toCsv } from '../participants/csv';
import { formatCountCell } from '../dashboard/tables';
import type { EsfTable } from './esf';

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
    ...table.rows.map((row) => [labels.category(row.category), formatCountCell(row.count), row.percent === null ? '' : percent.format(row.percent)]),
    [labels.total, formatCountCell(table.total), table.total.value === null ? '' : '100'],
  ]);
}
