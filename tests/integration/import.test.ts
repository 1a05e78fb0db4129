// The CSV import of participants and their phases: all rows or none, on a real database.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEmployer, createJobCoach, createOrganisation, createParticipant, createPosition, createProject, createUser, type TransitionEdge } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';

let database: TestDatabase;
let previewImport: typeof import('@/lib/participants/import-participants').previewImport;
let commitImport: typeof import('@/lib/participants/import-participants').commitImport;
const actors = {} as Record<'caseworker' | 'colleague' | 'otherCaseworker' | 'coach' | 'official', ActorContext>;

const EXIT_FROM_ALL = (kinds: TransitionEdge[1][]): TransitionEdge[] => kinds.map((k) => [k, 'EXIT']);
const DUISBURG: TransitionEdge[] = [
  [null, 'WORK_OPPORTUNITY'], ['WORK_OPPORTUNITY', 'REGULAR_JOB'], ['WORK_OPPORTUNITY', 'SUBSIDISED_JOB'],
  ['REGULAR_JOB', 'AFTERCARE'], ['SUBSIDISED_JOB', 'AFTERCARE'],
  ...EXIT_FROM_ALL(['WORK_OPPORTUNITY', 'REGULAR_JOB', 'SUBSIDISED_JOB', 'AFTERCARE']),
];
const ISB: TransitionEdge[] = [
  [null, 'PROFILING'], ['PROFILING', 'QUALIFICATION'], ['PROFILING', 'SUBSIDISED_JOB'], ['QUALIFICATION', 'SUBSIDISED_JOB'], ['SUBSIDISED_JOB', 'AFTERCARE'],
  ...EXIT_FROM_ALL(['PROFILING', 'QUALIFICATION', 'SUBSIDISED_JOB', 'AFTERCARE']),
];

const COLUMNS = [
  'Kundennummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'Geschlecht', 'Bildungsstand', 'Arbeitslos seit', 'Leistungsjahre', 'Straße', 'PLZ', 'Ort',
  'Projekt', 'Eintritt', 'Phase', 'Phase ab', 'Phase bis', 'Förderinstrument', 'Arbeitgeber', 'Wochenstunden', 'Monatslohn', 'Austrittsgrund',
] as const;
type Cells = Partial<Record<(typeof COLUMNS)[number], string>>;
// As German Excel writes it: BOM, semicolons, CRLF, decorated headers.
const HEADER = 'Kundennummer;Nachname;Vorname;Geburtsdatum (TT.MM.JJJJ);Geschlecht (w/m/d);Bildungsstand;Arbeitslos seit;Leistungsjahre in den letzten 7 Jahren;Straße;PLZ;Ort;Projekt;Eintritt;Phase;Phase ab;Phase bis;Förderinstrument;Arbeitgeber;Wochenstunden;Monatslohn;Austrittsgrund';

const person = (customerNumber: string, lastName: string, overrides: Cells = {}): Cells => ({
  Kundennummer: customerNumber, Nachname: lastName, Vorname: 'Anna', Geburtsdatum: '15.06.1975', Geschlecht: 'w', Bildungsstand: 'ISCED 3-4',
  'Arbeitslos seit': '01.01.2015', Leistungsjahre: '7', Straße: 'Westenhellweg 1', PLZ: '44137', Ort: 'Dortmund', Projekt: 'agh-dortmund', Eintritt: '01.03.2019',
  ...overrides,
});
const line = (cells: Cells) => COLUMNS.map((c) => cells[c] ?? '').join(';');
const file = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;

/** Anna: work opportunity → §16e job → aftercare → exit, rows 2–5. */
const annaRows = (customerNumber: string, lastName = 'Aydin') => [
  line({ ...person(customerNumber, lastName), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '31.05.2019' }),
  line({ Kundennummer: customerNumber, Phase: 'Geförderte Beschäftigung', 'Phase ab': '01.06.2019', 'Phase bis': '31.05.2021', Förderinstrument: '§ 16e', Arbeitgeber: 'Grünbau gGmbH', Wochenstunden: '39', Monatslohn: '2.345,67' }),
  line({ Kundennummer: customerNumber, Phase: 'Nachbetreuung', 'Phase ab': '01.06.2021' }),
  line({ Kundennummer: customerNumber, Phase: 'Austritt', 'Phase ab': '30.11.2021', Austrittsgrund: 'Maßnahme abgeschlossen' }),
];

