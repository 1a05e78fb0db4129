import { describe, expect, it } from 'vitest';
import { CreateProjectSchema, UpdateProjectSchema } from '@/lib/projects/schema';
import { CreateFundingAmountSchema, CreateFundingSourceSchema } from '@/lib/funding/source-schema';
import { centsToEuroInput } from '@/lib/projects/form-values';
import {
  MODEL_FLOWS, PROJECT_MODELS, edgeField, edgeKey, modelTransitions, phasesWithoutExit, storedModel, templateOf, withExits,
  type TransitionEdge,
} from '@/lib/projects/templates';
import { fieldErrors } from '@/lib/validation';

const ticked = (edges: readonly TransitionEdge[]) => Object.fromEntries(edges.map((e) => [edgeField(e), '1']));
const valid = {
  ...ticked(modelTransitions('WORK_OPPORTUNITY_TO_JOB')),
  name: 'Das Duisburger Modell', shortName: 'Duisburg-Modell', city: 'Duisburg', model: 'WORK_OPPORTUNITY_TO_JOB',
  description: '', startDate: '2018-01-01', endDate: '2019-12-31', targetParticipants: '100', targetPositions: '',
  targetPlacements: '', caseloadRatio: '', contactsPerMonth: '', aftercareMonths: '6', budget: '3.500.000',
};
const strip = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('edge:')));
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error as never);
};

