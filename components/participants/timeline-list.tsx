import { getTranslations } from 'next-intl/server';
import type { TimelineEntry } from '@/lib/participants/timeline';
import { formatDay } from '@/lib/format';

export async function TimelineList({ entries, labelledBy }: { entries: TimelineEntry[]; labelledBy: string }) {
  const t = await getTranslations('participants');
  const phases = await getTranslations('phases');
  const text = (e: TimelineEntry): string => {
    switch (e.type) {
      case 'enrolment':
        return t('enrolledIn', { project: e.project });
      case 'phase':
        return [t('phaseEntry', { phase: phases(e.kind) }), e.employer && t('atEmployer', { employer: e.employer }), e.endDate && t('until', { date: formatDay(e.endDate) })].filter(Boolean).join(', ');
      case 'contact':
        return t('contactEntry', { kind: t(`contactKinds.${e.kind}`), minutes: e.durationMinutes }) + (e.note ? `: ${e.note}` : '');
      case 'service':
        return t('serviceEntry', { kind: t(`serviceKinds.${e.kind}`), status: t(`serviceStatus.${e.status}`) });
      case 'followUp':
        if (!e.completed) return `${t('followUpEntry', { months: e.monthsAfter })}: ${t('followUpOpen')}`;
        return `${t('followUpEntry', { months: e.monthsAfter })}: ${[
          e.stillEmployed ? t('stillEmployed') : t('notEmployed'),
          e.needsCovering === null ? null : e.needsCovering ? t('needsCovering') : t('notNeedsCovering'),
        ].filter(Boolean).join(', ')}`;
      case 'exit':
        return t('exitEntry', { reason: e.reason ? t(`exitReasons.${e.reason}`) : t('exitUnknown') });
    }
  };
  return (
    <ol aria-labelledby={labelledBy} className="border-l-2 border-line pl-4 space-y-2">
      {entries.map((e, i) => (
        <li key={i} className="relative">
          <time dateTime={e.date.toISOString().slice(0, 10)} className="inline-block w-28 tabular-nums text-muted">
            {formatDay(e.date)}
          </time>
          <span className={e.type === 'phase' || e.type === 'exit' ? 'font-semibold' : undefined}>{text(e)}</span>
        </li>
      ))}
    </ol>
  );
}
