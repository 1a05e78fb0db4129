import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export type ProjectArea = 'overview' | 'funding' | 'employers' | 'subsidy' | 'tenders';

const AREAS: readonly { area: ProjectArea; href: (id: string) => string }[] = [
  { area: 'overview', href: (id) => `/projekte/${id}` },
  { area: 'funding', href: (id) => `/projekte/${id}/finanzierung` },
  { area: 'employers', href: (id) => `/projekte/${id}/arbeitgeber` },
  { area: 'subsidy', href: (id) => `/projekte/${id}/foerderung` },
  { area: 'tenders', href: (id) => `/ausschreibungen?projekt=${encodeURIComponent(id)}` },
];

// The areas of one project as tabs: links, not an ARIA tablist, because each area is its own page
// (a tablist promises arrow-key switching inside one page). The current one carries aria-current
// and a visible underline plus bold text, so it is not marked by colour alone.
export async function ProjectNav({ projectId, current }: { projectId: string; current: ProjectArea }) {
  const t = await getTranslations('projectAdmin.nav');
  return (
    <nav aria-label={t('label')} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-1">
        {AREAS.map(({ area, href }) => {
          const isCurrent = area === current;
          return (
            <li key={area}>
              <Link
                href={href(projectId)}
                aria-current={isCurrent ? 'page' : undefined}
                className={
                  isCurrent
                    ? 'inline-block px-3 py-2 font-semibold no-underline border-b-4 border-action text-ink'
                    : 'inline-block px-3 py-2 no-underline border-b-4 border-transparent hover:border-line'
                }
              >
                {t(area)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
