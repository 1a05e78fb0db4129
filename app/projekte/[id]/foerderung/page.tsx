import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { berlinToday } from '@/lib/casework/activity-window';
import { getProjectSavings } from '@/lib/funding/savings-queries';
import { listParticipantSchedules } from '@/lib/funding/subsidy-participants';
import {
  getFundingPlan, getFundingProject, listPositionSchedules, minimumWages, rollUpParticipants, rollUpPositions,
} from '@/lib/funding/subsidy-queries';
import { formatEuroCents } from '@/lib/funding/subsidy-format';
import { formatInteger } from '@/lib/format';
import { ProjectNav } from '@/components/projects/project-nav';
import { StatCard } from '@/components/ui/stat-card';
import { FundingYearsTable } from '@/components/funding/funding-years-table';
import { ParticipantSchedules } from '@/components/funding/participant-schedules';
import { PositionSchedules } from '@/components/funding/position-schedules';
import { SavingsSection } from '@/components/funding/savings-section';

export const metadata: Metadata = { title: 'Förderung und Einsparungen' };

export default async function SubsidyPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, requireActor()]);
  const project = await orNotFound(getFundingProject(actor, id));
  const page = Number(typeof query.seite === 'string' ? query.seite : '1') || 1;
  const today = berlinToday();
  const wages = await minimumWages();
  const [t, positions, participants, list, plan, savings] = await Promise.all([
    getTranslations('subsidy'),
    listPositionSchedules(project, wages),
    rollUpParticipants(project, wages),
    listParticipantSchedules(actor, project, wages, page),
    getFundingPlan(project),
    getProjectSavings(project, today),
  ]);
  const planned = rollUpPositions(positions);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-4">{t('title', { project: project.name })}</h1>
        <ProjectNav projectId={project.id} current="subsidy" />
        <p className="max-w-3xl">{t('intro')}</p>
      </div>

      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label={t('summary.positions', { count: formatInteger(planned.positions) })} value={formatEuroCents(planned.total.subsidyCents)} />
        <StatCard
          label={participants.jobs.suppressed ? t('summary.participantsSuppressed') : t('summary.participants', { count: formatInteger(participants.jobs.value) })}
          value={participants.totalCents === null ? t('suppressed') : formatEuroCents(participants.totalCents)}
        />
        <StatCard label={t('summary.savings')} value={savings.savings ? formatEuroCents(savings.savings.totalCents) : t('suppressed')} />
        <StatCard label={t('summary.budget')} value={project.budgetCents === null ? t('savings.notSet') : formatEuroCents(project.budgetCents)} />
      </dl>

      <section aria-labelledby="je-jahr" className="space-y-4">
        <h2 id="je-jahr">{t('years.heading')}</h2>
        <FundingYearsTable positions={planned} participants={participants} plan={plan} />
        {(planned.withoutHours > 0 || participants.withoutHours > 0) && (
          <p className="text-muted">{t('withoutHours', { positions: planned.withoutHours, participants: participants.withoutHours })}</p>
        )}
      </section>

      <section aria-labelledby="stellen" className="space-y-4">
        <h2 id="stellen">{t('positions.heading')}</h2>
        <p className="max-w-3xl">{t('positions.intro')}</p>
        <PositionSchedules positions={positions} />
      </section>

      {list && (
        <section aria-labelledby="teilnehmende" className="space-y-4">
          <h2 id="teilnehmende">{t('participants.heading')}</h2>
          <p className="max-w-3xl">{t('participants.intro')}</p>
          <ParticipantSchedules projectId={project.id} list={list} />
        </section>
      )}

      <section aria-labelledby="einsparungen" className="space-y-4">
        <h2 id="einsparungen">{t('savings.heading')}</h2>
        <SavingsSection project={project} savings={savings} plan={plan} today={today} />
      </section>

      <section aria-labelledby="rechengrundlagen" className="space-y-2">
        <h2 id="rechengrundlagen">{t('basis.heading')}</h2>
        <ul className="max-w-3xl list-disc space-y-1 pl-6">
          {(['rates', 'wage', 'share', 'months', 'rounding', 'minimumWage'] as const).map((k) => <li key={k}>{t(`basis.${k}`)}</li>)}
        </ul>
      </section>
    </div>
  );
}
