import { describe, expect, it } from 'vitest';
import type { PhaseKind, SubsidyInstrument } from '@/lib/generated/prisma/enums';
import {
  allowedNextKinds,
  checkPhaseEntry,
  PHASE_LABELS,
  type PastPhase,
  type PersonFacts,
  type PhaseCheckInput,
  type Transition,
} from '@/lib/casework/phase-rules';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The flow plus EXIT from every phase in it, as the seed builds project models. */
function model(flow: readonly [PhaseKind | null, PhaseKind][]): Transition[] {
  const edges = flow.map(([fromKind, toKind]) => ({ fromKind, toKind }));
  const phases = new Set(flow.map(([, to]) => to));
  return [...edges, ...[...phases].map((fromKind) => ({ fromKind, toKind: 'EXIT' as const }))];
}

const DUISBURG = model([
  [null, 'WORK_OPPORTUNITY'],
  ['WORK_OPPORTUNITY', 'REGULAR_JOB'],
  ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB'],
  ['REGULAR_JOB', 'AFTERCARE'],
  ['SUBSIDISED_JOB', 'AFTERCARE'],
]);
const ISB = model([
  [null, 'PROFILING'],
  ['PROFILING', 'QUALIFICATION'],
  ['PROFILING', 'SUBSIDISED_JOB'],
  ['QUALIFICATION', 'SUBSIDISED_JOB'],
  ['SUBSIDISED_JOB', 'AFTERCARE'],
]);

const ELIGIBLE: PersonFacts = { birthDate: d('1980-05-05'), unemployedSince: d('2015-01-01'), benefitYearsInLast7: 7 };

function check(overrides: Partial<PhaseCheckInput> & {
  kind: PhaseKind; instrument?: SubsidyInstrument | null; start: string; end?: string | null;
}) {
  const { kind, instrument = null, start, end = null, ...rest } = overrides;
  return checkPhaseEntry({
    transitions: ISB,
    current: null,
    person: ELIGIBLE,
    history: [],
    today: d(start),
    ...rest,
    entry: { kind, instrument, startDate: d(start), plannedEndDate: end ? d(end) : null },
  });
}

const agh = (start: string, end: string | null): PastPhase => ({ kind: 'WORK_OPPORTUNITY', instrument: 'PARA_16D', startDate: d(start), endDate: end ? d(end) : null });
const codes = (result: ReturnType<typeof checkPhaseEntry>) => result.findings.map((f) => `${f.severity}:${f.code}:${f.field}`);

describe('allowedNextKinds', () => {
  it('follows the Duisburg model: AGH first, then a job, then aftercare; exit from every phase', () => {
    expect(allowedNextKinds(DUISBURG, null)).toEqual(['WORK_OPPORTUNITY']);
    expect(allowedNextKinds(DUISBURG, 'WORK_OPPORTUNITY')).toEqual(['SUBSIDISED_JOB', 'REGULAR_JOB', 'EXIT']);
    expect(allowedNextKinds(DUISBURG, 'REGULAR_JOB')).toEqual(['AFTERCARE', 'EXIT']);
    expect(allowedNextKinds(DUISBURG, 'SUBSIDISED_JOB')).toEqual(['AFTERCARE', 'EXIT']);
    expect(allowedNextKinds(DUISBURG, 'AFTERCARE')).toEqual(['EXIT']);
    expect(allowedNextKinds(DUISBURG, 'EXIT')).toEqual([]);
  });

  it('follows the ISB model: profiling, optional qualification, §16e job, aftercare', () => {
    expect(allowedNextKinds(ISB, null)).toEqual(['PROFILING']);
    expect(allowedNextKinds(ISB, 'PROFILING')).toEqual(['QUALIFICATION', 'SUBSIDISED_JOB', 'EXIT']);
    expect(allowedNextKinds(ISB, 'QUALIFICATION')).toEqual(['SUBSIDISED_JOB', 'EXIT']);
    expect(allowedNextKinds(ISB, 'SUBSIDISED_JOB')).toEqual(['AFTERCARE', 'EXIT']);
  });

  it('allows EXIT only where the project lists it', () => {
    expect(allowedNextKinds([{ fromKind: null, toKind: 'PROFILING' }], 'PROFILING')).toEqual([]);
  });
});

