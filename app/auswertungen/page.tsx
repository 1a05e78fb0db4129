import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getDashboard } from '@/lib/dashboard/queries';
import { DashboardFilterSchema } from '@/lib/dashboard/schema';
import { DashboardFigures } from '@/components/dashboard/dashboard-figures';
import { DashboardFilterForm } from '@/components/dashboard/filter-form';

export const metadata: Metadata = { title: 'Auswertungen' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, 'dashboard.read')) notFound();
  const [t, format, dashboard] = await Promise.all([
    getTranslations('dashboard'), getFormatter(), getDashboard(actor, DashboardFilterSchema.parse(await searchParams)),
  ]);
  if (!dashboard) notFound();
  const { selection } = dashboard;
  const heading = selection.level === 'land' ? t('levelHeading.land') : t(`levelHeading.${selection.level}`, { name: selection.label ?? '' });
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1>{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </div>
      <DashboardFilterForm selection={selection} />
      {selection.projectIds.length === 0 ? (
        <p>{t('noProjects')}</p>
      ) : (
        <>
          <div className="space-y-1">
            <p className="text-xl font-semibold">{heading}</p>
            <p>
              {t('asOf', { time: format.dateTime(dashboard.readAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>
            <p className="text-sm text-muted">{selection.exact ? t('exactNote') : t('suppressedNote')}</p>
          </div>
          <DashboardFigures dashboard={dashboard} />
        </>
      )}
    </div>
  );
}
