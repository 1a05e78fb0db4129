import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from './scroll-region';
import type { ProjectEmployers } from '@/lib/employers/project-queries';
import { formatInteger } from '@/lib/format';
import { formatCount } from '@/components/projects/count-cell';

// Hourly wages need their cents (lib/format's euro format rounds to whole euros for budgets).
const wage = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const formatEuroCents = (cents: number) => wage.format(cents / 100);

type Data = Pick<ProjectEmployers, 'project' | 'positions' | 'totals' | 'total' | 'positionFigures'>;

export async function PositionTable({ data }: { data: Data }) {
  const t = await getTranslations('employers');
  if (data.positions.length === 0) return <p>{t('project.noPositions')}</p>;
  // Filled per position only for those who run the project (see positionFigures).
  const people = data.positionFigures;
  return (
    <ScrollRegion label={t('project.positionsCaption', { project: data.project.name })}>
      <table>
        <caption>{t('project.positionsCaption', { project: data.project.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.employer')}</th>
            <th scope="col">{t('project.field')}</th>
            <th scope="col">{t('project.workingTime')}</th>
            <th scope="col">{t('project.instrument')}</th>
            <th scope="col" className="num">{t('project.wage')}</th>
            <th scope="col" className="num">{t('project.offered')}</th>
            {people && (
              <>
                <th scope="col" className="num">{t('project.filled')}</th>
                <th scope="col" className="num">{t('project.today')}</th>
                <th scope="col" className="num">{t('project.placed')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {data.positions.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="bg-transparent font-normal">{p.employer}</th>
              <td>{p.occupationalField}</td>
              <td>
                {p.fullTime ? t('project.fullTime') : t('project.partTime')}
                {p.hoursPerWeek && <span className="block text-sm text-muted">{t('project.hours', { hours: p.hoursPerWeek.replace('.', ',') })}</span>}
              </td>
              <td>{t(`instruments.${p.instrument}`)}</td>
              <td className="num">
                {p.hourlyWageCents === null ? '–' : formatEuroCents(p.hourlyWageCents)}
                {p.collectiveAgreement && <span className="block text-sm text-muted">{t('project.collective')}</span>}
              </td>
              <td className="num">{formatInteger(p.count)}</td>
              {people && (
                <>
                  <td className="num">{formatCount(p.filled)}</td>
                  <td className="num">{formatCount(p.today)}</td>
                  <td className="num">{formatCount(p.placed)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export async function EmployerTotalsTable({ data }: { data: Data }) {
  const t = await getTranslations('employers');
  if (data.totals.length === 0) return null;
  return (
    <ScrollRegion label={t('project.totalsCaption', { project: data.project.name })}>
      <table>
        <caption>{t('project.totalsCaption', { project: data.project.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.employer')}</th>
            <th scope="col" className="num">{t('project.offered')}</th>
            <th scope="col" className="num">{t('project.filled')}</th>
            <th scope="col" className="num">{t('project.today')}</th>
            <th scope="col" className="num">{t('project.placed')}</th>
          </tr>
        </thead>
        <tbody>
          {data.totals.map((e) => (
            <tr key={e.employerId}>
              <th scope="row" className="bg-transparent font-normal">{e.employer}</th>
              <td className="num">{formatInteger(e.offered)}</td>
              <td className="num">{formatCount(e.filled)}</td>
              <td className="num">{formatCount(e.today)}</td>
              <td className="num">{formatCount(e.placed)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('project.total')}</th>
            <td className="num font-semibold">{formatInteger(data.total.offered)}</td>
            <td className="num font-semibold">{formatCount(data.total.filled)}</td>
            <td className="num font-semibold">{formatCount(data.total.today)}</td>
            <td className="num font-semibold">{formatCount(data.total.placed)}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
