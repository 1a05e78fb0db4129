// A short German text per figure, from the same numbers as its chart and table, for
// screen-reader users and everyone who prefers a sentence to a chart.
import type { Contacts } from './contacts';
import type { FunnelStage } from './funnel';
import type { Placements } from './placements';
import type { SustainabilityRow } from './sustainability';
import { formatCountCell, formatDecimal, formatMonth, formatPercent, formatSpan, type Translate } from './tables';

/** The period as the reader sees it, e.g. { from: "Januar 2019", to: "Dezember 2020" }. */
export interface PeriodLabel { from: string; to: string }

/** The applied filter's period ("YYYY-MM" each) as the reader sees it. */
export function periodLabelOf(applied: { von: string; bis: string }): PeriodLabel {
  return { from: formatMonth(applied.von), to: formatMonth(applied.bis) };
}

export function placementsSummary(data: Placements, period: PeriodLabel, t: Translate): string {
  if (data.spans.length === 0) return t('noData');
  if (data.total.placed.suppressed) return t('placements.summaryHidden', { ...period });
  const best = data.spans.reduce<{ start: string; value: number } | null>(
    (top, m) => (m.placed.value !== null && m.placed.value > (top?.value ?? 0) ? { start: m.start, value: m.placed.value } : top), null,
  );
  const text = t('placements.summary', {
    ...period, placed: formatCountCell(data.total.placed), active: formatCountCell(data.total.active), rate: formatPercent(data.total.rate),
  });
  return best ? `${text} ${t('placements.summaryBest', { step: data.step, span: formatSpan(best.start, data.step, t), count: best.value })}` : text;
}

export function sustainabilitySummary(rows: SustainabilityRow[], t: Translate): string {
  return rows
    .map((r) => {
      if (r.due.value === 0) return t('sustainability.summaryNone', { months: r.monthsAfter });
      if (r.employedShare === null) return t('sustainability.summaryHidden', { months: r.monthsAfter, completed: formatCountCell(r.completed) });
      return t('sustainability.summary', {
        months: r.monthsAfter, completed: formatCountCell(r.completed), employed: formatPercent(r.employedShare),
        needsCovering: formatPercent(r.needsCoveringShare),
      });
    })
    .join(' ');
}

export function funnelSummary(stages: FunnelStage[], t: Translate): string {
  const [enrolled, ...rest] = stages;
  if (!enrolled) return t('noData');
  const list = rest.map((s) => `${t(`funnel.stages.${s.stage}`)} ${formatCountCell(s.count)}${s.share === null ? '' : ` (${formatPercent(s.share)})`}`).join('; ');
  return t('funnel.summary', { enrolled: formatCountCell(enrolled.count), list: list || '–' });
}

export function contactsSummary(data: Contacts, period: PeriodLabel, t: Translate): string {
  if (data.spans.length === 0) return t('noData');
  if (data.total.perParticipant === null) return t('contacts.summaryHidden', { ...period });
  const text = t('contacts.summary', { ...period, perParticipant: formatDecimal(data.total.perParticipant), contacts: formatCountCell(data.total.contacts) });
  if (data.total.target === null) return text;
  const known = data.spans.filter((m) => m.perParticipant !== null && m.target !== null);
  const met = known.filter((m) => m.perParticipant! >= m.target!).length;
  return `${text} ${t('contacts.summaryTarget', { target: formatDecimal(data.total.target), met, spans: known.length, step: data.step })}`;
}
