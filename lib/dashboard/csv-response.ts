import 'server-only';
// One dashboard table as a CSV download: the same rows as the page's data table, so the
// file says exactly what the screen says (small counts as "< 5").
import { toCsv } from '../participants/csv';
import type { DashboardSelection } from './selection';
import { tableRows, type DataTable } from './tables';

export function csvResponse(table: DataTable, selection: DashboardSelection, landLabel: string): Response {
  const { applied } = selection;
  const scope = (selection.label ?? landLabel).replace(/[^A-Za-z0-9äöüÄÖÜß-]+/g, '-');
  return new Response(toCsv(tableRows(table)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${table.id}-${scope}-${applied.von}-bis-${applied.bis}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
