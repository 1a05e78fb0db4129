import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { getDashboard } from '@/lib/dashboard/queries';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import { DashboardFigures } from '@/components/dashboard/dashboard-figures';
import { DashboardShell } from '@/components/dashboard/dashboard-shell';

export const metadata: Metadata = { title: 'Auswertungen: Wirkung' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const dashboard = await getDashboard(actor, DashboardFilterSchema.parse(await searchParams));
  if (!dashboard) notFound();
  return (
    <DashboardShell page="impact" selection={dashboard.selection} readAt={dashboard.readAt}>
      <DashboardFigures dashboard={dashboard} />
    </DashboardShell>
  );
}
