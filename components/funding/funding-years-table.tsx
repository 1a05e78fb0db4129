import { getTranslations } from 'next-intl/server';
import type { FundingPlan, ParticipantRollUp, PositionRollUp } from '@/lib/funding/subsidy-queries';
import { formatEuroCents } from '@/lib/funding/subsidy-format';

/** Expected jobcenter subsidies per year, from the positions and from the participants, beside the financing plan. */
export async function FundingYearsTable({ positions, participants, plan }: { positions: PositionRollUp; participants: ParticipantRollUp; plan: FundingPlan }) {
  const t = await getTranslations('subsidy.years');
  const byPositions = new Map(positions.years.map((y) => [y.year, y.cents]));
  const byParticipants = new Map((participants.years ?? []).map((y) => [y.year, y.cents]));
  const byPlan = new Map(plan.jobcenterYears.map((y) => [y.year, y]));
  const years = [...new Set([...byPositions.keys(), ...byParticipants.keys(), ...byPlan.keys()])].sort((a, b) => a - b);
  if (years.length === 0) return <p>{t('none')}</p>;
  const money = (cents: number | bigint | null | undefined) => (cents === null || cents === undefined ? '–' : formatEuroCents(cents));
  return (
    <>
      <table>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="num">{t('positions')}</th>
            <th scope="col" className="num">{t('participants')}</th>
            <th scope="col" className="num">{t('planned')}</th>
            <th scope="col" className="num">{t('actual')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row" className="font-normal">{year}</th>
              <td className="num">{money(byPositions.get(year) ?? 0)}</td>
              <td className="num">{participants.years ? money(byParticipants.get(year) ?? 0) : t('suppressed')}</td>
              <td className="num">{money(byPlan.get(year)?.plannedCents)}</td>
              <td className="num">{money(byPlan.get(year)?.actualCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td className="num font-semibold">{money(positions.total.subsidyCents)}</td>
            <td className="num font-semibold">{participants.totalCents === null ? t('suppressed') : money(participants.totalCents)}</td>
            <td className="num font-semibold">{money(plan.jobcenterYears.reduce((s, y) => s + y.plannedCents, 0n))}</td>
            <td className="num font-semibold">{money(plan.jobcenterYears.some((y) => y.actualCents !== null) ? plan.jobcenterYears.reduce((s, y) => s + (y.actualCents ?? 0n), 0n) : null)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
