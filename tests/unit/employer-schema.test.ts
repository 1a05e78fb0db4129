// Input rules of employers, positions, job coaches and employer acquisition: German messages
// at the field, every problem at once, money in cents and hours as a decimal string.
import { describe, expect, it } from 'vitest';
import {
  AcquisitionSchema, EmployerFilterSchema, EmployerSchema, JobCoachSchema, MoveAcquisitionSchema, PositionSchema, splitFields,
} from '@/lib/employers/schema';
import { fieldErrors } from '@/lib/validation';
import { navigationFor } from '@/lib/auth/navigation';
import { suppressCells } from '@/lib/employers/suppress-cells';
import { shown } from '@/lib/dashboard/suppress';

const ID = '6f1c1b8e-9a43-4b55-8f0e-2d7f3c1a9b10';
const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

describe('EmployerSchema', () => {
  it('splits occupational fields on lines, commas and semicolons, dropping blanks and repeats', () => {
    expect(splitFields('Hauswirtschaft\n Recycling ,  ; hauswirtschaft\n\nBürohilfe/Verwaltung')).toEqual(['Hauswirtschaft', 'Recycling', 'Bürohilfe/Verwaltung']);
    const parsed = EmployerSchema.parse({ name: ' Caritas ', kind: 'WELFARE_ORGANISATION', city: 'Dortmund', district: '', occupationalFields: 'Pflege' });
    expect(parsed).toEqual({ name: 'Caritas', kind: 'WELFARE_ORGANISATION', city: 'Dortmund', district: undefined, occupationalFields: ['Pflege'] });
  });

  it('reports every missing field in German', () => {
    expect(errorsOf(EmployerSchema.safeParse({ name: '', kind: 'X', city: ' ' }))).toEqual({
      name: 'Bitte geben Sie den Namen des Arbeitgebers ein.',
      kind: 'Bitte wählen Sie die Art des Arbeitgebers aus.',
      city: 'Bitte geben Sie den Ort ein.',
    });
    expect(errorsOf(EmployerSchema.safeParse({ name: 'A', kind: 'PRIVATE_FIRM', city: 'B', occupationalFields: 'x'.repeat(101) }))).toEqual({
      occupationalFields: 'Jedes Berufsfeld darf höchstens 100 Zeichen lang sein.',
    });
  });
});

describe('PositionSchema', () => {
  const base = { projectId: ID, employerId: ID, count: '25', occupationalField: 'Facility Management', workingTime: 'FULL', instrument: 'PARA_16E' };

  it('turns a German wage into cents and hours into a decimal string, never a float', () => {
    const parsed = PositionSchema.parse({ ...base, workingTime: 'PART', hoursPerWeek: '19,5', hourlyWage: '13,5', collectiveAgreement: 'ja' });
    expect(parsed).toMatchObject({ count: 25, hoursPerWeek: '19.5', hourlyWage: 1350, collectiveAgreement: 'ja' });
    expect(PositionSchema.parse({ ...base, hourlyWage: '13,90' }).hourlyWage).toBe(1390);
    const bare = PositionSchema.parse(base);
    expect([bare.hoursPerWeek, bare.hourlyWage]).toEqual([undefined, undefined]);
  });

  it('needs hours for part time, even when another field failed too', () => {
    expect(errorsOf(PositionSchema.safeParse({ ...base, workingTime: 'PART', instrument: '§99' }))).toEqual({
      instrument: 'Bitte wählen Sie das Förderinstrument aus.',
      hoursPerWeek: 'Bei Teilzeit geben Sie bitte die Wochenstunden an.',
    });
  });

  it.each([
    ['count', '0'], ['count', '2,5'], ['count', 'viele'], ['hoursPerWeek', '60'], ['hoursPerWeek', '19,55'],
    ['hourlyWage', '0'], ['hourlyWage', '250'], ['hourlyWage', '13,999'],
  ])('refuses %s = %s', (field, value) => {
    const errors = errorsOf(PositionSchema.safeParse({ ...base, [field]: value }));
    expect(Object.keys(errors)).toEqual([field]);
  });
});

