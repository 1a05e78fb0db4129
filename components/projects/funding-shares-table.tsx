import { getTranslations } from 'next-intl/server';
import type { ProjectFunding } from '@/lib/funding/source-queries';
import { formatEuroFromCents } from '@/lib/format';

/** Shares planned and actual per source, with the euro amounts they derive from. */
export async function FundingSharesTable({ funding }: { funding: ProjectFunding }) {
  const [t, kind] = await Promise.all([getTranslations('projectAdmin.funding'), getTranslations('funding')]);
  if (funding.sources.length === 0) return <p>{t('none')}</p>;
  const percent = (value: number | null) => (value === null ? t('noActual') : `${value} %`);
  return (
    <>
      <table>
        <caption>{t('sharesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('source')}</th>
            <th scope="col" className="num">{t('planned')}</th>
            <th scope="col" className="num">{t('plannedShare')}</th>
            <th scope="col" className="num">{t('actual')}</th>
            <th scope="col" className="num">{t('actualShare')}</th>
          </tr>
        </thead>
        <tbody>
          {funding.sources.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="bg-transparent font-normal">
                {s.name}
                <span className="block text-sm text-muted">{kind(s.kind)}</span>
              </th>
              <td className="num">{formatEuroFromCents(s.plannedCents)}</td>
              <td className="num">{percent(s.plannedPercent)}</td>
              <td className="num">{s.actualCents === null ? t('noActual') : formatEuroFromCents(s.actualCents)}</td>
              <td className="num">{percent(s.actualPercent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td className="num font-semibold">{formatEuroFromCents(funding.plannedCents)}</td>
            <td className="num font-semibold">100 %</td>
            <td className="num font-semibold">{funding.actualCents === null ? t('noActual') : formatEuroFromCents(funding.actualCents)}</td>
            <td className="num font-semibold">{funding.actualCents === null ? t('noActual') : '100 %'}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
