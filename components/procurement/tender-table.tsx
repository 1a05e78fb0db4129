import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TenderRow } from '@/lib/procurement/queries';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatDay, formatEuroFromCents, formatInteger } from '@/lib/format';

export async function TenderTable({ rows }: { rows: TenderRow[] }) {
  const t = await getTranslations('procurement');
  return (
    <div className="overflow-x-auto">
      <table>
        <caption>{t('listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reference')}</th>
            <th scope="col">{t('tenderTitle')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col" className="num">{t('value')}</th>
            <th scope="col">{t('publishedAt')}</th>
            <th scope="col">{t('check')}</th>
            <th scope="col">{t('clause')}</th>
            <th scope="col" className="num">{t('committedShort')}</th>
            <th scope="col" className="num">{t('deliveredShort')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="bg-transparent font-normal whitespace-nowrap">
                <Link href={`/ausschreibungen/${r.id}`}>{r.reference}</Link>
              </th>
              <td>
                {r.title}
                <span className="block text-sm text-muted">{r.orderingDepartment}</span>
              </td>
              <td>{t(`kinds.${r.kind}`)}</td>
              <td className="num">{formatEuroFromCents(r.estimatedValueCents)}</td>
              <td>{formatDay(r.publishedAt)}</td>
              <td>{r.suitable === null ? t('notChecked') : r.suitable ? t('suitableYes') : t('suitableNo')}</td>
              <td>
                {r.clauseType ? t(`clauseTypes.${r.clauseType}`) : t('noClause')}
                {r.contractor && <span className="block text-sm text-muted">{r.contractor}</span>}
              </td>
              <td className="num">{r.clauseType ? formatInteger(r.figures.committedHires) : ''}</td>
              <td className="num">{r.clauseType ? formatCountCell(r.figures.delivered) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
