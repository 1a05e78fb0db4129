import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { getFinanceDashboard } from '@/lib/dashboard/financing';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { FinanceFigures } from '@/components/dashboard/finance-figures';

export const metadata: Metadata = { title: 'Auswertungen: Finanzen' };

export default async function FinanceDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const dashboard = await getFinanceDashboard(actor, DashboardFilterSchema.parse(await searchParams));
  if (!dashboard) notFound();
  return (
    <DashboardShell page="finance" selection={dashboard.selection} readAt={dashboard.readAt}>
      <FinanceFigures dashboard={dashboard} />
    </DashboardShell>
  );
}
