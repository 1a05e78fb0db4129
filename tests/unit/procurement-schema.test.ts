import { describe, expect, it } from 'vitest';
import {
  CreateTenderSchema, DeliveredHireSchema, EmploymentCheckSchema, MonitoringVisitSchema, SocialClauseSchema,
  SuitabilityCheckSchema, TenderFilterSchema, UpdateTenderSchema,
} from '@/lib/procurement/schema';
import { checkDueAt, checkOpen, checkOpensAt } from '@/lib/procurement/employment-check';
import { navigationFor } from '@/lib/auth/navigation';
import { fieldErrors } from '@/lib/validation';
import type { Role } from '@/lib/generated/prisma/enums';

const ID = '0b5f1c1e-8a4e-4d53-9a51-2f9d1f3e4a10';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const errorsOf = (result: { success: boolean; error?: import('zod').ZodError }) => (result.success ? {} : fieldErrors(result.error!));

const TENDER = { reference: ' VBZ-2019-0018 ', title: 'Neubau Feuerwache', orderingDepartment: 'Immobilienwirtschaft', kind: 'WORKS', estimatedValue: '12.000.000', publishedAt: '2019-01-21', projectId: '' };

describe('tender schemas', () => {
  it('parses euros into integer cents as BigInt and trims text', () => {
    const parsed = CreateTenderSchema.parse(TENDER);
    expect(parsed).toMatchObject({ reference: 'VBZ-2019-0018', estimatedValue: 1_200_000_000n, publishedAt: day('2019-01-21'), projectId: undefined });
    expect(CreateTenderSchema.parse({ ...TENDER, estimatedValue: '1.250.000,50' }).estimatedValue).toBe(125_000_050n);
    expect(CreateTenderSchema.parse({ ...TENDER, estimatedValue: '85000.5' }).estimatedValue).toBe(8_500_050n);
  });

  it('reports each bad field in German', () => {
    expect(errorsOf(CreateTenderSchema.safeParse({ ...TENDER, estimatedValue: '0', kind: 'LIEFERUNG', publishedAt: '2019-02-29', reference: 'x'.repeat(51) }))).toEqual({
      estimatedValue: 'Bitte geben Sie den geschätzten Auftragswert in Euro ein, z. B. 250.000 oder 1.250.000,50.',
      kind: 'Bitte wählen Sie die Art der Leistung aus.',
      publishedAt: 'Bitte geben Sie das Datum der Veröffentlichung als Datum ein.',
      reference: 'Höchstens 50 Zeichen.',
    });
    expect(errorsOf(CreateTenderSchema.safeParse({}))).toMatchObject({ reference: 'Bitte geben Sie das Aktenzeichen der Vergabe ein.', title: 'Bitte geben Sie den Titel der Vergabe ein.' });
  });

  it('needs the tender and its version to update', () => {
    expect(UpdateTenderSchema.safeParse(TENDER).success).toBe(false);
    expect(UpdateTenderSchema.parse({ ...TENDER, tenderId: ID, version: '3' }).version).toBe(3);
  });
});

describe('suitability check and social clause', () => {
  it('turns ja/nein into a boolean and asks for a reason', () => {
    expect(SuitabilityCheckSchema.parse({ tenderId: ID, version: '1', suitable: 'nein', reason: 'Lieferung', checkedAt: '2019-01-02' }).suitable).toBe(false);
    expect(errorsOf(SuitabilityCheckSchema.safeParse({ tenderId: ID, version: '1', suitable: '', reason: ' ', checkedAt: '' }))).toEqual({
      suitable: 'Bitte geben Sie an, ob die Vergabe für eine Sozialklausel geeignet ist.',
      reason: 'Bitte begründen Sie das Ergebnis der Prüfung.',
      checkedAt: 'Bitte geben Sie das Datum der Prüfung als Datum ein.',
    });
  });

  const clause = { tenderId: ID, version: '2', type: 'RESERVED_CONTRACT', committedHires: '3', committedHours: '', contractor: '', termStart: '', termEnd: '' };

  it('takes hires or hours, an unticked box as false, blanks as not given', () => {
    expect(SocialClauseSchema.parse(clause)).toMatchObject({ committedHires: 3, committedHours: undefined, protectsExistingStaff: false, contractor: undefined, termStart: undefined });
    expect(SocialClauseSchema.parse({ ...clause, committedHires: '', committedHours: '400', protectsExistingStaff: 'ja' })).toMatchObject({ committedHours: 400, protectsExistingStaff: true });
  });

  it('refuses an end before the start and a clause without any commitment, with other errors at once', () => {
    expect(errorsOf(SocialClauseSchema.safeParse({ ...clause, type: '', committedHires: '0', termStart: '2020-01-01', termEnd: '2019-12-31' }))).toEqual({
      type: 'Bitte wählen Sie die Art der Sozialklausel aus.',
      committedHires: 'Bitte geben Sie zugesagte Einstellungen oder Stunden für Langzeitarbeitslose an.',
      termEnd: 'Das Ende der Vertragslaufzeit darf nicht vor ihrem Beginn liegen.',
    });
    expect(errorsOf(SocialClauseSchema.safeParse({ ...clause, committedHires: '2,5' }))).toEqual({
      committedHires: 'Bitte geben Sie die zugesagten Einstellungen als ganze Zahl von 0 bis 10.000 ein.',
    });
    expect(SocialClauseSchema.safeParse({ ...clause, termStart: '2020-01-01', termEnd: '2020-01-01' }).success).toBe(true);
  });
});

