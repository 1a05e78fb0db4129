import { getTranslations } from 'next-intl/server';
import type { ProjectSavings } from '@/lib/funding/savings-queries';
import type { FundingPlan, FundingProject } from '@/lib/funding/subsidy-queries';
import { formatEuroCents, formatMonthsFromThirtieths } from '@/lib/funding/subsidy-format';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatDay } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';

const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });

/** Passiv-Aktiv-Transfer: benefits no longer paid since the placements, beside what the project costs. */
export async function SavingsSection({ project, savings, plan, today }: { project: FundingProject; savings: ProjectSavings; plan: FundingPlan; today: Date }) {
  const t = await getTranslations('subsidy.savings');
  const s = savings.savings;
  const cost = project.budgetCents ?? (plan.plannedCents > 0n ? plan.plannedCents : null);
  return (
    <>
      <p className="max-w-3xl">{t('rules', { today: formatDay(today) })}</p>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {/* A suppressed count reads "< 5", as on the dashboards; the amounts it hides are no counts. */}
        <StatCard label={t('placements')} value={formatCountCell(savings.placements)} />
        <StatCard label={t('months')} value={s ? formatMonthsFromThirtieths(s.thirtieths) : t('suppressed')} />
        <StatCard label={t('saved')} value={s ? formatEuroCents(s.totalCents) : t('suppressed')} />
        <StatCard label={t('budget')} value={project.budgetCents === null ? t('notSet') : formatEuroCents(project.budgetCents)} />
        <StatCard label={t('fundingPlanned')} value={plan.plannedCents > 0n ? formatEuroCents(plan.plannedCents) : t('notSet')} />
        <StatCard label={t('fundingActual')} value={plan.actualCents === null ? t('notSet') : formatEuroCents(plan.actualCents)} />
      </dl>
      {s && cost !== null && cost > 0n && (
        <p className="font-semibold">{t('ratio', { percent: percent.format(s.totalCents / Number(cost)), basis: project.budgetCents !== null ? t('basisBudget') : t('basisFunding') })}</p>
      )}
      {s && s.years.length > 0 && (
        <table className="max-w-xl">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              <th scope="col" className="num">{t('saved')}</th>
            </tr>
          </thead>
          <tbody>
            {s.years.map((y) => (
              <tr key={y.year}>
                <th scope="row" className="font-normal">{y.year}</th>
                <td className="num">{formatEuroCents(y.cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {savings.placements.suppressed && <p className="text-muted">{t('suppressedNote')}</p>}
    </>
  );
}
