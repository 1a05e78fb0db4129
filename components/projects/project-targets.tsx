import { getTranslations } from 'next-intl/server';
import type { ProjectOverview } from '@/lib/projects/get-project';
import { formatInteger } from '@/lib/format';
import { formatCount } from './count-cell';

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Each target beside the status computed from the records. */
export async function ProjectTargets({ overview }: { overview: ProjectOverview }) {
  const t = await getTranslations('projectAdmin.overview');
  const { project, figures } = overview;
  const target = (value: number | null) => (value === null ? t('noTarget') : formatInteger(value));
  const rows: [string, string, string][] = [
    [t('participants'), target(project.targetParticipants), formatCount(figures.participants)],
    [t('positions'), target(project.targetPositions), t('positionsValue', { filled: formatCount(figures.positionsFilled), offered: formatInteger(figures.positionsOffered) })],
    [t('placements'), target(project.targetPlacements), formatCount(figures.placements)],
    [
      t('caseload'),
      project.caseloadRatio === null ? t('noTarget') : t('caseloadValue', { value: formatInteger(project.caseloadRatio) }),
      figures.caseload === null ? t('notAvailable') : t('caseloadValue', { value: formatInteger(figures.caseload) }),
    ],
    [t('contactsPerMonth'), target(project.contactsPerMonth), figures.contactsPerMonth === null ? t('notAvailable') : decimal.format(figures.contactsPerMonth)],
    [t('aftercareMonths'), target(project.aftercareMonths), '–'],
  ];
  return (
    <>
      <table className="max-w-3xl">
        <caption>{t('targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figure')}</th>
            <th scope="col" className="num">{t('target')}</th>
            <th scope="col" className="num">{t('actual')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, goal, actual]) => (
            <tr key={label}>
              <th scope="row" className="bg-transparent font-normal">{label}</th>
              <td className="num">{goal}</td>
              <td className="num">{actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
