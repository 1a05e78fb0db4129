import { describe, expect, it } from 'vitest';
import { EnterPhaseSchema } from '@/lib/casework/schema';
import { fieldErrors } from '@/lib/validation';

const base = { enrolmentId: '00000000-0000-4000-8000-000000000001', version: '1', startDate: '2020-01-01' };

function errors(input: Record<string, string>) {
  const result = EnterPhaseSchema.safeParse({ ...base, ...input });
  return result.success ? {} : fieldErrors(result.error);
}

describe('EnterPhaseSchema', () => {
  it('names every missing job detail at once, even when another field is not in its list', () => {
    expect(errors({ kind: 'REGULAR_JOB', instrument: 'PARA_99' })).toEqual({
      instrument: 'Bitte wählen Sie ein Förderinstrument aus der Liste.',
      employerId: 'Für eine Beschäftigung bitte den Arbeitgeber angeben.',
      hoursPerWeek: 'Für eine Beschäftigung bitte die Wochenstunden angeben.',
      monthlyWage: 'Für eine Beschäftigung bitte den Monatslohn angeben.',
    });
  });

  it('asks for the exit reason on exit, in German, and treats empty optional fields as not given', () => {
    expect(errors({ kind: 'EXIT', plannedEndDate: '', instrument: '', employerId: '' })).toEqual({ exitReason: 'Bitte wählen Sie einen Austrittsgrund aus.' });
    expect(errors({ kind: 'PROFILING', plannedEndDate: '', hoursPerWeek: '' })).toEqual({});
  });

  it('reads German hours and wages', () => {
    const parsed = EnterPhaseSchema.parse({ ...base, kind: 'REGULAR_JOB', employerId: base.enrolmentId, hoursPerWeek: '19,5', monthlyWage: '1.234,50' });
    expect(parsed).toMatchObject({ hoursPerWeek: 19.5, monthlyWage: 123_450 });
    expect(errors({ kind: 'REGULAR_JOB', employerId: base.enrolmentId, hoursPerWeek: '60', monthlyWage: '1' })).toEqual({ hoursPerWeek: 'Wochenstunden zwischen 1 und 48 (Arbeitszeitgesetz).' });
  });
});

describe('day', () => {
  it('takes a real calendar day as UTC midnight and refuses one that Date would roll over', async () => {
    const { day } = await import('@/lib/participants/schema');
    const schema = day('Bitte geben Sie ein Datum ein.');
    expect(schema.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    for (const bad of ['2019-02-31', '2023-02-29', '2024-13-01', '2024-04-31', '24-01-01']) {
      expect(schema.safeParse(bad).error?.issues.map((i) => i.message), bad).toEqual(['Bitte geben Sie ein Datum ein.']);
    }
  });
});
