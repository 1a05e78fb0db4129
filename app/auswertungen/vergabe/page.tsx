import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { getProcurementDashboard } from '@/lib/dashboard/procurement';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { ProcurementFigures } from '@/components/dashboard/procurement-figures';

export const metadata: Metadata = { title: 'Auswertungen: Vergabe' };

export default async function ProcurementDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const dashboard = await getProcurementDashboard(actor, DashboardFilterSchema.parse(await searchParams));
  if (!dashboard) notFound();
  return (
    <DashboardShell page="procurement" selection={dashboard.selection} readAt={dashboard.readAt}>
      <ProcurementFigures dashboard={dashboard} />
    </DashboardShell>
  );
}
