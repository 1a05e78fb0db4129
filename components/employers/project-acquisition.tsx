import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from './scroll-region';
import type { ProjectEmployers } from '@/lib/employers/project-queries';
import { formatDay, formatInteger } from '@/lib/format';
import { formatCount } from '@/components/projects/count-cell';

type Data = Pick<ProjectEmployers, 'project' | 'acquisitions' | 'pipeline'>;

/** Firms per stage as a table whose bars repeat the number in the cell beside them (never colour alone). */
export async function PipelineTable({ data }: { data: Data }) {
  const t = await getTranslations('employers');
  const most = Math.max(1, ...data.pipeline.map((s) => s.firms));
  return (
    <ScrollRegion label={t('project.pipelineCaption', { project: data.project.name })}>
      <table>
        <caption>{t('project.pipelineCaption', { project: data.project.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.stage')}</th>
            <th scope="col" className="num">{t('project.firms')}</th>
            <th scope="col" className="num">{t('project.committedSum')}</th>
            <th scope="col"><span className="sr-only">{t('project.firms')}</span></th>
          </tr>
        </thead>
        <tbody>
          {data.pipeline.map((s, i) => (
            <tr key={s.stage}>
              <th scope="row" className="bg-transparent font-normal">{`${i + 1}. ${t(`stages.${s.stage}`)}`}</th>
              <td className="num">{formatInteger(s.firms)}</td>
              <td className="num">{formatInteger(s.committed)}</td>
              <td className="w-1/2" aria-hidden="true">
                <div className="h-4 rounded-sm bg-action" style={{ width: `${(100 * s.firms) / most}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export async function AcquisitionTable({ data }: { data: Data }) {
  const t = await getTranslations('employers');
  if (data.acquisitions.length === 0) return <p>{t('project.noAcquisitions')}</p>;
  return (
    <ScrollRegion label={t('project.summaryCaption', { project: data.project.name })}>
      <table>
        <caption>{t('project.summaryCaption', { project: data.project.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.employer')}</th>
            <th scope="col">{t('project.stage')}</th>
            <th scope="col" className="num">{t('project.committed')}</th>
            <th scope="col" className="num">{t('project.offered')}</th>
            <th scope="col" className="num">{t('project.filled')}</th>
            <th scope="col">{t('project.firstContact')}</th>
            <th scope="col">{t('project.acquiredBy')}</th>
          </tr>
        </thead>
        <tbody>
          {data.acquisitions.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="bg-transparent font-normal">
                {a.employer}
                {a.note && <span className="block text-sm text-muted">{a.note}</span>}
              </th>
              <td>{t(`stages.${a.stage}`)}</td>
              <td className="num">{formatInteger(a.positionsCommitted)}</td>
              <td className="num">{formatInteger(a.offered)}</td>
              <td className="num">{formatCount(a.filled)}</td>
              <td>{formatDay(a.firstContactAt)}</td>
              <td>{a.acquiredBy ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
