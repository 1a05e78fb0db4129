import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from './scroll-region';
import type { EmployerRow } from '@/lib/employers/queries';
import { EMPLOYER_KINDS, type EmployerFilter } from '@/lib/employers/schema';
import { formatInteger } from '@/lib/format';
import { formatCount } from '@/components/projects/count-cell';

/** A GET form: the filter lives in the URL, so it works without JavaScript and can be bookmarked. */
export async function EmployerFilterForm({ filter, cities }: { filter: EmployerFilter; cities: string[] }) {
  const [t, kinds] = await Promise.all([getTranslations('employers.filter'), getTranslations('employers.kinds')]);
  return (
    <form method="get" action="/arbeitgeber" className="mb-6">
      <fieldset className="flex flex-wrap items-end gap-4 rounded border border-line p-4">
        <legend className="px-1 font-semibold">{t('legend')}</legend>
        <div>
          <label htmlFor="filter-art" className="block font-semibold mb-1">{t('kind')}</label>
          <select id="filter-art" name="art" defaultValue={filter.art ?? ''} className="rounded border-2 border-ink bg-white px-3 py-2">
            <option value="">{t('all')}</option>
            {EMPLOYER_KINDS.map((k) => <option key={k} value={k}>{kinds(k)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-ort" className="block font-semibold mb-1">{t('city')}</label>
          <select id="filter-ort" name="ort" defaultValue={filter.ort ?? ''} className="rounded border-2 border-ink bg-white px-3 py-2">
            <option value="">{t('all')}</option>
            {cities.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
        <button type="submit" className="cursor-pointer rounded bg-action px-4 py-2 font-semibold text-white hover:bg-action-dark">{t('apply')}</button>
        {(filter.art || filter.ort) && <Link href="/arbeitgeber" className="py-2">{t('reset')}</Link>}
      </fieldset>
    </form>
  );
}

export async function EmployerTable({ rows, filtered }: { rows: EmployerRow[]; filtered: boolean }) {
  const t = await getTranslations('employers');
  return (
    <ScrollRegion label={filtered ? t('list.captionFiltered') : t('list.caption')}>
      <table>
        <caption>
          {filtered ? t('list.captionFiltered') : t('list.caption')}
          <span className="block text-sm font-normal text-muted">{t('list.count', { count: rows.length })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.place')}</th>
            <th scope="col">{t('list.fields')}</th>
            <th scope="col" className="num">{t('list.offered')}</th>
            <th scope="col" className="num">{t('list.filled')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="bg-transparent font-normal">
                <Link href={`/arbeitgeber/${r.id}`}>{r.name}</Link>
                <span className="block text-sm text-muted">{t('list.maintainedBy')}: {r.maintainedBy}</span>
              </th>
              <td>{t(`kinds.${r.kind}`)}</td>
              <td>{r.district ? `${r.city}, ${r.district}` : r.city}</td>
              <td>{r.occupationalFields.join(', ')}</td>
              <td className="num">{formatInteger(r.offered)}</td>
              <td className="num">{formatCount(r.filled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
