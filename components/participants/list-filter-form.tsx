import { getTranslations } from 'next-intl/server';
import { PhaseKind } from '@/lib/generated/prisma/enums';
import type { ListFilter } from '@/lib/participants/list-participants';
import type { ListFilterOptions } from '@/lib/participants/queries';
import { SelectField } from '@/components/ui/select-field';

// A plain GET form: the filter lives in the URL, so a filtered list can be
// bookmarked, paged and exported, and works without JavaScript.
export async function ListFilterForm({ filter, options }: { filter: ListFilter; options: ListFilterOptions }) {
  const t = await getTranslations('participants');
  const phases = await getTranslations('phases');
  return (
    <search className="mb-6 block">
      <form method="get" className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3 items-end">
        <div className="mb-5">
          <label htmlFor="q" className="block font-semibold mb-1">{t('searchLabel')}</label>
          <p id="q-hinweis" className="text-sm text-muted mb-1">{t('searchHint')}</p>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} aria-describedby="q-hinweis" autoComplete="off" className="w-full max-w-md rounded border-2 border-ink px-3 py-2" />
        </div>
        <SelectField name="projekt" label={t('project')} defaultValue={filter.projekt ?? ''}>
          <option value="">{t('allProjects')}</option>
          {options.projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
        <SelectField name="phase" label={t('currentPhase')} hint={t('phaseFilterHint')} defaultValue={filter.phase ?? ''}>
          <option value="">{t('allPhases')}</option>
          {Object.values(PhaseKind).map((kind) => <option key={kind} value={kind}>{phases(kind)}</option>)}
        </SelectField>
        {options.caseworkers.length > 0 && (
          <SelectField name="fallmanagement" label={t('caseworker')} defaultValue={filter.fallmanagement ?? ''}>
            <option value="">{t('allPeople')}</option>
            {options.caseworkers.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </SelectField>
        )}
        {options.jobCoaches.length > 0 && (
          <SelectField name="jobcoach" label={t('coach')} defaultValue={filter.jobcoach ?? ''}>
            <option value="">{t('allPeople')}</option>
            {options.jobCoaches.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </SelectField>
        )}
        <div className="mb-5 flex items-start gap-2">
          <input id="kontakt" name="kontakt" type="checkbox" value="ueberfaellig" defaultChecked={filter.kontakt === 'ueberfaellig'} aria-describedby="kontakt-hinweis" className="mt-1 size-5" />
          <div>
            <label htmlFor="kontakt" className="font-semibold">{t('overdueFilter')}</label>
            <p id="kontakt-hinweis" className="text-sm text-muted">{t('overdueFilterHint')}</p>
          </div>
        </div>
        <div className="mb-5">
          <button type="submit" className="rounded border-2 border-action px-4 py-2 font-semibold text-action cursor-pointer hover:bg-action-tint">
            {t('filter')}
          </button>
        </div>
      </form>
    </search>
  );
}
