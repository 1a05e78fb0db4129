import { describe, expect, it } from 'vitest';
import { MAX_BATCH, ReassignFilterSchema, ReassignSchema, personParam } from '@/lib/casework/reassign-schema';
import { fieldErrors } from '@/lib/validation';

const ID = '4f1c2a9e-3b7d-4c1e-9a2b-1c3d5e7f9a0b';
const OTHER = '9a0b4f1c-2a9e-4b7d-8c1e-1c3d5e7f9a0b';
const base = { projectId: ID, role: 'caseworker', targetId: OTHER };
const messages = (input: unknown) => ReassignSchema.safeParse(input).error?.issues.map((i) => [i.path[0], i.message]);

describe('ReassignSchema', () => {
  it('reads the checkboxes’ "id:version" values, one or many', () => {
    expect(ReassignSchema.parse({ ...base, enrolments: `${ID}:3` }).enrolments).toEqual([{ enrolmentId: ID, version: 3 }]);
    expect(ReassignSchema.parse({ ...base, role: 'jobCoach', enrolments: [`${ID}:3`, { enrolmentId: OTHER, version: 1 }] })).toEqual({
      ...base, role: 'jobCoach', enrolments: [{ enrolmentId: ID, version: 3 }, { enrolmentId: OTHER, version: 1 }],
    });
  });

  it('reports every empty field in German at once', () => {
    expect(messages({ projectId: '', role: '', targetId: '', enrolments: [] })).toEqual([
      ['projectId', 'Bitte wählen Sie ein Projekt aus.'],
      ['role', 'Bitte wählen Sie, ob das Fallmanagement oder das Jobcoaching übergeben wird.'],
      ['targetId', 'Bitte wählen Sie, an wen übergeben wird.'],
      ['enrolments', 'Bitte wählen Sie mindestens eine Teilnahme aus.'],
    ]);
    expect(messages({ projectId: ID, role: 'caseworker' })).toEqual([
      ['targetId', 'Bitte wählen Sie, an wen übergeben wird.'],
      ['enrolments', 'Bitte wählen Sie mindestens eine Teilnahme aus.'],
    ]);
  });

  it('refuses more than 500, duplicates and tampered values', () => {
    const many = Array.from({ length: MAX_BATCH + 1 }, (_, i) => `${ID.slice(0, -3)}${String(i).padStart(3, '0')}:1`);
    expect(messages({ ...base, enrolments: many })).toEqual([['enrolments', 'Bitte wählen Sie höchstens 500 Teilnahmen auf einmal aus.']]);
    expect(messages({ ...base, enrolments: [`${ID}:1`, `${ID}:2`] })).toEqual([['enrolments', 'Jede Teilnahme darf nur einmal ausgewählt sein.']]);
    for (const bad of ['kaputt', `${ID}:0`, `${ID}:x`, `${ID}`, 7]) {
      expect(fieldErrors(ReassignSchema.safeParse({ ...base, enrolments: [bad] }).error!)).toEqual({ enrolments: 'Die Auswahl ist ungültig. Bitte laden Sie die Seite neu.' });
    }
  });

  it('still reports duplicates when another field failed', () => {
    expect(messages({ ...base, targetId: '', enrolments: [`${ID}:1`, `${ID}:1`] })).toEqual([
      ['targetId', 'Bitte wählen Sie, an wen übergeben wird.'],
      ['enrolments', 'Jede Teilnahme darf nur einmal ausgewählt sein.'],
    ]);
  });
});

describe('ReassignFilterSchema', () => {
  it('reads project, person, key and "alle"; ignores anything malformed', () => {
    expect(ReassignFilterSchema.parse({ projekt: ID, person: personParam('jobCoach', OTHER), nach: ID, alle: '1' })).toEqual({
      projekt: ID, person: { role: 'jobCoach', personId: OTHER }, nach: ID, alle: '1',
    });
    expect(ReassignFilterSchema.parse({ person: personParam('caseworker', null) }).person).toEqual({ role: 'caseworker', personId: null });
    expect(ReassignFilterSchema.parse({ projekt: 'x', person: 'chef:ohne', nach: ['a', 'b'], alle: 'ja' })).toEqual({});
  });
});
