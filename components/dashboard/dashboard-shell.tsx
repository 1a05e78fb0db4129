import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardPageKey } from '@/lib/dashboard/pages';
import type { DashboardSelection } from '@/lib/dashboard/selection';
import { DashboardFilterForm } from './filter-form';
import { DashboardNav } from './dashboard-nav';

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The frame of every dashboard page: title, the theme links, the filter, what is shown
 * (scope, time of reading, exact or suppressed) and then the page's figures.
 */
export async function DashboardShell({ page, selection, readAt, children }: {
  page: DashboardPageKey;
  selection: DashboardSelection;
  readAt: Date;
  children: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  const heading = selection.level === 'land' ? t('levelHeading.land') : t(`levelHeading.${selection.level}`, { name: selection.label ?? '' });
  return (
    <div className="dashboard-report space-y-10">
      <div className="space-y-2">
        <h1>{t('title')}: {t(`pages.${page}.nav`)}</h1>
        <p className="text-muted">{t(`pages.${page}.intro`)}</p>
        <p className="no-print text-sm text-muted">{t('printHint')}</p>
      </div>
      <DashboardNav current={page} applied={selection.applied} />
      <DashboardFilterForm selection={selection} />
      {selection.projectIds.length === 0 ? (
        <p>{t('noProjects')}</p>
      ) : (
        <>
          <div className="space-y-1">
            <p className="text-xl font-semibold">{heading}</p>
            <p>{t('periodShown', { from: MONTH.format(selection.from), to: MONTH.format(selection.to) })}</p>
            <p>{t(selection.exact ? 'asOf' : 'asOfStatistics', { time: format.dateTime(readAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
            <p className="text-sm text-muted">{selection.exact ? t('exactNote') : t('suppressedNote')}</p>
          </div>
          {children}
        </>
      )}
    </div>
  );
}