describe('CreateProjectSchema', () => {
  it('parses a complete form: short name lower-cased, empty targets absent, budget in BigInt cents', () => {
    const parsed = CreateProjectSchema.parse(valid);
    expect(parsed).toMatchObject({ shortName: 'duisburg-modell', targetParticipants: 100, aftercareMonths: 6, budget: 350_000_000n });
    expect(parsed.targetPositions).toBeUndefined();
    expect(parsed.description).toBeUndefined();
    expect(parsed.endDate).toEqual(new Date('2019-12-31T00:00:00Z'));
  });

  it.each([
    ['3.500.000,50', 350_000_050n],
    ['3500000,5', 350_000_050n],
    ['3500000.50', 350_000_050n],
    ['930000000', 93_000_000_000n],
  ])('reads the budget %s as %s cents, never through a float', (budget, cents) => {
    expect(CreateProjectSchema.parse({ ...valid, budget }).budget).toBe(cents);
  });

  it('reports every field at once, in German', () => {
    const errors = errorsOf(CreateProjectSchema, {
      ...valid, name: ' ', shortName: 'ä b', city: '', model: 'ANDERES', startDate: '2019-02-29', endDate: 'morgen',
      targetParticipants: '1,5', caseloadRatio: '0', contactsPerMonth: '40', aftercareMonths: '-1', budget: '3,5 Mio. €',
    });
    expect(errors).toEqual({
      name: 'Bitte geben Sie den Namen des Projekts ein.',
      shortName: 'Das Kürzel besteht aus höchstens 50 Kleinbuchstaben, Ziffern und Bindestrichen, z. B. isb-dortmund.',
      city: 'Bitte geben Sie die Stadt oder den Kreis ein.',
      model: 'Bitte wählen Sie ein Modell aus.',
      startDate: 'Bitte geben Sie den Beginn als Datum ein.',
      endDate: 'Bitte geben Sie das Ende als Datum ein.',
      targetParticipants: 'Teilnehmende: bitte eine ganze Zahl von 1 bis 100.000 eingeben.',
      caseloadRatio: 'Betreuungsschlüssel: bitte eine ganze Zahl von 1 bis 1.000 eingeben.',
      contactsPerMonth: 'Kontakte je Monat: bitte eine ganze Zahl von 1 bis 31 eingeben.',
      aftercareMonths: 'Nachbetreuung: bitte eine ganze Zahl von 0 bis 36 eingeben.',
      budget: 'Bitte geben Sie das Budget als Euro-Betrag ein, z. B. 3.500.000 oder 3500000,00.',
    });
  });

  it('refuses an end before the start, even when another field failed', () => {
    expect(errorsOf(CreateProjectSchema, { ...valid, name: '', endDate: '2017-12-31' })).toEqual({
      name: 'Bitte geben Sie den Namen des Projekts ein.',
      endDate: 'Das Ende darf nicht vor dem Beginn liegen.',
    });
  });

  it('takes the ticked edges exactly, for a template or an own model', () => {
    expect(CreateProjectSchema.parse(valid).transitions.map(edgeKey).sort()).toEqual(modelTransitions('WORK_OPPORTUNITY_TO_JOB').map(edgeKey).sort());
    const own: TransitionEdge[] = [[null, 'QUALIFICATION'], ['QUALIFICATION', 'REGULAR_JOB'], ['REGULAR_JOB', 'EXIT'], ['QUALIFICATION', 'EXIT']];
    const parsed = CreateProjectSchema.parse({ ...strip(valid), ...ticked(own), model: 'CUSTOM' });
    expect(parsed.model).toBe('CUSTOM');
    expect(parsed.transitions.map(edgeKey).sort()).toEqual(own.map(edgeKey).sort());
  });

  it.each([
    ['no first phase', [['PROFILING', 'EXIT']], 'Bitte kreuzen Sie in der Zeile „Beginn“ mindestens eine Phase an, mit der eine Teilnahme beginnen kann.'],
    ['a phase after itself', [[null, 'PROFILING'], ['PROFILING', 'PROFILING'], ['PROFILING', 'EXIT']], '„Profiling“ kann nicht auf sich selbst folgen.'],
    ['beginning with the exit', [[null, 'EXIT']], 'Eine Teilnahme kann nicht mit dem Austritt beginnen.'],
    ['a reachable phase without a way out', [[null, 'PROFILING'], ['PROFILING', 'REGULAR_JOB'], ['PROFILING', 'EXIT']],
      'Aus „Ungeförderte Beschäftigung“ führt kein Weg zum Austritt. Bitte kreuzen Sie dort einen Übergang an, der zum Austritt führt.'],
  ] as [string, TransitionEdge[], string][])('refuses %s at the field, in German', (_, edges, message) => {
    expect(errorsOf(CreateProjectSchema, { ...strip(valid), ...ticked(edges), model: 'CUSTOM' })).toEqual({ transitions: message });
  });

  it('refuses an unknown edge and nothing ticked', () => {
    expect(errorsOf(CreateProjectSchema, { ...valid, 'edge:START>LUNCH': '1' })).toHaveProperty('transitions', 'Unbekannte Phasenfolge. Bitte laden Sie die Seite neu.');
    expect(errorsOf(CreateProjectSchema, strip(valid))).toHaveProperty('transitions', expect.stringContaining('Zeile „Beginn“'));
  });

  it('needs id and version to update', () => {
    expect(errorsOf(UpdateProjectSchema, valid)).toHaveProperty('id', 'Unbekanntes Projekt.');
  });
});

describe('funding schemas', () => {
  it('reads planned and actual euros as BigInt cents; an empty actual amount is not yet known', () => {
    const source = '00000000-0000-4000-8000-000000000001';
    expect(CreateFundingAmountSchema.parse({ fundingSourceId: source, year: '2013', planned: '1.643.000', actual: '' })).toEqual({
      fundingSourceId: source, year: 2013, planned: 164_300_000n,
    });
    expect(CreateFundingAmountSchema.parse({ fundingSourceId: source, year: '2013', planned: '1', actual: '0' }).actual).toBe(0n);
  });

  it('reports German messages at the fields', () => {
    expect(errorsOf(CreateFundingAmountSchema, { fundingSourceId: '00000000-0000-4000-8000-000000000001', year: '13', planned: '', actual: '-5' })).toEqual({
      year: 'Bitte geben Sie das Jahr vierstellig ein, z. B. 2024.',
      planned: 'Bitte geben Sie den geplanten Betrag in Euro ein, z. B. 1.643.000 oder 1643000,00.',
      actual: 'Bitte geben Sie den Ist-Betrag in Euro ein oder lassen Sie das Feld leer.',
    });
    expect(errorsOf(CreateFundingSourceSchema, { projectId: '00000000-0000-4000-8000-000000000001', kind: 'LOTTO', name: '' })).toEqual({
      kind: 'Bitte wählen Sie die Art der Quelle aus.',
      name: 'Bitte geben Sie die Bezeichnung der Quelle ein.',
    });
  });

  it('writes cents back as the form takes them', () => {
    expect(centsToEuroInput(350_000_050n)).toBe('3500000,50');
    expect(centsToEuroInput(164_300_000n)).toBe('1643000');
    expect(CreateFundingAmountSchema.parse({ fundingSourceId: '00000000-0000-4000-8000-000000000001', year: '2020', planned: centsToEuroInput(5n) }).planned).toBe(5n);
  });
});

