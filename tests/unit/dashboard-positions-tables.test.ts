// /auswertungen/stellen: the data tables (also the CSV export) and the text summaries come
// from the same figures; small counts read "< 5"; no name of a person appears.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { parseCsv, toCsv } from '@/lib/participants/csv';
import { tableRows, type Translate } from '@/lib/dashboard/tables';
import { caseloadSummary, caseloadTable, positionsSummary, positionsTable } from '@/lib/dashboard/positions-tables';
import { shown, type Count } from '@/lib/dashboard/suppress';
import type { Positions } from '@/lib/dashboard/positions';
import type { ProjectCaseloadFigure, RoleCaseload } from '@/lib/dashboard/caseload';

const t = createTranslator({ locale: 'de', messages: de, namespace: 'dashboard' }) as unknown as Translate;
const hidden: Count = { value: null, suppressed: true };

const positions: Positions = {
  employers: [
    { employerId: 'a', name: 'Caritas', city: 'Dortmund', kind: 'WELFARE_ORGANISATION', offered: 24, filled: shown(20), share: 83.3 },
    { employerId: 'b', name: 'Caritas', city: 'Duisburg', kind: 'WELFARE_ORGANISATION', offered: 6, filled: hidden, share: null },
    { employerId: 'c', name: 'Wirtschaftsbetriebe Duisburg', city: 'Duisburg', kind: 'MUNICIPAL_COMPANY', offered: 1200, filled: shown(950), share: 79.2 },
    { employerId: 'd', name: 'Werkhof', city: 'Dortmund', kind: 'SOCIAL_ENTERPRISE', offered: 3, filled: hidden, share: null },
  ],
  total: { employers: 4, offered: 1233, filled: shown(975), share: 79.1 },
};

const role = (r: Partial<RoleCaseload>): RoleCaseload => ({ assigned: shown(0), persons: 0, average: null, maximum: shown(0), overTarget: null, ...r });
const caseload: ProjectCaseloadFigure[] = [
  {
    projectId: 'p1', name: 'Joboffensive Gelsenkirchen', city: 'Gelsenkirchen', ratio: 100, active: shown(1900),
    roles: {
      caseworker: role({ assigned: shown(1890), persons: 19, average: 99.5, maximum: shown(131), overTarget: 6 }),
      jobCoach: role({ assigned: shown(0), persons: 0, overTarget: 0 }),
    },
  },
  {
    projectId: 'p2', name: 'Das Duisburger Modell', city: 'Duisburg', ratio: null, active: shown(16),
    roles: {
      caseworker: role({ assigned: hidden, persons: 3, maximum: hidden }),
      jobCoach: role({ assigned: shown(16), persons: 2, average: 8, maximum: shown(9) }),
    },
  },
];

describe('positions filled versus offered', () => {
  it('writes the same strings to the CSV as the table shows; a name in two cities gets its city', () => {
    const csv = parseCsv(toCsv(tableRows(positionsTable(positions, t))));
    expect(csv.records).toEqual([
      ['Arbeitgeber', 'Art', 'Angeboten', 'Besetzt', 'Anteil besetzt'],
      ['Caritas (Dortmund)', 'Wohlfahrtsverband', '24', '20', '83,3 %'],
      ['Caritas (Duisburg)', 'Wohlfahrtsverband', '6', '< 5', '–'],
      ['Wirtschaftsbetriebe Duisburg', 'Städtisches Unternehmen', '1.200', '950', '79,2 %'],
      ['Werkhof', 'Sozialunternehmen / Beschäftigungsträger', '3', '< 5', '–'],
      ['Insgesamt (4 Arbeitgeber)', '', '1.233', '975', '79,1 %'],
    ]);
  });

  it('summarises the total and the highest shown share', () => {
    expect(positionsSummary(positions, t)).toBe(
      '4 Arbeitgeber bieten 1.233 Arbeitsplätze an; davon waren 975 besetzt (79,1 %). Den höchsten Anteil besetzter Plätze hat Caritas (Dortmund) (83,3 %).',
    );
  });

  it('says so when the total is hidden or there are no positions', () => {
    const one: Positions = { employers: [{ ...positions.employers[3]! }], total: { employers: 1, offered: 3, filled: hidden, share: null } };
    expect(positionsSummary(one, t)).toBe('1 Arbeitgeber bietet 3 Arbeitsplätze an; besetzt waren zu wenige, um die Zahl auszuweisen.');
    expect(positionsSummary({ employers: [], total: { employers: 0, offered: 0, filled: shown(0), share: null } }, t)).toBe(
      'Für die gewählten Projekte sind keine Arbeitsplätze erfasst.',
    );
  });
});