describe('JobCoachSchema', () => {
  it('treats an empty employer as employed by the project and an empty account as none', () => {
    expect(JobCoachSchema.parse({ projectId: ID, name: 'Heike Kemper', employerId: '', userId: '' })).toEqual({ projectId: ID, name: 'Heike Kemper', employerId: undefined, userId: undefined });
    expect(errorsOf(JobCoachSchema.safeParse({ projectId: ID, name: '', employerId: 'x' }))).toEqual({
      name: 'Bitte geben Sie den Namen des Jobcoaches ein.',
      employerId: 'Bitte wählen Sie den Arbeitgeber aus der Liste.',
    });
  });
});

describe('acquisition schemas', () => {
  const base = { projectId: ID, employerId: ID, stage: 'FIRST_CONTACT', firstContactAt: '2018-02-08' };

  it('takes a first contact without commitments', () => {
    const parsed = AcquisitionSchema.parse(base);
    expect(parsed).toMatchObject({ stage: 'FIRST_CONTACT', firstContactAt: new Date('2018-02-08T00:00:00Z') });
    expect(parsed.positionsCommitted).toBeUndefined();
  });

  it('needs at least one committed position from “committed” on, reported with other errors', () => {
    expect(errorsOf(AcquisitionSchema.safeParse({ ...base, stage: 'COMMITTED', positionsCommitted: '0', firstContactAt: '2018-02-31' }))).toEqual({
      firstContactAt: 'Bitte geben Sie das Datum des Erstkontakts als Datum ein.',
      positionsCommitted: 'Ab der Stufe „Stellen zugesagt“ geben Sie bitte mindestens einen zugesagten Arbeitsplatz an.',
    });
    expect(MoveAcquisitionSchema.safeParse({ projectId: ID, acquisitionId: ID, version: '3', stage: 'FILLED', positionsCommitted: '' }).success).toBe(false);
    expect(MoveAcquisitionSchema.parse({ projectId: ID, acquisitionId: ID, version: '3', stage: 'FILLED', positionsCommitted: '6' })).toMatchObject({ version: 3, positionsCommitted: 6 });
  });

  it('refuses a stage outside the pipeline', () => {
    expect(errorsOf(AcquisitionSchema.safeParse({ ...base, stage: 'LOST' }))).toEqual({ stage: 'Bitte wählen Sie die Stufe aus.' });
  });
});

describe('employer list filter and navigation', () => {
  it('ignores bad query parameters rather than failing', () => {
    expect(EmployerFilterSchema.parse({ art: 'KIOSK', ort: ['a', 'b'] })).toEqual({ art: undefined, ort: undefined });
    expect(EmployerFilterSchema.parse({ art: 'PRIVATE_FIRM', ort: ' Duisburg ' })).toEqual({ art: 'PRIVATE_FIRM', ort: 'Duisburg' });
  });

  it('shows „Arbeitgeber“ to every role that reads employers', () => {
    for (const role of ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'] as const) {
      expect(navigationFor({ id: 'u', role, organisationId: 'o', name: 'n' }).some((item) => item.href === '/arbeitgeber')).toBe(true);
    }
  });
});

describe('suppressCells', () => {
  it('shows everything to those who run the project', () => {
    expect(suppressCells(true, [1, 3, 9], 13)).toEqual({ cells: [shown(1), shown(3), shown(9)], total: shown(13) });
  });

  it('hides small cells and enough others that none follows from the total', () => {
    const hidden = { value: null, suppressed: true };
    // ISB's Stadtteil-Schule (1) and Werkhof (3): the two together are 4 < 5, so the next smallest goes too.
    expect(suppressCells(false, [9, 1, 3, 6, 15], 34)).toEqual({ cells: [shown(9), hidden, hidden, hidden, shown(15)], total: shown(34) });
    // One small cell alone would be total minus the rest.
    expect(suppressCells(false, [2, 10, 8], 20)).toEqual({ cells: [hidden, shown(10), hidden], total: shown(20) });
    expect(suppressCells(false, [7, 8], 15)).toEqual({ cells: [shown(7), shown(8)], total: shown(15) });
    expect(suppressCells(false, [1, 2], 3)).toEqual({ cells: [hidden, hidden], total: hidden });
  });
});
