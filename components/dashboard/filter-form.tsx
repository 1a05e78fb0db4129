import { getTranslations } from 'next-intl/server';
import { STEP_PARAM, type StepParam } from '@/lib/dashboard/schema';
import type { DashboardSelection } from '@/lib/dashboard/selection';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

const LEVEL_PARAM = { project: 'projekt', city: 'stadt', land: 'land' } as const;

// A plain GET form: the view lives in the URL, so it can be bookmarked, shared and exported.
// Only the levels, projects and cities of the actor's scope are offered.
export async function DashboardFilterForm({ selection }: { selection: DashboardSelection }) {
  const t = await getTranslations('dashboard');
  const { options, applied } = selection;
  return (
    <search className="no-print block">
      <form method="get" className="grid items-end gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        {options.levels.length > 1 && (
          <SelectField name="ebene" label={t('filter.level')} defaultValue={applied.ebene}>
            {options.levels.map((level) => <option key={level} value={LEVEL_PARAM[level]}>{t(`filter.levels.${level}`)}</option>)}
          </SelectField>
        )}
        <SelectField name="projekt" label={t('filter.project')} hint={options.levels.length > 1 ? t('filter.projectHint') : undefined} defaultValue={applied.projekt ?? options.projects[0]?.id ?? ''}>
          {options.projects.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.city})</option>)}
        </SelectField>
        {options.levels.includes('city') && (
          <SelectField name="stadt" label={t('filter.city')} hint={t('filter.cityHint')} defaultValue={applied.stadt ?? options.cities[0] ?? ''}>
            {options.cities.map((c) => <option key={c} value={c}>{c}</option>)}
          </SelectField>
        )}
        <TextField name="von" type="month" label={t('filter.from')} hint={t('filter.monthHint')} defaultValue={applied.von} pattern="\d{4}-\d{2}" />
        <TextField name="bis" type="month" label={t('filter.to')} hint={t('filter.monthHint')} defaultValue={applied.bis} pattern="\d{4}-\d{2}" />
        <SelectField name="einteilung" label={t('filter.step')} hint={t('filter.stepHint')} defaultValue={applied.einteilung ?? ''}>
          <option value="">{t('filter.stepAuto')}</option>
          {(Object.keys(STEP_PARAM) as StepParam[]).map((step) => <option key={step} value={step}>{t(`filter.steps.${step}`)}</option>)}
        </SelectField>
        <div className="mb-5">
          <button type="submit" className="rounded border-2 border-action px-4 py-2 font-semibold text-action cursor-pointer hover:bg-action-tint">
            {t('filter.show')}
          </button>
        </div>
      </form>
    </search>
  );
}