describe('caseload against the target ratio', () => {
  it('one row per project and role, hidden counts as "< 5", no ratio as "–"', () => {
    const table = caseloadTable(caseload, t);
    expect(parseCsv(toCsv(tableRows(table))).records).toEqual([
      ['Projekt und Aufgabe', 'Zielschlüssel', 'Aktive Teilnahmen', 'davon zugeordnet', 'Personen mit aktiven Fällen', 'Ø Fälle je Person', 'Höchste Fallzahl', 'Personen über dem Schlüssel'],
      ['Joboffensive Gelsenkirchen: Fallmanagement', '1:100', '1.900', '1.890', '19', '99,5', '131', '6'],
      ['Joboffensive Gelsenkirchen: Jobcoaching', '1:100', '1.900', '0', '0', '–', '0', '0'],
      ['Das Duisburger Modell: Fallmanagement', '–', '16', '< 5', '3', '–', '< 5', '–'],
      ['Das Duisburger Modell: Jobcoaching', '–', '16', '16', '2', '8,0', '9', '–'],
    ]);
  });

  it('summarises staff above the ratio and the highest average against its ratio', () => {
    expect(caseloadSummary(caseload, t)).toBe(
      'Über dem Zielschlüssel ihres Projekts liegen im Fallmanagement 6 von 19 Personen mit aktiven Fällen. '
      + 'Den höchsten Durchschnitt hat Joboffensive Gelsenkirchen im Fallmanagement: 99,5 aktive Teilnahmen je Person bei einem Zielschlüssel von 1:100.',
    );
  });

  it('names each role that has people in projects with a ratio', () => {
    const both = [{ ...caseload[0]!, roles: { ...caseload[0]!.roles, jobCoach: role({ assigned: shown(300), persons: 1, average: 300, maximum: shown(300), overTarget: 1 }) } }];
    expect(caseloadSummary(both, t)).toMatch(
      /^Über dem Zielschlüssel ihres Projekts liegen im Fallmanagement 6 von 19 Personen mit aktiven Fällen, im Jobcoaching 1 von 1 Person mit aktiven Fällen\. Den höchsten Durchschnitt hat Joboffensive Gelsenkirchen im Jobcoaching: 300,0/,
    );
    const idleTarget = [{ ...caseload[0]!, roles: { caseworker: role({ overTarget: 0 }), jobCoach: role({ overTarget: 0 }) } }, caseload[1]!];
    expect(caseloadSummary(idleTarget, t)).toBe('In den Projekten mit Zielschlüssel ist derzeit niemand für aktive Teilnahmen zuständig.');
  });

  it('says when nobody holds active cases or no project has a ratio', () => {
    const idle = caseload.map((p) => ({ ...p, roles: { caseworker: role({}), jobCoach: role({}) } }));
    expect(caseloadSummary(idle, t)).toBe('Derzeit ist in den gewählten Projekten niemand für aktive Teilnahmen zuständig.');
    expect(caseloadSummary([caseload[1]!], t)).toBe('Für die gewählten Projekte ist kein Zielschlüssel festgelegt.');
    expect(caseloadSummary([], t)).toBe(t('noData'));
  });

  it('has the same messages in English', () => {
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'dashboard' }) as unknown as Translate;
    expect(caseloadTable(caseload, english).rows[0]!.header).toBe('Joboffensive Gelsenkirchen: case management');
    expect(positionsSummary(positions, english)).toMatch(/^4 employers offer 1.233 positions; 975 of them were filled \(79,1 %\)\./);
  });
});