describe('checkPhaseEntry: the project model', () => {
  it('accepts an allowed transition with no findings', () => {
    const result = check({ transitions: DUISBURG, current: { kind: 'WORK_OPPORTUNITY', startDate: d('2024-01-01') }, kind: 'REGULAR_JOB', start: '2024-04-01' });
    expect(result).toEqual({ ok: true, findings: [], limits: [] });
  });

  it('refuses aftercare straight after a work opportunity and lists what is allowed', () => {
    const result = check({ transitions: DUISBURG, current: { kind: 'WORK_OPPORTUNITY', startDate: d('2024-01-01') }, kind: 'AFTERCARE', start: '2024-04-01' });
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([{
      code: 'TRANSITION_NOT_ALLOWED', severity: 'error', field: 'kind',
      message: 'Nach „Arbeitsgelegenheit (§ 16d)“ erlaubt dieses Projekt nur: Geförderte Beschäftigung, Ungeförderte Beschäftigung, Austritt.',
    }]);
  });

  it('refuses a wrong first phase', () => {
    const result = check({ transitions: DUISBURG, kind: 'PROFILING', start: '2024-01-01' });
    expect(result.findings.map((f) => f.message)).toEqual(['Als erste Phase erlaubt dieses Projekt nur: Arbeitsgelegenheit (§ 16d).']);
  });

  it('allows ISB profiling → §16e job (qualification skipped) and aftercare → exit, refuses profiling → aftercare', () => {
    const profiling = { kind: 'PROFILING' as const, startDate: d('2024-01-02') };
    expect(check({ current: profiling, kind: 'SUBSIDISED_JOB', instrument: 'PARA_16E', start: '2024-03-01', end: '2026-02-28' }).ok).toBe(true);
    expect(check({ current: { kind: 'AFTERCARE', startDate: d('2026-03-01') }, kind: 'EXIT', start: '2026-09-01' }).ok).toBe(true);
    expect(codes(check({ current: profiling, kind: 'AFTERCARE', start: '2024-03-01' }))).toEqual(['error:TRANSITION_NOT_ALLOWED:kind']);
    expect(codes(check({ current: { kind: 'QUALIFICATION', startDate: d('2024-03-01') }, kind: 'REGULAR_JOB', start: '2024-06-01' })))
      .toEqual(['error:TRANSITION_NOT_ALLOWED:kind']);
  });

  it('says so when nothing may follow', () => {
    const result = check({ transitions: DUISBURG, current: { kind: 'EXIT', startDate: d('2024-06-01') }, kind: 'AFTERCARE', start: '2024-06-01' });
    expect(result.findings[0]?.message).toBe('Nach „Austritt“ sieht dieses Projekt keine weitere Phase vor.');
  });

  it('refuses a start before the current phase began, allows the same day', () => {
    const current = { kind: 'REGULAR_JOB' as const, startDate: d('2024-03-01') };
    const early = check({ transitions: DUISBURG, current, kind: 'AFTERCARE', start: '2024-02-29' });
    expect(codes(early)).toEqual(['error:START_BEFORE_CURRENT:startDate']);
    expect(early.findings[0]?.message).toBe('Die neue Phase darf nicht vor dem Beginn der aktuellen Phase „Ungeförderte Beschäftigung“ am 01.03.2024 beginnen.');
    expect(check({ transitions: DUISBURG, current, kind: 'AFTERCARE', start: '2024-03-01' }).ok).toBe(true);
  });

  it('refuses a planned end before the start', () => {
    const result = check({ transitions: DUISBURG, current: { kind: 'REGULAR_JOB', startDate: d('2024-03-01') }, kind: 'AFTERCARE', start: '2024-09-01', end: '2024-08-31' });
    expect(codes(result)).toEqual(['error:END_BEFORE_START:plannedEndDate']);
    expect(result.findings[0]?.message).toContain('31.08.2024');
  });

  it('has a German label for every phase', () => {
    expect(PHASE_LABELS.WORK_OPPORTUNITY).toBe('Arbeitsgelegenheit (§ 16d)');
    expect(Object.values(PHASE_LABELS)).toHaveLength(7);
  });
});

