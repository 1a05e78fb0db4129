import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from './scroll-region';
import type { EmployerDetail } from '@/lib/employers/queries';
import { formatDay, formatInteger } from '@/lib/format';
import { formatCount } from '@/components/projects/count-cell';

export async function EmployerData({ employer }: { employer: EmployerDetail }) {
  const t = await getTranslations('employers');
  const rows: [string, string][] = [
    [t('detail.kind'), t(`kinds.${employer.kind}`)],
    [t('detail.city'), employer.city],
    [t('detail.district'), employer.district ?? t('detail.none')],
    [t('detail.fields'), employer.occupationalFields.join(', ') || t('detail.none')],
    [t('detail.maintainedBy'), employer.maintainedBy],
  ];
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function EmployerPositions({ employer }: { employer: EmployerDetail }) {
  const t = await getTranslations('employers');
  if (employer.projects.length === 0) return <p>{t('detail.noPositions')}</p>;
  return (
    <div className="space-y-6">
      {employer.projects.map((p) => (
        <div key={p.id}>
          <ScrollRegion label={t('detail.positionsCaption', { employer: employer.name, project: p.name })}>
            <table>
              <caption>{t('detail.positionsCaption', { employer: employer.name, project: p.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('detail.field')}</th>
                  <th scope="col">{t('detail.workingTime')}</th>
                  <th scope="col" className="num">{t('detail.offered')}</th>
                  {p.positionFigures && <th scope="col" className="num">{t('detail.filled')}</th>}
                </tr>
              </thead>
              <tbody>
                {p.positions.map((pos) => (
                  <tr key={pos.id}>
                    <th scope="row" className="bg-transparent font-normal">{pos.occupationalField}</th>
                    <td>
                      {pos.fullTime ? t('project.fullTime') : t('project.partTime')}
                      {pos.hoursPerWeek && `, ${t('project.hours', { hours: pos.hoursPerWeek.replace('.', ',') })}`}
                    </td>
                    <td className="num">{formatInteger(pos.count)}</td>
                    {p.positionFigures && <td className="num">{formatCount(pos.filled)}</td>}
                  </tr>
                ))}
                <tr>
                  <th scope="row" colSpan={2}>{t('detail.projectTotal')}</th>
                  <td className="num font-semibold">{formatInteger(p.offered)}</td>
                  {p.positionFigures && <td className="num font-semibold">{formatCount(p.filled)}</td>}
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          {!p.positionFigures && <p className="mt-2">{t('detail.filledInProject', { filled: formatCount(p.filled) })}</p>}
          <p className="mt-2"><Link href={`/projekte/${p.id}/arbeitgeber`}>{t('detail.toProject')}<span className="sr-only"> {p.name}</span></Link></p>
        </div>
      ))}
    </div>
  );
}

export async function EmployerCoachesAndAcquisitions({ employer }: { employer: EmployerDetail }) {
  const t = await getTranslations('employers');
  return (
    <>
      <section aria-labelledby="jobcoaches" className="space-y-3">
        <h2 id="jobcoaches">{t('detail.coaches')}</h2>
        {employer.jobCoaches.length === 0 ? (
          <p>{t('detail.noCoaches')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {employer.jobCoaches.map((c) => <li key={c.id}>{c.project ? t('detail.coachInProject', { name: c.name, project: c.project }) : c.name}</li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="akquise" className="space-y-3">
        <h2 id="akquise">{t('detail.acquisitions')}</h2>
        {employer.acquisitions.length === 0 ? (
          <p>{t('detail.noAcquisitions')}</p>
        ) : (
          <ScrollRegion label={t('detail.acquisitionsCaption', { employer: employer.name })}>
            <table>
              <caption>{t('detail.acquisitionsCaption', { employer: employer.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('detail.project')}</th>
                  <th scope="col">{t('detail.stage')}</th>
                  <th scope="col" className="num">{t('detail.committed')}</th>
                  <th scope="col">{t('detail.firstContact')}</th>
                  <th scope="col">{t('detail.acquiredBy')}</th>
                  <th scope="col">{t('detail.lastChange')}</th>
                </tr>
              </thead>
              <tbody>
                {employer.acquisitions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="bg-transparent font-normal"><Link href={`/projekte/${a.projectId}/arbeitgeber#akquise`}>{a.project}</Link></th>
                    <td>{t(`stages.${a.stage}`)}</td>
                    <td className="num">{formatInteger(a.positionsCommitted)}</td>
                    <td>{formatDay(a.firstContactAt)}</td>
                    <td>{a.acquiredBy ?? t('detail.none')}</td>
                    <td>{formatDay(a.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
