import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DASHBOARD_PAGES, filterQuery, type DashboardPageKey } from '@/lib/dashboard/pages';
import type { DashboardSelection } from '@/lib/dashboard/selection';

// The dashboard themes as links that carry the current filter along.
export async function DashboardNav({ current, applied }: { current: DashboardPageKey; applied: DashboardSelection['applied'] }) {
  const t = await getTranslations('dashboard.pages');
  const query = filterQuery(applied);
  return (
    <nav aria-label={t('navLabel')} className="no-print">
      <ul className="flex flex-wrap gap-x-2 gap-y-2 border-b-2 border-line">
        {DASHBOARD_PAGES.map((page) => {
          const active = page.key === current;
          return (
            <li key={page.key}>
              <Link
                href={`${page.path}?${query}`}
                aria-current={active ? 'page' : undefined}
                className={`-mb-0.5 block border-b-4 px-3 py-2 font-semibold no-underline ${active ? 'border-action text-action' : 'border-transparent text-ink hover:border-line'}`}
              >
                {t(`${page.key}.nav`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
