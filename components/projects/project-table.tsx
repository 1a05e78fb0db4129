import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ProjectFigures } from '@/lib/projects/queries';
import { formatDay, formatInteger } from '@/lib/format';
import { formatCount } from './count-cell';

export async function ProjectTable({ projects }: { projects: ProjectFigures[] }) {
  const t = await getTranslations('projects');
  return (
    <div className="overflow-x-auto">
      <table>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('city')}</th>
            <th scope="col">{t('period')}</th>
            <th scope="col" className="num">{t('positions')}</th>
            <th scope="col" className="num">{t('participants')}</th>
            <th scope="col" className="num">{t('placements')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="bg-transparent font-normal">
                <Link href={`/projekte/${p.id}`}>{p.name}</Link>
                <span className="block text-sm text-muted">{p.operator}</span>
              </th>
              <td>{p.city}</td>
              <td>
                {p.endDate ? `${formatDay(p.startDate)} – ${formatDay(p.endDate)}` : t('since', { start: formatDay(p.startDate) })}
              </td>
              <td className="num">
                {formatInteger(p.positions)}
                {p.targetPositions !== null && <Target text={t('target', { value: formatInteger(p.targetPositions) })} />}
              </td>
              <td className="num">
                {formatCount(p.participants)}
                {p.targetParticipants !== null && <Target text={t('target', { value: formatInteger(p.targetParticipants) })} />}
              </td>
              <td className="num">{formatCount(p.placements)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Target({ text }: { text: string }) {
  return <span className="block text-sm text-muted">{text}</span>;
}
