// The data table, the CSV export and the text summary come from the same figures.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import de from '@/messages/de.json';
import { navigationFor } from '@/lib/auth/navigation';
import { parseCsv, toCsv } from '@/lib/participants/csv';
import { contactsTable, placementsTable, tableRows, type Translate } from '@/lib/dashboard/tables';
import { contactsSummary, placementsSummary, sustainabilitySummary } from '@/lib/dashboard/summaries';
import type { Contacts } from '@/lib/dashboard/contacts';
import { shown, type Count } from '@/lib/dashboard/suppress';
import type { Placements } from '@/lib/dashboard/placements';
import type { Role } from '@/lib/generated/prisma/enums';

const t = createTranslator({ locale: 'de', messages: de, namespace: 'dashboard' }) as unknown as Translate;
const hidden: Count = { value: null, suppressed: true };

const placements: Placements = {
  step: 'month',
  spans: [
    { start: '2020-03', active: shown(30), placed: shown(8), rate: 26.7 },
    { start: '2020-04', active: shown(30), placed: hidden, rate: null },
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
    expect(placementsSummary(placements, { from: 'März 2020', to: 'April 2020' }, t)).toBe(
      'Von März 2020 bis April 2020 nahmen 17 Teilnehmende eine sozialversicherungspflichtige Beschäftigung auf; bei 30 Teilnehmenden im Zeitraum ist das eine Vermittlungsquote von 56,7 %. Die meisten Vermittlungen gab es im März 2020 (8).',
    );
    expect(placementsSummary({ ...placements, total: { ...placements.total, placed: hidden, rate: null } }, { from: 'März 2020', to: 'April 2020' }, t)).toContain('zu wenige Vermittlungen');
    expect(sustainabilitySummary([
      { monthsAfter: 6, due: shown(6), completed: shown(6), employed: hidden, needsCovering: hidden, employedShare: null, needsCoveringShare: null },
      { monthsAfter: 12, due: shown(0), completed: shown(0), employed: shown(0), needsCovering: shown(0), employedShare: null, needsCoveringShare: null },
    ], t)).toBe('Nach 6 Monaten: 6 Nachbefragungen; die Anteile sind zu klein, um sie auszuweisen. Nach 12 Monaten war im Zeitraum keine Nachbefragung fällig.');
  });

  it('names quarters and years in rows, headings and summaries', () => {
    const quarters: Placements = {
      step: 'quarter',
      spans: [
        { start: '2020-02', active: shown(30), placed: shown(8), rate: 26.7 },
        { start: '2020-04', active: shown(30), placed: shown(9), rate: 30 },
      ],
      total: { active: shown(30), placed: shown(17), rate: 56.7 },
    };
    expect(tableRows(placementsTable(quarters, t)).slice(0, 3)).toEqual([
      ['Quartal', 'Teilnehmende im Quartal', 'Vermittlungen', 'Vermittlungsquote'],
      ['1. Quartal 2020', '30', '8', '26,7 %'],
      ['2. Quartal 2020', '30', '9', '30,0 %'],
    ]);
    expect(placementsTable(quarters, t).caption).toBe('Vermittlungen je Quartal');
    expect(placementsSummary(quarters, { from: 'Februar 2020', to: 'Juni 2020' }, t)).toMatch(/Die meisten Vermittlungen gab es im 2\. Quartal 2020 \(9\)\.$/);
    const years: Placements = { ...quarters, step: 'year', spans: [{ start: '2020-02', active: shown(30), placed: shown(17), rate: 56.7 }] };
    expect(placementsSummary(years, { from: 'Februar 2020', to: 'Dezember 2020' }, t)).toMatch(/gab es im Jahr 2020 \(17\)\.$/);

    const contacts: Contacts = {
      step: 'year',
      spans: [{ start: '2020-01', active: shown(324), contacted: shown(52), contacts: shown(142), perParticipant: 0.4, target: 4 }],
      total: { contacts: shown(142), perParticipant: 0.4, target: 4 },
    };
    expect(tableRows(contactsTable(contacts, t))[0]!.slice(0, 2)).toEqual(['Jahr', 'Teilnahmemonate']);
    expect(contactsSummary(contacts, { from: 'Januar 2020', to: 'Dezember 2020' }, t)).toMatch(/erreicht in 0 von 1 Jahr\.$/);
  });

  it('offers "Auswertungen" to officials, coordinators and admins only', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    const withDashboard = roles.filter((role) => navigationFor({ id: 'u', role, organisationId: 'o', name: 'n' }).some((i) => i.href === '/auswertungen'));
    expect(withDashboard).toEqual(['ADMIN', 'COORDINATOR', 'OFFICIAL']);
  });
});
