import { getTranslations } from 'next-intl/server';
import type { FundingShare } from '@/lib/projects/queries';
import { formatEuroFromCents } from '@/lib/format';

export async function FinancingShares({ project, shares }: { project: string; shares: FundingShare[] }) {
  const t = await getTranslations();
  if (shares.length === 0) return <p>{t('projects.noFunding')}</p>;
  const total = shares.reduce((sum, s) => sum + s.cents, 0n);
  return (
    <table>
      <caption>{t('projects.financingCaption', { project })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projects.source')}</th>
          <th scope="col" className="num">{t('projects.planned')}</th>
          <th scope="col" className="num">{t('projects.share')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.key}>
            <th scope="row" className="bg-transparent font-normal">
              {s.name}
              <span className="block text-sm text-muted">{t(`funding.${s.kind}`)}</span>
            </th>
            <td className="num">{formatEuroFromCents(s.cents)}</td>
            <td className="num">{s.percent} %</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="bg-transparent">{t('projects.total')}</th>
          <td className="num font-semibold">{formatEuroFromCents(total)}</td>
          <td className="num font-semibold">{shares.reduce((sum, s) => sum + s.percent, 0)} %</td>
        </tr>
      </tbody>
    </table>
  );
}