describe('delivered hires, checks and visits', () => {
  it('normalises the pseudonym and refuses anything else', () => {
    expect(DeliveredHireSchema.parse({ tenderId: ID, version: '1', pseudonym: ' tn-abcd2345 ', hiredAt: '2019-05-01' }).pseudonym).toBe('TN-ABCD2345');
    expect(errorsOf(DeliveredHireSchema.safeParse({ tenderId: ID, version: '1', pseudonym: 'Erika Mustermann', hiredAt: '' }))).toEqual({
      pseudonym: 'Bitte geben Sie das Pseudonym ein, wie es in der Teilnahme steht, z. B. TN-ABCD2345.',
      hiredAt: 'Bitte geben Sie das Datum der Einstellung als Datum ein.',
    });
  });

  it('reads the due check as hire and months', () => {
    expect(EmploymentCheckSchema.parse({ tenderId: ID, version: '1', due: `${ID}:12`, stillEmployed: 'ja' }).due).toEqual({ deliveredHireId: ID, months: 12 });
    expect(errorsOf(EmploymentCheckSchema.safeParse({ tenderId: ID, version: '1', due: `${ID}:9`, stillEmployed: '' }))).toEqual({
      due: 'Bitte wählen Sie die fällige Prüfung aus der Liste.',
      stillEmployed: 'Bitte geben Sie an, ob die Person noch beim Auftragnehmer beschäftigt ist.',
    });
  });

  it('falls due on the same calendar day 6 or 12 months later, open two weeks before', () => {
    expect(checkDueAt(day('2019-08-31'), 6)).toEqual(day('2020-03-01'));
    expect(checkDueAt(day('2019-05-15'), 12)).toEqual(day('2020-05-15'));
    expect(checkOpensAt(day('2019-05-15'), 12)).toEqual(day('2020-05-01'));
    expect(checkOpen(day('2019-05-15'), 12, day('2020-04-30'))).toBe(false);
    expect(checkOpen(day('2019-05-15'), 12, day('2020-05-01'))).toBe(true);
  });

  it('allows a sanction only with a deviation', () => {
    const visit = { tenderId: ID, version: '1', visitedAt: '2019-10-01', findings: 'Nachweise fehlen.', deviation: 'nein', sanction: 'Abmahnung' };
    expect(errorsOf(MonitoringVisitSchema.safeParse(visit))).toEqual({ sanction: 'Eine Sanktion setzt eine festgestellte Abweichung voraus.' });
    expect(MonitoringVisitSchema.parse({ ...visit, deviation: 'ja' })).toMatchObject({ deviation: true, sanction: 'Abmahnung' });
    expect(MonitoringVisitSchema.parse({ ...visit, sanction: '' }).sanction).toBeUndefined();
  });
});

describe('tender list filter and navigation', () => {
  it('ignores malformed filters', () => {
    expect(TenderFilterSchema.parse({ jahr: '2018', projekt: ID })).toEqual({ jahr: 2018, projekt: ID });
    expect(TenderFilterSchema.parse({ jahr: 'zwanzig', projekt: "'; DROP" })).toEqual({ jahr: undefined, projekt: undefined });
  });

  it('shows "Ausschreibungen" to those who read tenders: admins, coordinators, officials', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    const actor = (role: Role) => ({ id: 'u', role, organisationId: 'o', name: 'n' });
    expect(roles.filter((role) => navigationFor(actor(role)).some((item) => item.href === '/ausschreibungen'))).toEqual(['ADMIN', 'COORDINATOR', 'OFFICIAL']);
  });
});