describe('phase-model templates', () => {
  it('every model starts somewhere and can always exit', () => {
    for (const model of PROJECT_MODELS) {
      const edges = modelTransitions(model);
      expect(edges.some(([from]) => from === null)).toBe(true);
      for (const [, to] of MODEL_FLOWS[model]) expect(edges).toContainEqual([to, 'EXIT']);
    }
  });

  it('ISB: profiling → (qualification →) §16e job → aftercare, exit from each', () => {
    expect(modelTransitions('SUBSIDISED_JOBS')).toEqual([
      [null, 'PROFILING'], ['PROFILING', 'QUALIFICATION'], ['PROFILING', 'SUBSIDISED_JOB'], ['QUALIFICATION', 'SUBSIDISED_JOB'],
      ['SUBSIDISED_JOB', 'AFTERCARE'], ['PROFILING', 'EXIT'], ['QUALIFICATION', 'EXIT'], ['SUBSIDISED_JOB', 'EXIT'], ['AFTERCARE', 'EXIT'],
    ]);
  });

  it('adds no duplicate exit', () => {
    expect(withExits([[null, 'REGULAR_JOB'], ['REGULAR_JOB', 'EXIT']])).toEqual([[null, 'REGULAR_JOB'], ['REGULAR_JOB', 'EXIT']]);
  });
});

describe('own phase models', () => {
  it('a way to the exit counts through other phases and loops; unreachable phases do not matter', () => {
    expect(phasesWithoutExit([[null, 'PROFILING'], ['PROFILING', 'QUALIFICATION'], ['QUALIFICATION', 'PROFILING'], ['QUALIFICATION', 'EXIT']])).toEqual([]);
    expect(phasesWithoutExit([[null, 'PROFILING'], ['PROFILING', 'QUALIFICATION'], ['QUALIFICATION', 'PROFILING']])).toEqual(['PROFILING', 'QUALIFICATION']);
    expect(phasesWithoutExit([[null, 'REGULAR_JOB'], ['REGULAR_JOB', 'EXIT'], ['AFTERCARE', 'REGULAR_JOB']])).toEqual([]);
  });

  it('stores the template the edges equal, else the one started from, else the nearest', () => {
    expect(storedModel('CUSTOM', modelTransitions('SUBSIDISED_JOBS'))).toBe('SUBSIDISED_JOBS');
    expect(templateOf(modelTransitions('PROCUREMENT'))).toBe('PROCUREMENT');
    const plus: TransitionEdge[] = [...modelTransitions('INTENSIVE_PLACEMENT'), ['PROFILING', 'QUALIFICATION'], ['QUALIFICATION', 'EXIT']];
    expect(templateOf(plus)).toBeNull();
    expect(storedModel('INTENSIVE_PLACEMENT', plus)).toBe('INTENSIVE_PLACEMENT');
    expect(storedModel('PROCUREMENT', plus)).toBe('PROCUREMENT');
    // Shares all five ISB edges but one: ISB is nearest.
    expect(storedModel('CUSTOM', modelTransitions('SUBSIDISED_JOBS').filter(([f, t]) => !(f === 'QUALIFICATION' && t === 'EXIT')))).toBe('SUBSIDISED_JOBS');
  });
});
