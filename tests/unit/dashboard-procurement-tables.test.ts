// The procurement page's data tables, CSV rows and sentences come from the same figures;
// hidden counts read "< 5" and their shares "–", in the table and in the text.
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { parseCsv, toCsv } from '@/lib/participants/csv';
import type { DashboardProcurement } from '@/lib/dashboard/procurement';
import { procurementRetentionTable, procurementSummary, procurementYearsTable, retentionSummary } from '@/lib/dashboard/procurement-tables';
import { shown, type Count } from '@/lib/dashboard/suppress';
import { tableRows, type Translate } from '@/lib/dashboard/tables';

// A stand-in for next-intl: the German messages with {placeholders} filled in.
const t: Translate = (key, values = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], de.dashboard) as string;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
};
const hidden: Count = { value: null, suppressed: true };
const period = { from: 'Januar 2020', to: 'Dezember 2021' };

const data: DashboardProcurement = {
  years: [
    { year: 2020, tenders: 1, checked: 1, suitable: 1, clauses: 1, committedHires: 10, delivered: hidden, suitableShare: 100, deliveredShare: null },
    { year: 2021, tenders: 2, checked: 2, suitable: 1, clauses: 1, committedHires: 5, delivered: hidden, suitableShare: 50, deliveredShare: null },
  ],
  total: { tenders: 3, checked: 3, suitable: 2, clauses: 2, committedHires: 1226, delivered: shown(1011), suitableShare: 66.7, deliveredShare: 82.5 },
  retention: [
    { monthsAfter: 6, recorded: shown(11), still: hidden, share: null },
    { monthsAfter: 12, recorded: shown(0), still: shown(0), share: null },
  ],
};

describe('procurement tables', () => {
  it('writes the same strings to the CSV as the table shows', () => {
    const csv = parseCsv(toCsv(tableRows(procurementYearsTable(data, t))));
    expect(csv.records).toEqual([
      ['Jahr der Veröffentlichung', 'Ausschreibungen', 'geprüft', 'geeignet', 'Anteil geeignet', 'mit Sozialklausel', 'zugesagte Einstellungen', 'erbrachte Einstellungen', 'Anteil erbracht'],
      ['2020', '1', '1', '1', '100,0 %', '1', '10', '< 5', '–'],
      ['2021', '2', '2', '1', '50,0 %', '1', '5', '< 5', '–'],
      ['Zeitraum insgesamt', '3', '3', '2', '66,7 %', '2', '1.226', '1.011', '82,5 %'],
    ]);
    expect(tableRows(procurementRetentionTable(data, t))).toEqual([
      ['Prüfung', 'Prüfung erfasst', 'noch beschäftigt', 'Anteil noch beschäftigt'],
      ['nach 6 Monaten', '11', '< 5', '–'],
      ['nach 12 Monaten', '0', '0', '–'],
    ]);
  });

  it('summarises the same numbers in German, and says so when delivered hires are too few to show', () => {
    expect(procurementSummary(data, period, t)).toBe(
      'Von Januar 2020 bis Dezember 2021 wurden 3 Ausschreibungen auf Eignung geprüft, 2 davon waren geeignet (66,7 %); 2 erhielten eine Sozialklausel. ' +
        'Zugesagt waren 1.226 Einstellungen langzeitarbeitsloser Menschen, erbracht wurden 1.011 (82,5 %).',
    );
    expect(procurementSummary({ ...data, total: { ...data.total, delivered: hidden, deliveredShare: null } }, period, t)).toContain(
      'die erbrachten sind zu wenige, um sie auszuweisen.',
    );
    expect(procurementSummary({ ...data, years: [], total: { ...data.total, tenders: 0 } }, period, t)).toBe(
      'Im gewählten Zeitraum wurden für diese Projekte keine Ausschreibungen veröffentlicht.',
    );
    expect(retentionSummary(data, t)).toBe(
      'Nach 6 Monaten sind die Zahlen zu klein, um den Verbleib auszuweisen. Nach 12 Monaten ist noch keine Prüfung erfasst.',
    );
    expect(retentionSummary({ ...data, retention: [{ monthsAfter: 6, recorded: shown(208), still: shown(167), share: 80.3 }] }, t)).toBe(
      'Nach 6 Monaten waren von 208 geprüften Einstellungen 80,3 % noch beschäftigt.',
    );
  });

  it('has every message in English too', () => {
    const keys = (node: object, prefix = ''): string[] =>
      Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en.dashboard.procurement)).toEqual(keys(de.dashboard.procurement));
  });
});
