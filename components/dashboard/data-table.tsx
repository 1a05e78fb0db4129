import type { DataTable } from '@/lib/dashboard/tables';

/** A figure's numbers as a real table: caption, column and row headers for screen readers. */
export function DashboardDataTable({ table }: { table: DataTable }) {
  const [rowHeading, ...columns] = table.columns;
  return (
    <table>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((c) => <th key={c} scope="col" className="num">{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.header}>
            <th scope="row" className="bg-transparent font-normal">{row.header}</th>
            {row.cells.map((cell, i) => <td key={i} className="num">{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
