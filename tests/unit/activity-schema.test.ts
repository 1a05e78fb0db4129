import { describe, expect, it } from 'vitest';
import { LogContactSchema, RecordSupportServiceSchema, contactTimestamp } from '@/lib/casework/contact-schema';
import { activityClosesAfter, activityOpen, berlinToday } from '@/lib/casework/activity-window';

const ID = '4f1c2a9e-3b7d-4c1e-9a2b-1c3d5e7f9a0b';

describe('LogContactSchema', () => {
  it('parses a day, an integer duration and an optional note', () => {
    const r = LogContactSchema.parse({ enrolmentId: ID, version: '3', occurredAt: '2024-03-31', kind: 'HOME_VISIT', durationMinutes: '45', note: '' });
    expect(r).toEqual({ enrolmentId: ID, version: 3, occurredAt: new Date('2024-03-31T00:00:00Z'), kind: 'HOME_VISIT', durationMinutes: 45, note: undefined });
  });
  it('stores noon UTC, the same calendar day in Germany in summer and winter', () => {
    expect(contactTimestamp(new Date('2024-03-31T00:00:00Z')).toISOString()).toBe('2024-03-31T12:00:00.000Z');
  });
  it('reports every field in German', () => {
    const r = LogContactSchema.safeParse({ enrolmentId: ID, version: '1', occurredAt: '31.03.2024', kind: 'FAX', durationMinutes: '0', note: 'x'.repeat(501) });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['occurredAt', 'Bitte geben Sie das Datum des Kontakts als Datum ein.'],
      ['kind', 'Bitte wählen Sie die Art des Kontakts aus.'],
      ['durationMinutes', 'Bitte geben Sie die Dauer als ganze Zahl von 1 bis 600 Minuten ein.'],
      ['note', 'Die Notiz darf höchstens 500 Zeichen lang sein.'],
    ]);
  });
});

describe('RecordSupportServiceSchema', () => {
  const base = { enrolmentId: ID, version: '1', kind: 'CHILDCARE', status: 'PLANNED', startDate: '2024-05-01' };
  it('takes an open-ended service and one ending on its start day', () => {
    expect(RecordSupportServiceSchema.safeParse({ ...base, endDate: '' }).success).toBe(true);
    expect(RecordSupportServiceSchema.safeParse({ ...base, endDate: '2024-05-01' }).success).toBe(true);
  });
  it('refuses an end before the start, even when the status is missing', () => {
    const r = RecordSupportServiceSchema.safeParse({ ...base, status: '', endDate: '2024-04-30' });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['status', 'endDate']);
  });
});

describe('activity window', () => {
  it('uses the German calendar day', () => {
    expect(berlinToday(new Date('2024-06-30T22:30:00Z')).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(berlinToday(new Date('2024-12-31T22:59:00Z')).toISOString()).toBe('2024-12-31T00:00:00.000Z');
  });
  it('stays open for 12 months after the exit', () => {
    const exit = new Date('2023-06-15T00:00:00Z');
    expect(activityClosesAfter(exit).toISOString().slice(0, 10)).toBe('2024-06-14');
    expect(activityOpen(null, new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(activityOpen(exit, new Date('2024-06-14T00:00:00Z'))).toBe(true);
    expect(activityOpen(exit, new Date('2024-06-15T00:00:00Z'))).toBe(false);
  });
});
