import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';

// Checked here, above loading.tsx: a page below a loading boundary streams with status
// 200 before its own notFound() runs, and someone without dashboards must get a real 404.
export default async function ReportsLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!can(actor, 'dashboard.read')) notFound();
  return children;
}