describe('checkPhaseEntry: instrument', () => {
  const afterProfiling = { current: { kind: 'PROFILING' as const, startDate: d('2024-01-02') }, start: '2024-03-01', end: '2025-02-28' };

  it('needs §16e or §16i for a subsidised job', () => {
    for (const instrument of [null, 'NONE', 'PARA_16D'] as const) {
      const result = check({ ...afterProfiling, kind: 'SUBSIDISED_JOB', instrument });
      expect(codes(result)).toEqual(['error:INSTRUMENT_MISMATCH:instrument']);
      expect(result.limits).toEqual([]);
    }
    expect(check({ ...afterProfiling, kind: 'SUBSIDISED_JOB', instrument: 'NONE' }).findings[0]?.message)
      .toBe('Geförderte Beschäftigung braucht als Förderinstrument § 16e oder § 16i SGB II; angegeben ist keine Förderung.');
  });

  it('takes a work opportunity as §16d, with or without the instrument set, and nothing else', () => {
    const base = { transitions: DUISBURG, kind: 'WORK_OPPORTUNITY' as const, start: '2024-01-01', end: '2024-03-31' };
    expect(check({ ...base, instrument: null }).ok).toBe(true);
    expect(check({ ...base, instrument: 'PARA_16D' }).limits.map((l) => l.instrument)).toEqual(['PARA_16D']);
    const wrong = check({ ...base, instrument: 'PARA_16E' });
    expect(codes(wrong)).toEqual(['error:INSTRUMENT_MISMATCH:instrument']);
    expect(wrong.limits).toEqual([]);
  });

  it('takes no instrument for unsubsidised phases', () => {
    const qualification = { ...afterProfiling, kind: 'QUALIFICATION' as const };
    expect(check({ ...qualification, instrument: 'NONE' }).ok).toBe(true);
    const wrong = check({ ...qualification, instrument: 'PARA_16I' });
    expect(wrong.findings[0]?.message).toBe('Für „Qualifizierung“ ist kein Förderinstrument vorgesehen; angegeben ist § 16i (Teilhabe am Arbeitsmarkt).');
  });
});

describe('§16d Abs. 6 SGB II: 24 months of work opportunities in 5 years', () => {
  const firstAgh = (start: string, end: string | null, history: PastPhase[] = [], today = start) =>
    check({ transitions: DUISBURG, kind: 'WORK_OPPORTUNITY', instrument: 'PARA_16D', start, end, history, today: d(today) });

  it('allows exactly 24 months', () => {
    const result = firstAgh('2024-01-01', '2025-12-31');
    expect(result.ok).toBe(true);
    expect(result.limits).toEqual([{
      instrument: 'PARA_16D', usedMonths: 0, maxMonths: 24, windowYears: 5, remainingMonths: 24,
      latestEndDate: d('2025-12-31'), schedule: [],
      message: 'Arbeitsgelegenheiten: 0 von höchstens 24 Monaten in 5 Jahren genutzt; 24 Monate verbleiben.',
    }]);
  });

  it('refuses 24 months and one day, naming the months and the last possible day', () => {
    const result = firstAgh('2024-01-01', '2026-01-01');
    expect(codes(result)).toEqual(['error:PARA_16D_LIMIT:plannedEndDate']);
    expect(result.findings[0]?.message).toContain('höchstens 24 Monate');
    expect(result.findings[0]?.message).toContain('(24,1 Monate)');
    expect(result.findings[0]?.message).toContain('höchstens bis 31.12.2025');
  });

  it('does not count a work opportunity that began 6 years before', () => {
    const result = firstAgh('2026-01-01', '2026-12-31', [agh('2020-01-01', '2021-06-30')]);
    expect(result.ok).toBe(true);
    expect(result.limits[0]?.usedMonths).toBe(0);
  });

  it('counts one that began 4 years before: 18 + 12 months refused', () => {
    const result = firstAgh('2026-01-01', '2026-12-31', [agh('2022-01-01', '2023-06-30')]);
    expect(codes(result)).toEqual(['error:PARA_16D_LIMIT:plannedEndDate']);
    const message = result.findings[0]?.message ?? '';
    expect(message).toContain('bereits 18 Monate genutzt');
    expect(message).toContain('mit dieser Phase (12 Monate) wären es 30 Monate');
    expect(message).toContain('höchstens bis 30.06.2026');
    expect(result.limits[0]).toMatchObject({ usedMonths: 18, remainingMonths: 6, latestEndDate: d('2026-06-30') });
  });

  it('counts only the part inside the 5 years before the planned end', () => {
    const result = firstAgh('2026-01-01', '2026-12-31', [agh('2021-07-01', '2022-06-30')]);
    expect(result.ok).toBe(true);
    expect(result.limits[0]?.message).toBe('Arbeitsgelegenheiten: 6 von höchstens 24 Monaten in 5 Jahren genutzt; 18 Monate verbleiben.');
  });

  it('counts an open phase up to today and warns with the remaining months when no end is planned', () => {
    const result = firstAgh('2025-10-01', null, [agh('2025-01-01', null)], '2025-09-30');
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([{
      code: 'PARA_16D_LIMIT', severity: 'warning', field: 'plannedEndDate',
      message: 'Kein geplantes Ende angegeben: Es verbleiben höchstens 15 Monate Arbeitsgelegenheit (§ 16d Abs. 6 SGB II), also bis spätestens 31.12.2026.',
    }]);
    expect(result.limits[0]?.message).toBe('Arbeitsgelegenheiten: 9 von höchstens 24 Monaten in 5 Jahren genutzt; 15 Monate verbleiben.');
  });

  it('counts an open phase no further than today', () => {
    const result = firstAgh('2025-10-01', '2025-12-31', [agh('2025-01-01', null)], '2025-06-30');
    expect(result.limits[0]).toMatchObject({ usedMonths: 6, remainingMonths: 18 });
  });

  it('refuses another work opportunity when the 24 months are used up', () => {
    const result = firstAgh('2025-01-01', null, [agh('2023-01-01', '2024-12-31')]);
    expect(codes(result)).toEqual(['error:PARA_16D_LIMIT:startDate']);
    expect(result.limits[0]).toMatchObject({ usedMonths: 24, remainingMonths: 0, latestEndDate: null });
  });
});

