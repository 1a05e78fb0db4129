// The data table, the CSV export and the text summary come from the same figures.
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import { navigationFor } from '@/lib/auth/navigation';
import { parseCsv, toCsv } from '@/lib/participants/csv';
import { placementsTable, tableRows, type Translate } from '@/lib/dashboard/tables';
import { placementsSummary, sustainabilitySummary } from '@/lib/dashboard/summaries';
import { shown, type Count } from '@/lib/dashboard/suppress';
import type { Placements } from '@/lib/dashboard/placements';
import type { Role } from '@/lib/generated/prisma/enums';

// A stand-in for next-intl: the German messages with {placeholders} filled in.
const t: Translate = (key, values = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], de.dashboard) as string;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
};
const hidden: Count = { value: null, suppressed: true };

const placements: Placements = {
  months: [
    { month: '2020-03', active: shown(30), placed: shown(8), rate: 26.7 },
    { month: '2020-04', active: shown(30), placed: hidden, rate: null },
  ],
  total: { active: shown(30), placed: shown(17), rate: 56.7 },
};

describe('dashboard tables', () => {
  it('writes the same strings to the CSV as the table shows, small counts as "< 5"', () => {
    const table = placementsTable(placements, t);
    const csv = parseCsv(toCsv(tableRows(table)));
    expect(csv.records).toEqual([
      ['Monat', 'Teilnehmende im Monat', 'Vermittlungen', 'Vermittlungsquote'],
      ['März 2020', '30', '8', '26,7 %'],
      ['April 2020', '30', '< 5', '–'],
      ['Zeitraum insgesamt', '30', '17', '56,7 %'],
    ]);
  });

  it('summarises the same numbers in German', () => {
    expect(placementsSummary(placements, t)).toBe(
      'Von März 2020 bis April 2020 nahmen 17 Teilnehmende eine sozialversicherungspflichtige Beschäftigung auf; bei 30 Teilnehmenden im Zeitraum ist das eine Vermittlungsquote von 56,7 %. Die meisten Vermittlungen gab es im März 2020 (8).',
    );
    expect(placementsSummary({ ...placements, total: { ...placements.total, placed: hidden, rate: null } }, t)).toContain('zu wenige Vermittlungen');
    expect(sustainabilitySummary([
      { monthsAfter: 6, due: shown(6), completed: shown(6), employed: hidden, needsCovering: hidden, employedShare: null, needsCoveringShare: null },
      { monthsAfter: 12, due: shown(0), completed: shown(0), employed: shown(0), needsCovering: shown(0), employedShare: null, needsCoveringShare: null },
    ], t)).toBe('Nach 6 Monaten: 6 Nachbefragungen; die Anteile sind zu klein, um sie auszuweisen. Nach 12 Monaten war im Zeitraum keine Nachbefragung fällig.');
  });

  it('offers "Auswertungen" to officials, coordinators and admins only', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    const withDashboard = roles.filter((role) => navigationFor({ id: 'u', role, organisationId: 'o', name: 'n' }).some((i) => i.href === '/auswertungen'));
    expect(withDashboard).toEqual(['ADMIN', 'COORDINATOR', 'OFFICIAL']);
  });
});
