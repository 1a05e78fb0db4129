import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ParticipantRow } from '@/lib/participants/list-participants';

export async function ParticipantTable({ rows }: { rows: ParticipantRow[] }) {
  const t = await getTranslations('participants');
  const phases = await getTranslations('phases');
  return (
    <div className="overflow-x-auto">
      <table>
        <caption>{t('listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('customerNumber')}</th>
            <th scope="col">{t('pseudonym')}</th>
            <th scope="col">{t('currentProject')}</th>
            <th scope="col">{t('currentPhase')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="bg-transparent font-normal">
                <Link href={`/teilnehmende/${r.id}`}>{r.lastName ? `${r.lastName}, ${r.firstName}` : r.pseudonym}</Link>
              </th>
              <td>{r.customerNumber ?? '–'}</td>
              <td>{r.pseudonym}</td>
              <td>{r.project ?? '–'}</td>
              <td>{phases(r.phase ?? 'NONE')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
