// The page "Finanzen": table, CSV and sentence from the same figures; hidden counts hide
// what is derived from them in all three.
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { parseCsv, toCsv } from '@/lib/participants/csv';
import { tableRows, type Translate } from '@/lib/dashboard/tables';
import { costSummary, costTable, financingSummary, financingTable, type KindLabel } from '@/lib/dashboard/finance-tables';
import { shown, type Count } from '@/lib/dashboard/suppress';
import type { CostFigures, CostPerPlacement } from '@/lib/dashboard/cost-per-placement';
import type { Financing } from '@/lib/dashboard/financing';

// A stand-in for next-intl: the German messages with {placeholders} filled in.
const t: Translate = (key, values = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], de.dashboard) as string;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
};
const kindLabel: KindLabel = (kind) => de.funding[kind];
// Intl writes a no-break space before the euro sign; compare with plain spaces.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');
const hidden: Count = { value: null, suppressed: true };

const isb: Financing = {
  years: { from: 2013, to: 2015 },
  rows: [
    { kind: 'JOBCENTER_AND_MUNICIPALITY', plannedCents: 492_900_000n, actualCents: null, plannedPercent: 53, actualPercent: null },
    { kind: 'LAND_AND_ESF', plannedCents: 241_800_000n, actualCents: null, plannedPercent: 26, actualPercent: null },
    { kind: 'EMPLOYERS', plannedCents: 195_300_000n, actualCents: null, plannedPercent: 21, actualPercent: null },
  ],
  total: { plannedCents: 930_000_000n, actualCents: null },
};

function figures(overrides: Partial<CostFigures>): CostFigures {
  return {
    basis: 'planned', costCents: 12_000_000, placements: shown(12), costPerPlacementCents: 1_000_000,
    savingsCents: 9_804_000, savingsPerPlacementCents: 817_000, netCostCents: 2_196_000, ...overrides,
  };
}

const city: CostPerPlacement = {
  projects: [
    { projectId: 'a', name: 'Hamm A', ...figures({ placements: hidden, costPerPlacementCents: null, savingsCents: null, savingsPerPlacementCents: null, netCostCents: null }) },
    { projectId: 'b', name: 'Hamm B', ...figures({ basis: 'actual', costCents: 4_500_000, placements: hidden, costPerPlacementCents: null, savingsCents: null, savingsPerPlacementCents: null, netCostCents: null }) },
  ],
  total: figures({ basis: 'mixed', costCents: 16_500_000, placements: shown(15), costPerPlacementCents: 1_100_000, savingsCents: 10_016_420, savingsPerPlacementCents: 667_761, netCostCents: 6_483_580 }),
  costMissing: [],
  savingsThrough: new Date('2020-12-31T00:00:00Z'),
};

describe('financing table and summary', () => {
  it('shows planned and actual amounts and whole-per-cent shares, the same in the CSV', () => {
    const csv = parseCsv(toCsv(tableRows(financingTable(isb, t, kindLabel))));
    expect(csv.records.map((r) => r.map(plain))).toEqual([
      ['Quelle', 'Geplant', 'Ist', 'Anteil geplant', 'Anteil Ist'],
      ['Jobcenter und Kommune', '4.929.000 €', '–', '53 %', '–'],
      ['Land und ESF', '2.418.000 €', '–', '26 %', '–'],
      ['Arbeitgeber', '1.953.000 €', '–', '21 %', '–'],
      ['Summe', '9.300.000 €', '–', '100 %', '–'],
    ]);
    expect(financingTable(isb, t, kindLabel).caption).toBe('Finanzierung je Art der Quelle, 2013 bis 2015');
  });

  it('says the shares in a sentence, and that no actual amounts are recorded', () => {
    expect(plain(financingSummary(isb, t, kindLabel))).toBe(
      'Für 2013 bis 2015 sind 9.300.000 € geplant: Jobcenter und Kommune 53 %, Land und ESF 26 %, Arbeitgeber 21 %. ' +
        'Ist-Beträge sind für diese Jahre noch nicht erfasst.',
    );
  });

  it('lists actual shares only for the kinds with an actual amount', () => {
    const mixed: Financing = {
      years: { from: 2020, to: 2020 },
      rows: [
        { kind: 'JOBCENTER', plannedCents: 12_000_000n, actualCents: null, plannedPercent: 67, actualPercent: null },
        { kind: 'LAND', plannedCents: 6_000_000n, actualCents: 4_500_000n, plannedPercent: 33, actualPercent: 100 },
      ],
      total: { plannedCents: 18_000_000n, actualCents: 4_500_000n },
    };
    expect(plain(financingSummary(mixed, t, kindLabel))).toBe(
      'Für 2020 sind 180.000 € geplant: Jobcenter 67 %, Land 33 %. Erfasste Ist-Beträge: 45.000 €, davon Land 100 %.',
    );
    expect(financingTable({ ...mixed, rows: [], total: { plannedCents: 0n, actualCents: null } }, t, kindLabel).rows).toEqual([]);
    expect(financingSummary({ ...mixed, rows: [] }, t, kindLabel)).toBe('Für 2020 ist keine Finanzierung erfasst.');
  });
});

