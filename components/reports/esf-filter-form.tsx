import { getTranslations } from 'next-intl/server';
import type { EsfFilter } from '@/lib/reports/esf-schema';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

const isoDay = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : '');

// A plain GET form: the filter lives in the URL, so the CSV links and the print view
// carry it along and a report can be bookmarked.
export async function EsfFilterForm({ filter, projects, periodError }: { filter: EsfFilter; projects: { id: string; name: string }[]; periodError: string | null }) {
  const t = await getTranslations('esfReport');
  return (
    <search className="block no-print">
      <form method="get" aria-label={t('filterHeading')} className="grid items-end gap-x-6 sm:grid-cols-4">
        <SelectField name="projekt" label={t('filterProject')} defaultValue={filter.projekt ?? ''}>
          <option value="">{t('allProjects')}</option>
          {projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
        <TextField name="von" type="date" label={t('filterFrom')} defaultValue={isoDay(filter.von)} />
        <TextField name="bis" type="date" label={t('filterTo')} defaultValue={isoDay(filter.bis)} error={periodError ? t('periodError') : undefined} />
        <div className="mb-5">
          <button type="submit" className="rounded border-2 border-action px-4 py-2 font-semibold text-action cursor-pointer hover:bg-action-tint">
            {t('filter')}
          </button>
        </div>
      </form>
    </search>
  );
}
