import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getPositionsDashboard } from '@/lib/dashboard/positions';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { PositionsFigures } from '@/components/dashboard/positions-figures';

export const metadata: Metadata = { title: 'Auswertungen: Arbeitsplätze und Betreuung' };

export default async function PositionsDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const dashboard = await getPositionsDashboard(actor, DashboardFilterSchema.parse(await searchParams));
  if (!dashboard) notFound();
  // The names per person are on /fallzahlen, for those who assign the cases of the
  // projects shown here (their organisation runs them all).
  const perPersonLink = dashboard.selection.exact && can(actor, 'participant.reassign');
  return (
    <DashboardShell page="positions" selection={dashboard.selection} readAt={dashboard.readAt}>
      <PositionsFigures dashboard={dashboard} perPersonLink={perPersonLink} />
    </DashboardShell>
  );
}