async function counts() {
  const p = database.prisma;
  return {
    participants: await p.participant.count(), identities: await p.participantIdentity.count(), enrolments: await p.enrolment.count(),
    phases: await p.phase.count(), followUps: await p.followUp.count(), created: await p.auditEvent.count({ where: { action: 'create' } }),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  ({ previewImport, commitImport } = await import('@/lib/participants/import-participants'));
  const p = database.prisma;
  const city = await createOrganisation(p, { name: 'Stadt Dortmund', kind: 'CITY', city: 'Dortmund' });
  const jc = await createOrganisation(p, { name: 'Jobcenter Dortmund', kind: 'JOBCENTER', city: 'Dortmund' });
  const jcDu = await createOrganisation(p, { name: 'Jobcenter Duisburg', kind: 'JOBCENTER', city: 'Duisburg' });
  const land = await createOrganisation(p, { name: 'Land NRW', kind: 'LAND', city: null });
  const agh = await createProject(p, { operatorId: city.id, city: 'Dortmund', shortName: 'agh-dortmund', name: 'AGH Dortmund', transitions: DUISBURG, startDate: new Date('2018-01-01T00:00:00Z') });
  const isb = await createProject(p, { operatorId: jc.id, city: 'Dortmund', shortName: 'isb-dortmund', name: 'ISB Dortmund', transitions: ISB });
  await createProject(p, { operatorId: jcDu.id, city: 'Duisburg', shortName: 'duisburg-fremd', transitions: DUISBURG });
  await createEmployer(p, { organisationId: city.id, name: 'Grünbau gGmbH' });
  const caritas = await createEmployer(p, { organisationId: jcDu.id, name: 'Caritas' });
  await createPosition(p, { projectId: isb.id, employerId: caritas.id });
  const make = async (role: 'CASEWORKER' | 'OFFICIAL' | 'JOB_COACH', org: { id: string; kind: ActorContext['organisationKind']; city: string | null }) =>
    toActorContext({ ...(await createUser(p, { role, organisationId: org.id })), organisation: org });
  actors.caseworker = await make('CASEWORKER', jc);
  actors.colleague = await make('CASEWORKER', jc);
  actors.otherCaseworker = await make('CASEWORKER', jcDu);
  actors.official = await make('OFFICIAL', land);
  actors.coach = await make('JOB_COACH', jc);
  await createJobCoach(p, { organisationId: jc.id, projectId: agh.id, userId: actors.coach.id });
  // Already registered in the Dortmund jobcenter.
  await createParticipant(p, { organisationId: jc.id, identity: { customerNumber: '999Z000001', lastName: 'Vorhanden', firstName: 'Vera' } });
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('a good file', () => {
  const good = file(
    ...annaRows('111A000001'),
    // ISO dates, a quoted separator, the person's cells repeated in the next row in another date format.
    line({ ...person('111A000002', 'Bauer', { Vorname: 'Ben', Geschlecht: 'm', Bildungsstand: 'ISCED 0-2', Geburtsdatum: '1980-04-01', Projekt: 'isb-dortmund', Eintritt: '2019-04-01', Straße: '"Hauptstr. 1; Hinterhaus"' }), Phase: 'Profiling', 'Phase ab': '2019-04-01' }),
    line({ ...person('111A000002', 'Bauer', { Vorname: 'Ben', Geschlecht: 'M', Bildungsstand: 'ISCED_0_2', Geburtsdatum: '01.04.1980', Projekt: 'ISB-Dortmund', Eintritt: '01.04.2019', Straße: '"Hauptstr. 1; Hinterhaus"' }), Phase: 'Qualifizierung', 'Phase ab': '01.07.2019', 'Phase bis': '31.12.2019' }),
    '',
    line(person('111A000003', 'Çelik', { Vorname: 'Cem', Geschlecht: 'd' })),
  );

  it('previews people, phases and the first rows without writing anything', async () => {
    const before = await counts();
    const result = await previewImport(actors.caseworker, good, new Date('2026-01-01T00:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toMatchObject({ rows: 7, participants: 3, phases: 6, errors: [], errorCount: 0 });
    expect(result.preview.sample[0]).toMatchObject({
      row: 2, customerNumber: '111A000001', name: 'Anna Aydin', project: 'AGH Dortmund', enrolledAt: '2019-03-01',
      phases: [
        { kind: 'WORK_OPPORTUNITY', startDate: '2019-03-01', endDate: '2019-05-31' },
        { kind: 'SUBSIDISED_JOB', startDate: '2019-06-01', endDate: '2021-05-31' },
        { kind: 'AFTERCARE', startDate: '2021-06-01', endDate: '2021-11-29' },
        { kind: 'EXIT', startDate: '2021-11-30', endDate: '2021-11-30' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('writes every participant, identity, enrolment and phase, and audits ids only', async () => {
    const before = await counts();
    const result = await commitImport(actors.caseworker, good, new Date('2026-01-01T00:00:00Z'));
    expect(result).toEqual({ ok: true, participants: 3, phases: 6 });
    expect(await counts()).toEqual({
      participants: before.participants + 3, identities: before.identities + 3, enrolments: before.enrolments + 3, phases: before.phases + 6,
      followUps: before.followUps + 2, created: before.created + 3 + 3 + 6 + 1,
    });

    const anna = await database.prisma.participant.findFirstOrThrow({
      where: { identity: { customerNumber: '111A000001' } },
      include: { identity: true, enrolments: { include: { phases: { orderBy: { startDate: 'asc' } }, followUps: { orderBy: { monthsAfter: 'asc' } } } } },
    });
    expect(anna).toMatchObject({
      organisationId: actors.caseworker.organisationId, sex: 'FEMALE', birthYear: 1975, educationLevel: 'ISCED_3_4', benefitYearsInLast7: 7,
      unemployedSince: new Date('2015-01-01T00:00:00Z'), deletionDueAt: new Date('2026-11-30T00:00:00Z'),
      identity: { customerNumber: '111A000001', lastName: 'Aydin', firstName: 'Anna', postalCode: '44137', birthDate: new Date('1975-06-15T00:00:00Z') },
    });
    expect(anna.pseudonym).toMatch(/^TN-[A-HJ-NP-Z2-9]{8}$/);
    const [enrolment] = anna.enrolments;
    expect(enrolment).toMatchObject({ caseworkerId: actors.caseworker.id, enrolledAt: new Date('2019-03-01T00:00:00Z'), exitedAt: new Date('2021-11-30T00:00:00Z'), exitReason: 'COMPLETED' });
    const employer = await database.prisma.employer.findFirstOrThrow({ where: { name: 'Grünbau gGmbH' } });
    expect(enrolment!.phases.map((ph) => [ph.kind, ph.instrument, ph.startDate.toISOString().slice(0, 10), ph.endDate?.toISOString().slice(0, 10)])).toEqual([
      ['WORK_OPPORTUNITY', 'PARA_16D', '2019-03-01', '2019-05-31'],
      ['SUBSIDISED_JOB', 'PARA_16E', '2019-06-01', '2021-05-31'],
      ['AFTERCARE', null, '2021-06-01', '2021-11-29'],
      ['EXIT', null, '2021-11-30', '2021-11-30'],
    ]);
    expect(enrolment!.phases[1]).toMatchObject({ employerId: employer.id, monthlyWageCents: 234567 });
    expect(Number(enrolment!.phases[1]!.hoursPerWeek)).toBe(39);
    expect(enrolment!.followUps.map((f) => [f.monthsAfter, f.dueAt.toISOString().slice(0, 10)])).toEqual([[6, '2022-05-30'], [12, '2022-11-30']]);

    const ben = await database.prisma.participantIdentity.findFirstOrThrow({ where: { customerNumber: '111A000002' }, include: { participant: { include: { enrolments: { include: { phases: true } } } } } });
    expect(ben).toMatchObject({ street: 'Hauptstr. 1; Hinterhaus', birthDate: new Date('1980-04-01T00:00:00Z') });
    expect(ben.participant.enrolments[0]!.phases).toHaveLength(2);
    const cem = await database.prisma.participantIdentity.findFirstOrThrow({ where: { customerNumber: '111A000003' }, include: { participant: { include: { enrolments: { include: { phases: true } } } } } });
    expect(cem).toMatchObject({ lastName: 'Çelik', participant: { sex: 'DIVERSE', enrolments: [{ exitedAt: null, phases: [] }] } });

    const events = await database.prisma.auditEvent.findMany({ where: { actorId: actors.caseworker.id, action: 'create' } });
    expect(events.filter((e) => e.entity === 'Participant').map((e) => e.entityId).sort()).toEqual(
      (await database.prisma.participantIdentity.findMany({ where: { customerNumber: { startsWith: '111A' } } })).map((i) => i.participantId).sort(),
    );
    expect(events.map((e) => e.entity).sort()).toEqual([...Array(3).fill('Enrolment'), ...Array(3).fill('Participant'), 'ParticipantImport', ...Array(6).fill('Phase')]);
    expect(events.every((e) => (e.details as { purpose?: string }).purpose === 'import')).toBe(true);
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/Aydin|Anna|Bauer|111A00000|Westenhellweg|Hauptstr/);
  });

  it('then refuses the same file: every customer number exists now', async () => {
    const before = await counts();
    const result = await commitImport(actors.caseworker, good);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (result.ok || result.kind !== 'invalid') return;
    expect(result.preview.errors.filter((e) => e.column === 'Kundennummer').map((e) => e.row)).toEqual([2, 6, 9]);
    expect(await counts()).toEqual(before);
  });

  it('reads a comma-separated file in Windows style too', async () => {
    const text = `${HEADER.replaceAll(';', ',')}\n${line(person('113A000001', 'Komma', { Straße: '"Hauptstr. 1, Hinterhaus"' })).replaceAll(';', ',')}\n`;
    const result = await previewImport(actors.caseworker, text);
    expect(result).toMatchObject({ ok: true, preview: { participants: 1, errorCount: 0 } });
  });
});

describe('a file with bad rows', () => {
  const bad = file(
    ...annaRows('114A000001'), // rows 2–5 are fine
    line(person('114A000010', 'Datum', { Geburtsdatum: '31.02.1980' })), // 6
    line(person('114A000011', 'Geschlecht', { Geschlecht: 'q' })), // 7
    line(person('114A000012', 'Fremd', { Projekt: 'duisburg-fremd' })), // 8
    line({ ...person('114A000013', 'Reihenfolge'), Phase: 'Profiling', 'Phase ab': '01.03.2019' }), // 9
    line({ ...person('114A000014', 'Abweichend'), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '31.05.2019' }), // 10
    line({ Kundennummer: '114A000014', Geburtsdatum: '16.06.1975', Phase: 'Austritt', 'Phase ab': '01.06.2019', Austrittsgrund: 'Abbruch' }), // 11
    line({ ...person('114A000015', 'Leistung', { Leistungsjahre: '3' }), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '31.05.2019' }), // 12
    line({ Kundennummer: '114A000015', Phase: 'Geförderte Beschäftigung', 'Phase ab': '01.06.2019', 'Phase bis': '31.05.2021', Förderinstrument: '§ 16i', Arbeitgeber: 'Grünbau gGmbH', Wochenstunden: '30', Monatslohn: '2000' }), // 13
    line(person('999Z000001', 'Vorhanden', { Vorname: 'Vera' })), // 14
    line(person('12345', 'Format')), // 15
    `${line(person('114A000016', 'Zuviel'))};überzählig`, // 16
    line({ ...person('114A000001', 'Aydin'), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '31.05.2019' }), // 17 = row 2
    line({ ...person('114A000017', 'Ende'), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '01.02.2019' }), // 18
    line({ ...person('114A000018', 'Arbeitgeber'), Phase: 'Arbeitsgelegenheit', 'Phase ab': '01.03.2019', 'Phase bis': '31.05.2019' }), // 19
    line({ Kundennummer: '114A000018', Phase: 'Ungeförderte Beschäftigung', 'Phase ab': '01.06.2019', Arbeitgeber: 'Caritas', Wochenstunden: '39', Monatslohn: '2.000' }), // 20
  );

  it('lists each bad row with a German message at its column', async () => {
    const result = await previewImport(actors.caseworker, bad, new Date('2026-01-01T00:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { errors } = result.preview;
    const at = (row: number, column: string | null) => errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
    expect(at(6, 'Geburtsdatum')).toEqual(['Kein gültiges Datum. Bitte TT.MM.JJJJ schreiben, z. B. 01.03.2019.']);
    expect(at(7, 'Geschlecht')).toEqual(['Bitte w, m oder d angeben.']);
    expect(at(8, 'Projekt')).toEqual([expect.stringContaining('steht Ihnen nicht zur Auswahl')]);
    expect(at(9, 'Phase')).toEqual(['Als erste Phase erlaubt dieses Projekt nur: Arbeitsgelegenheit (§ 16d).']);
    expect(at(11, 'Geburtsdatum')).toEqual([expect.stringContaining('Weicht von Zeile 10 ab')]);
    expect(at(13, 'Förderinstrument')).toEqual([expect.stringContaining('mindestens 6 der letzten 7 Jahre')]);
    expect(at(14, 'Kundennummer')).toEqual([expect.stringContaining('bereits einen Datensatz')]);
    expect(at(15, 'Kundennummer')).toEqual([expect.stringContaining('123D456789')]);
    expect(at(16, null)).toEqual([expect.stringContaining('hat 22 Felder, die Kopfzeile nur 21')]);
    expect(at(17, null)).toEqual(['Die Zeile wiederholt Zeile 2.']);
    expect(at(18, 'Phase bis')).toEqual([expect.stringContaining('liegt vor dem Beginn')]);
    expect(at(20, 'Arbeitgeber')).toEqual([expect.stringContaining('gibt es in diesem Projekt nicht')]);
    // The good rows have none; the bad ones nothing else.
    expect(errors.filter((e) => [2, 3, 4, 5, 10, 12, 19].includes(e.row!))).toEqual([]);
    expect(result.preview.errorCount).toBe(12);
    expect(result.preview).toMatchObject({ participants: 11, rows: 19 });
    // Anna Aydin of the good file, under another customer number: a note, not an error; looking
    // her up read identifying data, so that read is audited.
    expect(result.preview.warnings).toContainEqual({ row: 2, column: 'Nachname', message: expect.stringContaining('gleichem Namen und Geburtsdatum') });
    expect(await database.prisma.auditEvent.count({ where: { actorId: actors.caseworker.id, action: 'read.identity', details: { path: ['purpose'], equals: 'duplicate-check' } } })).toBeGreaterThan(0);
  });

  it('writes nothing at all, not even the good rows', async () => {
    const before = await counts();
    const result = await commitImport(actors.caseworker, bad, new Date('2026-01-01T00:00:00Z'));
    expect(result).toMatchObject({ ok: false, kind: 'invalid', preview: { errorCount: 12 } });
    expect(await counts()).toEqual(before);
    expect(await database.prisma.participantIdentity.count({ where: { customerNumber: '114A000001' } })).toBe(0);
  });

  it('refuses a file without its required columns, an empty one and one over the row limit', async () => {
    const noProject = `Kundennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Bildungsstand;Eintritt;Lieblingsfarbe\n123D000001;A;B;01.01.1980;w;ISCED 3-4;01.03.2019;blau\n`;
    expect((await previewImport(actors.caseworker, noProject)) as unknown).toMatchObject({
      preview: { errors: [{ row: 1, column: 'Projekt', message: 'Die Pflichtspalte „Projekt“ fehlt in der Kopfzeile.' }], warnings: [{ row: 1, message: expect.stringContaining('„Lieblingsfarbe“ ist unbekannt') }] },
    });
    expect((await previewImport(actors.caseworker, '\uFEFF\r\n')) as unknown).toMatchObject({ preview: { errors: [{ row: null, message: 'Die Datei ist leer.' }] } });
    const many = file(...Array.from({ length: 5001 }, (_, i) => line(person(`115A${String(i).padStart(6, '0')}`, 'Viele'))));
    expect((await previewImport(actors.caseworker, many)) as unknown).toMatchObject({ preview: { errors: [{ row: null, message: expect.stringContaining('höchstens 5.000') }] } });
    const before = await counts();
    expect(await commitImport(actors.caseworker, many)).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await counts()).toEqual(before);
  });
});

describe('conflicts and failures at commit', () => {
  const pair = (a: string, b: string) => file(line(person(a, 'Erster')), line(person(b, 'Zweite', { Vorname: 'Zoe' })));

  it('refuses the whole file when a colleague registered one of its people after the preview', async () => {
    const text = pair('116A000001', '116A000002');
    expect(await previewImport(actors.caseworker, text)).toMatchObject({ ok: true, preview: { errorCount: 0 } });
    await createParticipant(database.prisma, { organisationId: actors.colleague.organisationId, identity: { customerNumber: '116A000002' } });
    const before = await counts();
    const result = await commitImport(actors.caseworker, text);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', preview: { errors: [{ row: 3, column: 'Kundennummer' }] } });
    expect(await counts()).toEqual(before);
    expect(await database.prisma.participantIdentity.count({ where: { customerNumber: '116A000001' } })).toBe(0);
  });

  it('checks again inside the writing transaction, for a registration in the last moment', async () => {
    const text = pair('117A000001', '117A000002');
    const client = (globalThis as unknown as { teilhabeDb: { $transaction: (...args: unknown[]) => Promise<unknown> } }).teilhabeDb;
    const transaction = client.$transaction.bind(client);
    // The colleague's registration lands after the commit's own check, just before it writes.
    vi.spyOn(client, '$transaction').mockImplementation(async (...args: unknown[]) => {
      await createParticipant(database.prisma, { organisationId: actors.colleague.organisationId, identity: { customerNumber: '117A000001' } });
      return transaction(...args);
    });
    const before = await counts();
    const result = await commitImport(actors.caseworker, text);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', preview: { errors: [{ row: 2, column: 'Kundennummer', message: expect.stringContaining('inzwischen') }] } });
    // Only the colleague's record is new.
    expect(await counts()).toEqual({ ...before, participants: before.participants + 1, identities: before.identities + 1 });
    expect(await database.prisma.participantIdentity.count({ where: { customerNumber: '117A000002' } })).toBe(0);
  });

  it('rolls back everything written so far when a later insert fails', async () => {
    const p = database.prisma;
    // A database that refuses aftercare phases: the participants and enrolments before them were already inserted.
    await p.$executeRawUnsafe(`CREATE FUNCTION refuse_aftercare() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.kind = 'AFTERCARE' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`);
    await p.$executeRawUnsafe('CREATE TRIGGER refuse_aftercare BEFORE INSERT ON "Phase" FOR EACH ROW EXECUTE FUNCTION refuse_aftercare()');
    try {
      const before = await counts();
      await expect(commitImport(actors.caseworker, file(...annaRows('118A000001')))).rejects.toThrow();
      expect(await counts()).toEqual(before);
    } finally {
      await p.$executeRawUnsafe('DROP TRIGGER refuse_aftercare ON "Phase"');
      await p.$executeRawUnsafe('DROP FUNCTION refuse_aftercare()');
    }
  });
});

describe('the template', () => {
  it('passes the check as it is, with the first project the caseworker may enrol into', async () => {
    const { getImportTemplate } = await import('@/lib/participants/import-template');
    const template = await getImportTemplate(actors.caseworker);
    expect(template).toMatch(/^\uFEFFKundennummer;Nachname;Vorname;Geburtsdatum;/);
    expect(template).toContain(';agh-dortmund;');
    const checked = await previewImport(actors.caseworker, template!);
    expect(checked).toMatchObject({ ok: true, preview: { participants: 1, phases: 2, errorCount: 0 } });
    // The factory's people are Erika Mustermanns too: the only notes are about them.
    if (checked.ok) expect(checked.preview.warnings.every((w) => w.message.includes('gleichem Namen und Geburtsdatum'))).toBe(true);
    expect(await getImportTemplate(actors.official)).toBeNull();
  });
});

describe('who may import', () => {
  const text = file(line(person('119A000001', 'Rolle')));

  it('refuses job coaches and officials, and audits the attempt', async () => {
    for (const actor of [actors.coach, actors.official]) {
      const before = await counts();
      expect(await previewImport(actor, text)).toEqual({ ok: false, kind: 'forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' });
      expect(await commitImport(actor, text)).toEqual({ ok: false, kind: 'forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' });
      expect(await counts()).toEqual(before);
      expect(await database.prisma.auditEvent.count({ where: { actorId: actor.id, action: 'access.denied' } })).toBe(1);
    }
  });

  it('refuses a project outside the caseworker’s scope', async () => {
    const before = await counts();
    const foreign = file(line(person('119A000002', 'Fremd', { Projekt: 'duisburg-fremd' })));
    const result = await commitImport(actors.caseworker, foreign);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', preview: { errors: [{ row: 2, column: 'Projekt' }] } });
    expect(await counts()).toEqual(before);
    // The project's own jobcenter may.
    expect(await commitImport(actors.otherCaseworker, foreign)).toEqual({ ok: true, participants: 1, phases: 0 });
  });
});