describe('cost table and summary', () => {
  it('shows costs always, and nothing derived from a hidden count', () => {
    const csv = parseCsv(toCsv(tableRows(costTable(city, t))));
    expect(csv.records.map((r) => r.map(plain))).toEqual([
      ['Projekt', 'Kostenbasis', 'Kosten', 'Vermittlungen', 'Kosten je Vermittlung', 'Eingesparte Leistungen', 'Einsparung je Vermittlung', 'Nettokosten'],
      ['Hamm A', 'Plan', '120.000 €', '< 5', '–', '–', '–', '–'],
      ['Hamm B', 'Ist', '45.000 €', '< 5', '–', '–', '–', '–'],
      ['Alle Projekte', 'Ist und Plan', '165.000 €', '15', '11.000 €', '100.164 €', '6.678 €', '64.836 €'],
    ]);
  });

  it('has no total row for a single project', () => {
    const one = { ...city, projects: [city.projects[0]!] };
    expect(costTable(one, t).rows.map((r) => r.header)).toEqual(['Hamm A']);
  });

  it('summarises cost, savings and net cost; hides the per-placement figures with the count', () => {
    expect(plain(costSummary(city, t))).toBe(
      'Im Zeitraum betrugen die Kosten 165.000 € (Ist-Beträge, wo erfasst, sonst geplante); bei 15 Vermittlungen sind das 11.000 € je Vermittlung. ' +
        'Bis zum 31.12.2020 wurden im Zeitraum 100.164 € an Leistungen eingespart, 6.678 € je Vermittlung; die Nettokosten betragen 64.836 €.',
    );
    const small = { ...city, total: city.projects[1]! };
    expect(plain(costSummary(small, t))).toBe(
      'Im Zeitraum betrugen die Kosten 45.000 € (Ist-Beträge). Es gab zu wenige Vermittlungen, um Kosten und Einsparungen je Vermittlung auszuweisen.',
    );
    expect(costSummary({ ...city, savingsThrough: null }, t)).toContain('noch kein Monat abgeschlossen');
    expect(costSummary({ ...city, total: figures({ costCents: null, basis: 'none' }) }, t)).toBe('Für diesen Zeitraum ist keine Finanzierung erfasst.');
  });

  it('gives no cost per placement for all projects together when one has no cost data', () => {
    const partial: CostPerPlacement = {
      ...city,
      total: { ...city.total, costPerPlacementCents: null, savingsPerPlacementCents: null, netCostCents: null },
      costMissing: ['Hamm C'],
    };
    const summary = plain(costSummary(partial, t));
    expect(summary).toContain('Für Hamm C ist keine Finanzierung erfasst');
    expect(summary).not.toContain('je Vermittlung.');
    expect(costTable(partial, t).rows.at(-1)!.cells.slice(3).map(plain)).toEqual(['–', '100.164 €', '–', '–']);
  });

  it('has every key in English too', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      typeof node === 'string' ? [prefix] : Object.entries(node as object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
    for (const section of ['financing', 'cost'] as const) expect(keys(en.dashboard[section])).toEqual(keys(de.dashboard[section]));
  });
});
