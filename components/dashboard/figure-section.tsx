import type { ReactNode } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DataTable } from '@/lib/dashboard/tables';
import { Disclosure } from '@/components/ui/disclosure';
import { DashboardDataTable } from './data-table';

const LONG_TABLE = 13;

/**
 * One figure: heading, text summary, chart (hidden from screen readers) and the data table
 * with the same numbers, and its CSV export. Long monthly tables open on demand.
 */
export async function FigureSection({ title, summary, chart, table, exportHref }: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: DataTable;
  exportHref: string;
}) {
  const t = await getTranslations('dashboard');
  const headingId = `abbildung-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId}>{title}</h2>
      <p>{summary}</p>
      {chart}
      {table.rows.length > LONG_TABLE ? (
        <Disclosure summary={t('showTable', { rows: table.rows.length })}>
          <DashboardDataTable table={table} />
        </Disclosure>
      ) : (
        <DashboardDataTable table={table} />
      )}
      <p>
        <Link href={exportHref} prefetch={false}>{t('csv', { table: table.caption })}</Link>
      </p>
    </section>
  );
}
