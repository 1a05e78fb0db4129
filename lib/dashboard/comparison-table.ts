// The programme comparison as a data table (screen and CSV) and a German summary, from the
// same numbers. Pure; the caller passes its translator and the period's label.
import type { Comparison, ComparisonFigures, ComparisonRow } from './comparison';
import type { PeriodLabel } from './summaries';
import { formatCountCell, formatDecimal, formatPercent, type DataTable, type Translate } from './tables';

/** The project's name; with its city when the view spans several cities (Land level). */
export function projectLabels(data: Comparison, t: Translate): string[] {
  const severalCities = new Set(data.rows.map((r) => r.city)).size > 1;
  return data.rows.map((r) => (severalCities ? t('comparison.projectInCity', { name: r.name, city: r.city }) : r.name));
}

function cells(r: ComparisonFigures): string[] {
  return [
    formatCountCell(r.participants), formatCountCell(r.placed), formatPercent(r.rate), formatPercent(r.employedShare),
    formatDecimal(r.contactsPerParticipant), formatDecimal(r.contactsTarget),
  ];
}

export function comparisonTable(data: Comparison, t: Translate): DataTable {
  const labels = projectLabels(data, t);
  return {
    id: 'vergleich',
    caption: t('comparison.caption'),
    columns: [
      t('comparison.project'), t('comparison.participants'), t('comparison.placed'), t('comparison.rate'),
      t('comparison.employedShare'), t('comparison.perParticipant'), t('comparison.target'),
    ],
    rows: [
      ...data.rows.map((r, i) => ({ header: labels[i]!, cells: cells(r) })),
      { header: t('comparison.total'), cells: cells(data.total) },
    ],
  };
}

export function comparisonSummary(data: Comparison, period: PeriodLabel, t: Translate): string {
  const labels = projectLabels(data, t);
  const named = data.rows.map((r, i): [ComparisonRow, string] => [r, labels[i]!]);
  const rated = named.filter(([r]) => r.rate !== null).sort(([a], [b]) => b.rate! - a.rate!);
  const unrated = named.filter(([r]) => r.rate === null).map(([, label]) => label);
  const best = rated[0];
  const worst = rated[rated.length - 1];
  let text: string;
  if (!best || !worst) text = t('comparison.summaryNone', { ...period });
  else if (rated.length === 1) text = t('comparison.summaryOne', { ...period, name: best[1], rate: formatPercent(best[0].rate) });
  else {
    text = t('comparison.summary', {
      ...period, best: best[1], bestRate: formatPercent(best[0].rate), worst: worst[1], worstRate: formatPercent(worst[0].rate),
    });
  }
  return rated.length > 0 && unrated.length > 0 ? `${text} ${t('comparison.summaryHidden', { names: unrated.join(', ') })}` : text;
}