describe('§16e SGB II: two years unemployed, 24 months of subsidy', () => {
  const job = (person: Partial<PersonFacts>, end = '2026-02-28') => check({
    current: { kind: 'PROFILING', startDate: d('2024-01-02') },
    kind: 'SUBSIDISED_JOB', instrument: 'PARA_16E', start: '2024-03-01', end,
    person: { ...ELIGIBLE, ...person },
  });

  it('allows a start exactly 2 years after unemployment began and shows the 75/50 % schedule', () => {
    const result = job({ unemployedSince: d('2022-03-01') });
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(result.limits[0]).toMatchObject({
      instrument: 'PARA_16E', maxMonths: 24, latestEndDate: d('2026-02-28'),
      schedule: [
        { percent: 75, from: d('2024-03-01'), until: d('2025-02-28') },
        { percent: 50, from: d('2025-03-01'), until: d('2026-02-28') },
      ],
      message: 'Lohnkostenzuschuss nach § 16e: 75 % im ersten Jahr (bis 28.02.2025), 50 % im zweiten Jahr (bis 28.02.2026).',
    });
  });

  it('refuses 2 years minus one day of unemployment, naming the first possible start', () => {
    const result = job({ unemployedSince: d('2022-03-02') });
    expect(codes(result)).toEqual(['error:PARA_16E_UNEMPLOYMENT:instrument']);
    expect(result.findings[0]?.message).toBe(
      '§ 16e SGB II setzt voraus, dass die Person bei Beginn seit mindestens 2 Jahren arbeitslos ist. ' +
      'Bei Arbeitslosigkeit seit 02.03.2022 ist das erst ab 02.03.2024 der Fall; geplanter Beginn: 01.03.2024.',
    );
  });

  it('warns, without refusing, when the start of unemployment is unknown', () => {
    const result = job({ unemployedSince: null });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['warning:FACT_MISSING:instrument']);
    expect(result.findings[0]?.message).toContain('2 Jahre');
  });

  it('refuses 24 months and one day of subsidy', () => {
    expect(codes(job({}, '2026-03-01'))).toEqual(['error:PARA_16E_DURATION:plannedEndDate']);
  });

  it('refuses 25 months of subsidy', () => {
    const result = job({}, '2026-03-31');
    expect(codes(result)).toEqual(['error:PARA_16E_DURATION:plannedEndDate']);
    expect(result.findings[0]?.message).toContain('höchstens 24 Monate gezahlt, also bis 28.02.2026; geplant sind 25 Monate');
  });
});

