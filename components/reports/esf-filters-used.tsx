import { getTranslations } from 'next-intl/server';
import type { EsfReport } from '@/lib/reports/esf';
import { formatDay } from '@/lib/format';

/** The selection in words (projects, entry period as counted), shown above the tables and printed. */
export async function EsfFiltersUsed({ report, chosenProject }: { report: EsfReport; chosenProject: boolean }) {
  const t = await getTranslations('esfReport');
  const projects = chosenProject ? report.selected.map((p) => p.name).join(', ') : t('allProjectsCount', { count: report.selected.length });
  const { from, to } = report;
  const period = from && to
    ? t('periodFromTo', { from: formatDay(from), to: formatDay(to) })
    : from ? t('periodFrom', { from: formatDay(from) }) : to ? t('periodTo', { to: formatDay(to) }) : t('periodAll');
  return (
    <div className="space-y-1">
      <p className="font-semibold">{t('filtersUsed', { projects, period })}</p>
      {report.periodWidened && <p className="text-sm text-muted">{t('periodWidened')}</p>}
      <p className="text-sm text-muted">{report.exact ? t('exactNote') : t('suppressedNote')}</p>
    </div>
  );
}
