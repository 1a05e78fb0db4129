import { getTranslations } from 'next-intl/server';
import type { TenderFilter } from '@/lib/procurement/schema';
import { SelectField } from '@/components/ui/select-field';

// A plain GET form: the filter lives in the URL (?jahr=, ?projekt=), so the project's tab
// can link to its tenders and a filtered list can be bookmarked.
export async function TenderFilterForm({ filter, years, projects }: { filter: TenderFilter; years: number[]; projects: { id: string; name: string }[] }) {
  const t = await getTranslations('procurement');
  return (
    <search className="mb-6 block">
      <form method="get" className="grid items-end gap-x-6 sm:grid-cols-3">
        <SelectField name="jahr" label={t('filterYear')} defaultValue={filter.jahr ? String(filter.jahr) : ''}>
          <option value="">{t('allYears')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </SelectField>
        <SelectField name="projekt" label={t('filterProject')} defaultValue={filter.projekt ?? ''}>
          <option value="">{t('allProjects')}</option>
          {projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
        <div className="mb-5">
          <button type="submit" className="rounded border-2 border-action px-4 py-2 font-semibold text-action cursor-pointer hover:bg-action-tint">
            {t('filter')}
          </button>
        </div>
      </form>
    </search>
  );
}
