import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from './scroll-region';
import type { ProjectEmployers } from '@/lib/employers/project-queries';
import { formatInteger } from '@/lib/format';

export async function CoachTable({ data }: { data: Pick<ProjectEmployers, 'project' | 'coaches'> }) {
  const t = await getTranslations('employers.project');
  if (data.coaches.length === 0) return <p>{t('noCoaches')}</p>;
  const withCaseload = data.coaches.some((c) => c.caseload !== null);
  return (
    <ScrollRegion label={t('coachesCaption', { project: data.project.name })}>
      <table>
        <caption>{t('coachesCaption', { project: data.project.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coachName')}</th>
            <th scope="col">{t('employedBy')}</th>
            <th scope="col">{t('serves')}</th>
            <th scope="col">{t('account')}</th>
            {withCaseload && <th scope="col" className="num">{t('caseload')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.coaches.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="bg-transparent font-normal">{c.name}</th>
              <td>{c.employer ?? t('byProject')}</td>
              <td>{c.serves.length > 0 ? c.serves.join(', ') : '–'}</td>
              <td>{c.account ?? t('noAccount')}</td>
              {withCaseload && <td className="num">{c.caseload === null ? '–' : formatInteger(c.caseload)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
