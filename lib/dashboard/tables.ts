// Each figure as a table of display strings: the page's data table and the CSV export are
// both built from this, so they cannot differ. Pure; the caller passes its translator.
import { formatInteger } from '../format';
import type { Count } from './suppress';
import type { Contacts } from './contacts';
import type { FunnelStage } from './funnel';
import type { Placements } from './placements';
import type { Step } from './schema';
import type { SustainabilityRow } from './sustainability';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface DataTable {
  /** The ?tabelle= name of its CSV export, unique on its page. */
  id: string;
  caption: string;
  /** Column headings; the first names the row headings' column. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DECIMAL = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatMonth(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}

/** A row of a time series by its first month: "März 2019", "1. Quartal 2019" or "2019". */
export function formatSpan(start: string, step: Step, t: Translate): string {
  if (step === 'month') return formatMonth(start);
  const year = start.slice(0, 4);
  if (step === 'year') return year;
  return t('spans.quarterOf', { quarter: Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1, year });
}

export function formatCountCell(count: Count): string {
  return count.suppressed ? '< 5' : formatInteger(count.value);
}

export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${DECIMAL.format(value)} %`;
}

export function formatDecimal(value: number | null): string {
  return value === null ? '–' : DECIMAL.format(value);
}

export function placementsTable(data: Placements, t: Translate): DataTable {
  return {
    id: 'vermittlungen',
    caption: t('placements.caption', { step: data.step }),
    columns: [t(`spans.${data.step}`), t('placements.active', { step: data.step }), t('placements.placed'), t('placements.rate')],
    rows: [
      ...data.spans.map((m) => ({ header: formatSpan(m.start, data.step, t), cells: [formatCountCell(m.active), formatCountCell(m.placed), formatPercent(m.rate)] })),
      { header: t('period'), cells: [formatCountCell(data.total.active), formatCountCell(data.total.placed), formatPercent(data.total.rate)] },
    ],
  };
}

export function sustainabilityTable(rows: SustainabilityRow[], t: Translate): DataTable {
  return {
    id: 'nachhaltigkeit',
    caption: t('sustainability.caption'),
    columns: [
      t('sustainability.after'), t('sustainability.due'), t('sustainability.completed'), t('sustainability.employed'),
      t('sustainability.employedShare'), t('sustainability.needsCovering'), t('sustainability.needsCoveringShare'),
    ],
    rows: rows.map((r) => ({
      header: t('sustainability.monthsAfter', { months: r.monthsAfter }),
      cells: [
        formatCountCell(r.due), formatCountCell(r.completed), formatCountCell(r.employed), formatPercent(r.employedShare),
        formatCountCell(r.needsCovering), formatPercent(r.needsCoveringShare),
      ],
    })),
  };
}

export function funnelTable(stages: FunnelStage[], t: Translate): DataTable {
  return {
    id: 'phasen',
    caption: t('funnel.caption'),
    columns: [t('funnel.stage'), t('funnel.count'), t('funnel.share')],
    rows: stages.map((s) => ({ header: t(`funnel.stages.${s.stage}`), cells: [formatCountCell(s.count), formatPercent(s.share)] })),
  };
}

export function contactsTable(data: Contacts, t: Translate): DataTable {
  return {
    id: 'kontakte',
    caption: t('contacts.caption', { step: data.step }),
    columns: [
      t(`spans.${data.step}`), t('contacts.active', { step: data.step }), t('contacts.contacted'), t('contacts.contacts'),
      t('contacts.perParticipant'), t('contacts.target'),
    ],
    rows: [
      ...data.spans.map((m) => ({
        header: formatSpan(m.start, data.step, t),
        cells: [formatCountCell(m.active), formatCountCell(m.contacted), formatCountCell(m.contacts), formatDecimal(m.perParticipant), formatDecimal(m.target)],
      })),
      { header: t('period'), cells: ['', '', formatCountCell(data.total.contacts), formatDecimal(data.total.perParticipant), formatDecimal(data.total.target)] },
    ],
  };
}

/** Header row, then one row per table row: what the CSV export writes. */
export function tableRows(table: DataTable): string[][] {
  return [table.columns, ...table.rows.map((r) => [r.header, ...r.cells])];
}