describe('§16i SGB II: age 25, 6 of 7 years on benefits, 60 months per person', () => {
  const job = (person: Partial<PersonFacts>, options: { start?: string; end?: string | null; history?: PastPhase[] } = {}) => check({
    current: { kind: 'PROFILING', startDate: d('2024-01-02') },
    kind: 'SUBSIDISED_JOB', instrument: 'PARA_16I',
    start: options.start ?? '2025-03-15', end: options.end === undefined ? '2030-03-14' : options.end,
    person: { ...ELIGIBLE, ...person }, history: options.history ?? [],
  });

  it('allows a start on the 25th birthday, refuses one day earlier (24 years and 364 days)', () => {
    expect(job({ birthDate: d('2000-03-15') })).toMatchObject({ ok: true, findings: [] });
    const young = job({ birthDate: d('2000-03-16') });
    expect(codes(young)).toEqual(['error:PARA_16I_AGE:instrument']);
    expect(young.findings[0]?.message).toBe('§ 16i SGB II setzt voraus, dass die Person bei Beginn mindestens 25 Jahre alt ist; das ist erst ab 16.03.2025 der Fall, geplanter Beginn: 15.03.2025.');
  });

  it('lets a leap-day child start on 1 March, not on 28 February', () => {
    const born = { birthDate: d('2000-02-29') };
    expect(codes(job(born, { start: '2025-02-28', end: '2026-02-27' }))).toEqual(['error:PARA_16I_AGE:instrument']);
    expect(job(born, { start: '2025-03-01', end: '2026-02-28' }).ok).toBe(true);
  });

  it('refuses 5 benefit years, allows 6, warns when unknown', () => {
    const five = job({ benefitYearsInLast7: 5 });
    expect(codes(five)).toEqual(['error:PARA_16I_BENEFITS:instrument']);
    expect(five.findings[0]?.message).toContain('in mindestens 6 der letzten 7 Jahre voraus; erfasst sind 5 Jahre');
    expect(job({ benefitYearsInLast7: 6 })).toMatchObject({ ok: true, findings: [] });
    const unknown = job({ benefitYearsInLast7: null });
    expect(unknown.ok).toBe(true);
    expect(codes(unknown)).toEqual(['warning:FACT_MISSING:instrument']);
  });

  it('warns about a missing birth date instead of refusing', () => {
    const result = job({ birthDate: null });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['warning:FACT_MISSING:instrument']);
  });

  it('refuses 50 months used + 12 planned, with the numbers', () => {
    const earlier: PastPhase = { kind: 'SUBSIDISED_JOB', instrument: 'PARA_16I', startDate: d('2019-01-01'), endDate: d('2023-02-28') };
    const result = job({}, { start: '2025-03-01', end: '2026-02-28', history: [earlier] });
    expect(codes(result)).toEqual(['error:PARA_16I_LIMIT:plannedEndDate']);
    expect(result.findings[0]?.message).toBe(
      'Die Förderung nach § 16i SGB II ist je Person auf insgesamt 60 Monate begrenzt (§ 16i Abs. 10 SGB II). ' +
      'Bereits genutzt: 50 Monate; geplant: 12 Monate; zusammen 62 Monate. Es verbleiben 10 Monate, die Phase darf höchstens bis 31.12.2025 dauern.',
    );
    expect(result.limits[0]).toMatchObject({
      usedMonths: 50, maxMonths: 60, remainingMonths: 10, latestEndDate: d('2025-12-31'),
      message: 'Teilhabe am Arbeitsmarkt (§ 16i): 50 von höchstens 60 Monaten genutzt; 10 Monate verbleiben. Lohnkostenzuschuss: 100 % im 1. Jahr (bis 31.12.2025).',
    });
  });

  it('shows the 100/90/80/70 % schedule over five years when no end is planned', () => {
    const result = job({}, { end: null });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['info:PARA_16I_LIMIT:plannedEndDate']);
    expect(result.limits[0]?.message).toBe(
      'Teilhabe am Arbeitsmarkt (§ 16i): 0 von höchstens 60 Monaten genutzt; 60 Monate verbleiben. Lohnkostenzuschuss: ' +
      '100 % im 1. und 2. Jahr (bis 14.03.2027), 90 % im 3. Jahr (bis 14.03.2028), 80 % im 4. Jahr (bis 14.03.2029), 70 % im 5. Jahr (bis 14.03.2030).',
    );
    expect(result.limits[0]?.schedule.map((s) => s.percent)).toEqual([100, 90, 80, 70]);
  });
});
