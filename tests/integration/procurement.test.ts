// Tenders, suitability checks, social clauses, delivered hires and monitoring visits on a real
// database: every change per role, stale versions, the clause rules, the figures with
// suppression (also as the procurement screens render it), and the Service Center lokale
// Arbeit's documented figures from the seed.
import { createElement, type ReactElement } from 'react';
import { prerender } from 'react-dom/static';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { createEnrolment, createOrganisation, createParticipant, createProject, createTender, createUser } from '../factories';
import { toActorContext, type ActorContext } from '@/lib/auth/authorize';
import type { Organisation } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

let database: TestDatabase;
let lib: {
  createTender: typeof import('@/lib/procurement/save-tender').createTender;
  updateTender: typeof import('@/lib/procurement/save-tender').updateTender;
  recordSuitabilityCheck: typeof import('@/lib/procurement/record-suitability-check').recordSuitabilityCheck;
  saveSocialClause: typeof import('@/lib/procurement/save-social-clause').saveSocialClause;
  recordDeliveredHire: typeof import('@/lib/procurement/record-delivered-hire').recordDeliveredHire;
  recordEmploymentCheck: typeof import('@/lib/procurement/record-employment-check').recordEmploymentCheck;
  recordMonitoringVisit: typeof import('@/lib/procurement/record-monitoring-visit').recordMonitoringVisit;
  listTenders: typeof import('@/lib/procurement/queries').listTenders;
  getProjectProcurementFigures: typeof import('@/lib/procurement/queries').getProjectProcurementFigures;
  getTender: typeof import('@/lib/procurement/get-tender').getTender;
};

let screens: {
  ProcurementFiguresSection: typeof import('@/components/procurement/procurement-figures').ProcurementFiguresSection;
  TenderTable: typeof import('@/components/procurement/tender-table').TenderTable;
  BalanceSection: typeof import('@/components/procurement/tender-hires').BalanceSection;
};

// The screens are async server components: rendered here with the German messages.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = (await import('@/messages/de.json')).default;
  return { getTranslations: async (namespace: string) => createTranslator({ locale: 'de', messages, namespace: namespace as never }) };
});

async function render(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

const cellText = (html: string) => html.replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').trim();

/** The body rows of the table with this caption, each as its cells' texts (the row heading first). */
function tableRows(html: string, caption: string): string[][] {
  const table = html.split('<table>').find((t) => t.startsWith(`<caption>${caption}</caption>`));
  if (!table) throw new Error(`Keine Tabelle „${caption}“`);
  const body = table.slice(0, table.indexOf('</table>')).split('<tbody>')[1] ?? '';
  return body.split('</tr>').filter((row) => row.includes('<t')).map((row) => row.split(/<\/t[hd]>/).slice(0, -1).map(cellText));
}

const TODAY = new Date('2020-06-30T00:00:00Z');
let city: Organisation, jobcenter: Organisation, otherCity: Organisation, land: Organisation;
let coordinator: ActorContext, otherCoordinator: ActorContext, caseworker: ActorContext, official: ActorContext, admin: ActorContext, otherAdmin: ActorContext;
let projectId: string, otherProjectId: string;

const as = async (role: Role, organisation: Organisation) =>
  toActorContext({ ...(await createUser(database.prisma, { role, organisationId: organisation.id })), organisation });

/** A participant of the Hagen jobcenter enrolled in `project`; returns the pseudonym. */
async function enrolled(project = projectId, enrolledAt = '2019-01-01') {
  const participant = await createParticipant(database.prisma, { organisationId: jobcenter.id, identity: { firstName: 'Greta', lastName: 'Geheim' } });
  const enrolment = await createEnrolment(database.prisma, { participantId: participant.id, projectId: project, enrolledAt: new Date(`${enrolledAt}T00:00:00Z`) });
  return { pseudonym: participant.pseudonym, enrolmentId: enrolment.id };
}

/** A tender of the Hagen city, optionally checked and with a clause. */
async function tender(options: { suitable?: boolean; clause?: boolean; committedHires?: number; projectId?: string | null; publishedAt?: string } = {}) {
  const { suitable, clause = false } = options;
  return createTender(database.prisma, {
    organisationId: city.id,
    projectId: options.projectId === undefined ? projectId : options.projectId,
    publishedAt: new Date(`${options.publishedAt ?? '2019-01-15'}T00:00:00Z`),
    check: suitable === undefined ? undefined : { suitable, reason: suitable ? 'Personalintensiv.' : 'Reine Lieferleistung.', checkedAt: new Date('2019-01-01T00:00:00Z') },
    clause: clause
      ? { type: 'PERFORMANCE_CONDITION', committedHires: options.committedHires ?? 5, contractor: 'Reinigung Hagen GmbH', termStart: new Date('2019-04-01T00:00:00Z'), termEnd: new Date('2021-03-31T00:00:00Z') }
      : undefined,
  });
}

const tenderRow = (id: string) =>
  database.prisma.tender.findUniqueOrThrow({
    where: { id },
    include: { suitabilityCheck: true, socialClause: { include: { deliveredHires: true, monitoringVisits: true } } },
  });

const NEW_TENDER = {
  reference: 'HA-2019-001', title: 'Unterhaltsreinigung Rathaus', orderingDepartment: 'Gebäudewirtschaft',
  kind: 'SERVICES', estimatedValue: '1.250.000,50', publishedAt: '2019-02-01', projectId: '',
};

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = '1';
  // The seeded programmes first (the seed refuses a database with organisations); the crafted
  // records below live in cities the seed does not use.
  await seed(database.prisma, { participants: 0, demoUsers: true });
  lib = {
    ...(await import('@/lib/procurement/save-tender')),
    ...(await import('@/lib/procurement/record-suitability-check')),
    ...(await import('@/lib/procurement/save-social-clause')),
    ...(await import('@/lib/procurement/record-delivered-hire')),
    ...(await import('@/lib/procurement/record-employment-check')),
    ...(await import('@/lib/procurement/record-monitoring-visit')),
    ...(await import('@/lib/procurement/queries')),
    ...(await import('@/lib/procurement/get-tender')),
  };
  screens = {
    ...(await import('@/components/procurement/procurement-figures')),
    ...(await import('@/components/procurement/tender-table')),
    ...(await import('@/components/procurement/tender-hires')),
  };
  const p = database.prisma;
  city = await createOrganisation(p, { name: 'Stadt Hagen', kind: 'CITY', city: 'Hagen' });
  jobcenter = await createOrganisation(p, { name: 'Jobcenter Hagen', kind: 'JOBCENTER', city: 'Hagen' });
  otherCity = await createOrganisation(p, { name: 'Stadt Bochum', kind: 'CITY', city: 'Bochum' });
  land = await createOrganisation(p, { name: 'Land Testland', kind: 'LAND', city: null });
  coordinator = await as('COORDINATOR', city);
  otherCoordinator = await as('COORDINATOR', otherCity);
  caseworker = await as('CASEWORKER', jobcenter);
  official = await as('OFFICIAL', land);
  admin = await as('ADMIN', city);
  otherAdmin = await as('ADMIN', otherCity);
  projectId = (await createProject(p, { operatorId: city.id, city: 'Hagen', model: 'PROCUREMENT', name: 'Sozialklauseln Hagen' })).id;
  otherProjectId = (await createProject(p, { operatorId: otherCity.id, city: 'Bochum' })).id;
}, 300_000);

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

describe('createTender and updateTender', () => {
  it('creates a tender of the coordinator’s organisation with the value in cents, audited without values', async () => {
    const result = await lib.createTender(coordinator, { ...NEW_TENDER, projectId });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await tenderRow(result.id);
    expect(row).toMatchObject({ organisationId: city.id, projectId, estimatedValueCents: 125_000_050n, publishedAt: new Date('2019-02-01T00:00:00Z'), version: 1 });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'Tender', entityId: result.id } });
    expect(event).toMatchObject({ action: 'create', actorId: coordinator.id });
    expect(JSON.stringify(event.details)).not.toMatch(/Rathaus|HA-2019|125000050/);
  });

  it('puts every wrong field at its place in German, at once', async () => {
    const result = await lib.createTender(coordinator, { reference: ' ', title: '', orderingDepartment: '', kind: 'BAU', estimatedValue: '12,5,0', publishedAt: '2019-02-30', projectId: 'x' });
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      message: 'Die Vergabe wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.',
      fieldErrors: {
        reference: 'Bitte geben Sie das Aktenzeichen der Vergabe ein.',
        title: 'Bitte geben Sie den Titel der Vergabe ein.',
        orderingDepartment: 'Bitte geben Sie den Bedarfsträger (Fachbereich) ein.',
        kind: 'Bitte wählen Sie die Art der Leistung aus.',
        estimatedValue: 'Bitte geben Sie den geschätzten Auftragswert in Euro ein, z. B. 250.000 oder 1.250.000,50.',
        publishedAt: 'Bitte geben Sie das Datum der Veröffentlichung als Datum ein.',
        projectId: 'Bitte wählen Sie ein Projekt aus der Liste.',
      },
    });
  });

  it('refuses a reference already used in the organisation and a project it does not operate', async () => {
    await lib.createTender(coordinator, { ...NEW_TENDER, reference: 'HA-DUP' });
    expect(await lib.createTender(coordinator, { ...NEW_TENDER, reference: 'HA-DUP' })).toMatchObject({
      ok: false, fieldErrors: { reference: 'Dieses Aktenzeichen gibt es in Ihrer Organisation bereits. Bitte prüfen Sie die Angabe.' },
    });
    expect(await lib.createTender(coordinator, { ...NEW_TENDER, reference: 'HA-P', projectId: otherProjectId })).toMatchObject({
      ok: false, fieldErrors: { projectId: 'Dieses Projekt steht Ihnen nicht zur Auswahl.' },
    });
    // Another organisation may use the same reference.
    expect(await lib.createTender(otherCoordinator, { ...NEW_TENDER, reference: 'HA-DUP' })).toMatchObject({ ok: true });
  });

  it('lets the owning organisation’s admin create too (the issue: coordinators and admins edit)', async () => {
    expect(await lib.createTender(admin, { ...NEW_TENDER, reference: 'HA-ADMIN' })).toMatchObject({ ok: true });
  });

  it('refuses officials and caseworkers: nothing is created', async () => {
    const before = await database.prisma.tender.count();
    for (const actor of [official, caseworker]) {
      expect(await lib.createTender(actor, { ...NEW_TENDER, reference: `HA-${actor.role}` })).toEqual({ ok: false, kind: 'not-found' });
    }
    expect(await database.prisma.tender.count()).toBe(before);
  });

  it('updates on the shown version, audits the changed field names, refuses a stale form', async () => {
    const t = await tender();
    const input = { tenderId: t.id, version: '1', reference: t.reference, title: 'Neuer Titel', orderingDepartment: 'Testamt', kind: 'SERVICES', estimatedValue: '100.000', publishedAt: '2019-01-15', projectId };
    expect(await lib.updateTender(coordinator, input)).toEqual({ ok: true, id: t.id });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'Tender', entityId: t.id, action: 'update' } });
    expect(event.details).toEqual({ fields: ['title'] });
    expect(await lib.updateTender(coordinator, { ...input, title: 'Überschrieben' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await tenderRow(t.id)).toMatchObject({ title: 'Neuer Titel', version: 2 });
  });

  it('answers not found to another city’s coordinator and to an official, audited, row unchanged', async () => {
    const t = await tender();
    const input = { tenderId: t.id, version: '1', reference: 'X', title: 'Fremd', orderingDepartment: 'X', kind: 'WORKS', estimatedValue: '1', publishedAt: '2019-01-01', projectId: '' };
    expect(await lib.updateTender(otherCoordinator, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await lib.updateTender(official, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await lib.updateTender(caseworker, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await lib.updateTender(otherAdmin, input)).toEqual({ ok: false, kind: 'not-found' });
    expect(await database.prisma.auditEvent.count({ where: { action: 'access.denied', entityId: t.id, actorId: otherCoordinator.id } })).toBe(1);
    expect(await tenderRow(t.id)).toMatchObject({ title: t.title, version: 1 });
  });
});

describe('suitability check and social clause', () => {
  const clauseInput = (tenderId: string, version = '1', extra: Record<string, string> = {}) => ({
    tenderId, version, type: 'PERFORMANCE_CONDITION', committedHires: '4', committedHours: '', contractor: 'Bau Hagen GmbH',
    termStart: '2019-04-01', termEnd: '2020-03-31', ...extra,
  });

  it('records the check with the actor as checker, then a clause; a re-check to unsuitable is refused while the clause stands', async () => {
    const t = await tender({ projectId: null });
    expect(await lib.recordSuitabilityCheck(coordinator, { tenderId: t.id, version: '1', suitable: 'ja', reason: 'Einfache Tätigkeiten vor Ort.', checkedAt: '2019-01-10' }, TODAY)).toMatchObject({ ok: true });
    expect((await tenderRow(t.id)).suitabilityCheck).toMatchObject({ suitable: true, checkedById: coordinator.id, checkedAt: new Date('2019-01-10T00:00:00Z') });
    expect(await lib.saveSocialClause(coordinator, clauseInput(t.id, '2', { protectsExistingStaff: 'ja' }))).toMatchObject({ ok: true });
    const row = await tenderRow(t.id);
    expect(row.socialClause).toMatchObject({ committedHires: 4, committedHours: null, protectsExistingStaff: true, contractor: 'Bau Hagen GmbH' });
    expect(row.version).toBe(3);
    const again = await lib.recordSuitabilityCheck(coordinator, { tenderId: t.id, version: '3', suitable: 'nein', reason: 'Doch nicht.', checkedAt: '2019-01-11' }, TODAY);
    expect(again).toMatchObject({ ok: false, fieldErrors: { suitable: expect.stringContaining('trägt bereits eine Sozialklausel') } });
    expect((await tenderRow(t.id)).suitabilityCheck?.suitable).toBe(true);
  });

  it('refuses a clause on an unchecked and on an unsuitable tender, saying why', async () => {
    const unchecked = await tender();
    expect(await lib.saveSocialClause(coordinator, clauseInput(unchecked.id))).toEqual({
      ok: false, kind: 'invalid', fieldErrors: {},
      message: 'Eine Sozialklausel setzt eine Eignungsprüfung voraus: Diese Vergabe wurde noch nicht geprüft. Bitte erfassen Sie zuerst das Ergebnis der Prüfung.',
    });
    const unsuitable = await tender({ suitable: false });
    expect(await lib.saveSocialClause(coordinator, clauseInput(unsuitable.id))).toMatchObject({
      ok: false, message: 'Eine Sozialklausel ist nur bei einer geeigneten Vergabe möglich: Diese Vergabe wurde am 01.01.2019 als nicht geeignet geprüft („Reine Lieferleistung.“).',
    });
    expect((await tenderRow(unchecked.id)).socialClause).toBeNull();
    expect((await tenderRow(unsuitable.id)).socialClause).toBeNull();
  });

  it('checks the term and the commitment, and a stale form', async () => {
    const t = await tender({ suitable: true });
    expect(await lib.saveSocialClause(coordinator, clauseInput(t.id, '1', { termEnd: '2019-03-31', committedHires: '', committedHours: '0', type: 'X' }))).toMatchObject({
      ok: false,
      fieldErrors: {
        type: 'Bitte wählen Sie die Art der Sozialklausel aus.',
        termEnd: 'Das Ende der Vertragslaufzeit darf nicht vor ihrem Beginn liegen.',
        committedHires: 'Bitte geben Sie zugesagte Einstellungen oder Stunden für Langzeitarbeitslose an.',
      },
    });
    expect(await lib.saveSocialClause(coordinator, clauseInput(t.id, '7'))).toMatchObject({ ok: false, kind: 'conflict' });
    expect((await tenderRow(t.id)).socialClause).toBeNull();
    expect(await lib.saveSocialClause(coordinator, clauseInput(t.id, '1', { committedHires: '', committedHours: '2000' }))).toMatchObject({ ok: true });
    expect((await tenderRow(t.id)).socialClause).toMatchObject({ committedHires: 0, committedHours: 2000 });
  });

  it('refuses both to every other role, rows unchanged', async () => {
    const t = await tender({ suitable: true });
    for (const actor of [official, caseworker, otherAdmin, otherCoordinator]) {
      expect(await lib.recordSuitabilityCheck(actor, { tenderId: t.id, version: '1', suitable: 'nein', reason: 'X', checkedAt: '2019-01-10' }, TODAY)).toEqual({ ok: false, kind: 'not-found' });
      expect(await lib.saveSocialClause(actor, clauseInput(t.id))).toEqual({ ok: false, kind: 'not-found' });
    }
    const row = await tenderRow(t.id);
    expect(row).toMatchObject({ version: 1, socialClause: null, suitabilityCheck: { suitable: true } });
  });
});

describe('delivered hires, employment checks and monitoring visits', () => {
  it('links a hire to an enrolment in scope by pseudonym, never to one outside it', async () => {
    const t = await tender({ suitable: true, clause: true });
    const inScope = await enrolled();
    const outside = await (async () => {
      const participant = await createParticipant(database.prisma, { organisationId: otherCity.id });
      await createEnrolment(database.prisma, { participantId: participant.id, projectId: otherProjectId });
      return participant.pseudonym;
    })();
    expect(await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym: outside, hiredAt: '2019-05-01' }, TODAY)).toMatchObject({
      ok: false, fieldErrors: { pseudonym: 'Zu diesem Pseudonym gibt es keine Teilnahme, auf die Sie Zugriff haben.' },
    });
    const denied = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'access.denied', entity: 'Enrolment', actorId: coordinator.id } });
    expect(JSON.stringify(denied.details)).not.toContain(outside);

    const result = await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym: inScope.pseudonym.toLowerCase(), hiredAt: '2019-05-01' }, TODAY);
    expect(result).toMatchObject({ ok: true });
    const row = await tenderRow(t.id);
    expect(row.socialClause?.deliveredHires).toEqual([expect.objectContaining({ enrolmentId: inScope.enrolmentId, hiredAt: new Date('2019-05-01T00:00:00Z') })]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'DeliveredHire', action: 'create', entityId: row.socialClause!.deliveredHires[0]!.id } });
    expect(event.details).toEqual({ tenderId: t.id, socialClauseId: row.socialClause!.id, enrolmentId: inScope.enrolmentId, fields: ['enrolmentId', 'hiredAt'] });

    expect(await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '2', pseudonym: inScope.pseudonym, hiredAt: '2019-05-02' }, TODAY)).toMatchObject({
      ok: false, fieldErrors: { pseudonym: 'Die Einstellung dieser Person ist für diese Vergabe bereits erfasst.' },
    });
  });

  it('refuses a hire outside the contract term, in the future, on a stale form or without a clause', async () => {
    const t = await tender({ suitable: true, clause: true });
    const { pseudonym } = await enrolled();
    expect(await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym, hiredAt: '2019-03-01' }, TODAY)).toMatchObject({
      fieldErrors: { hiredAt: 'Die Einstellung darf nicht vor Beginn der Vertragslaufzeit am 01.04.2019 liegen.' },
    });
    expect(await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym, hiredAt: '2020-07-01' }, TODAY)).toMatchObject({
      fieldErrors: { hiredAt: 'Das Datum der Einstellung darf nicht in der Zukunft liegen.' },
    });
    expect(await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '9', pseudonym, hiredAt: '2019-05-01' }, TODAY)).toMatchObject({ ok: false, kind: 'conflict' });
    const bare = await tender({ suitable: true });
    expect(await lib.recordDeliveredHire(coordinator, { tenderId: bare.id, version: '1', pseudonym, hiredAt: '2019-05-01' }, TODAY)).toMatchObject({
      ok: false, message: 'Einstellungen lassen sich erst erfassen, wenn die Vergabe eine Sozialklausel hat.',
    });
    expect((await tenderRow(t.id)).socialClause?.deliveredHires).toEqual([]);
  });

  it('records the 6-month check once it is due, once; the 12-month one not before', async () => {
    const t = await tender({ suitable: true, clause: true });
    const { pseudonym } = await enrolled();
    await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym, hiredAt: '2019-12-15' }, TODAY);
    const hireId = (await tenderRow(t.id)).socialClause!.deliveredHires[0]!.id;
    const early = await lib.recordEmploymentCheck(coordinator, { tenderId: t.id, version: '2', due: `${hireId}:12`, stillEmployed: 'ja' }, TODAY);
    expect(early).toMatchObject({ fieldErrors: { due: 'Die Prüfung nach 12 Monaten ist am 15.12.2020 fällig; erfassen lässt sie sich frühestens ab 01.12.2020.' } });
    expect(await lib.recordEmploymentCheck(coordinator, { tenderId: t.id, version: '2', due: `${hireId}:6`, stillEmployed: 'ja' }, TODAY)).toMatchObject({ ok: true });
    expect(await lib.recordEmploymentCheck(coordinator, { tenderId: t.id, version: '3', due: `${hireId}:6`, stillEmployed: 'nein' }, TODAY)).toMatchObject({
      ok: false, kind: 'conflict', message: 'Die Prüfung nach 6 Monaten ist für diese Einstellung bereits erfasst.',
    });
    expect((await tenderRow(t.id)).socialClause!.deliveredHires[0]).toMatchObject({ stillEmployed6m: true, stillEmployed12m: null });
    for (const actor of [official, caseworker, otherAdmin, otherCoordinator]) {
      expect(await lib.recordEmploymentCheck(actor, { tenderId: t.id, version: '3', due: `${hireId}:12`, stillEmployed: 'nein' }, new Date('2021-01-01T00:00:00Z'))).toEqual({ ok: false, kind: 'not-found' });
    }
    expect((await tenderRow(t.id)).socialClause!.deliveredHires[0]).toMatchObject({ stillEmployed12m: null });
  });

  it('records a monitoring visit with a deviation and sanction; a sanction needs a deviation', async () => {
    const t = await tender({ suitable: true, clause: true });
    const input = { tenderId: t.id, version: '1', visitedAt: '2019-10-01', findings: 'Nachweise unvollständig.', deviation: 'nein', sanction: 'Vertragsstrafe' };
    expect(await lib.recordMonitoringVisit(coordinator, input, TODAY)).toMatchObject({ fieldErrors: { sanction: 'Eine Sanktion setzt eine festgestellte Abweichung voraus.' } });
    expect(await lib.recordMonitoringVisit(coordinator, { ...input, deviation: 'ja' }, TODAY)).toMatchObject({ ok: true });
    for (const actor of [official, caseworker, otherAdmin, otherCoordinator]) {
      expect(await lib.recordMonitoringVisit(actor, { ...input, version: '2', deviation: 'ja' }, TODAY)).toEqual({ ok: false, kind: 'not-found' });
    }
    const visits = (await tenderRow(t.id)).socialClause!.monitoringVisits;
    expect(visits).toEqual([expect.objectContaining({ deviation: true, sanction: 'Vertragsstrafe' })]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'MonitoringVisit', entityId: visits[0]!.id } });
    expect(JSON.stringify(event.details)).not.toMatch(/Vertragsstrafe|unvollständig/);
  });

  it('shows names only to those who may read identities, audited; officials see no hires at all', async () => {
    const t = await tender({ suitable: true, clause: true });
    const { pseudonym } = await enrolled();
    await lib.recordDeliveredHire(coordinator, { tenderId: t.id, version: '1', pseudonym, hiredAt: '2019-05-01' }, TODAY);
    const view = await lib.getTender(coordinator, t.id, TODAY);
    expect(view.hires).toEqual([expect.objectContaining({ pseudonym, name: 'Geheim, Greta' })]);
    expect(view.mayEdit).toBe(true);
    expect(view.dueChecks.map((c) => c.months)).toEqual([6, 12]);
    expect(await database.prisma.auditEvent.count({ where: { action: 'read.identity', actorId: coordinator.id, details: { path: ['purpose'], equals: 'tender-hires' } } })).toBe(1);
    const officialView = await lib.getTender(official, t.id, TODAY);
    expect(officialView.hires).toBeNull();
    expect(officialView.mayEdit).toBe(false);
    expect(officialView.figures.delivered).toEqual({ value: null, suppressed: true });
    await expect(lib.getTender(otherCoordinator, t.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('figures', () => {
  let figureProject: string;
  let big: { id: string; reference: string }, small: { id: string; reference: string };

  beforeAll(async () => {
    // Crafted: 6 tenders in 2018/2019, 5 checked, 3 suitable, 2 clauses (10 + 4 committed),
    // 6 + 2 hires delivered; after 6 months 5 of 6 recorded still employed.
    figureProject = (await createProject(database.prisma, { operatorId: city.id, city: 'Hagen', model: 'PROCUREMENT' })).id;
    const base = { projectId: figureProject };
    const a = await tender({ ...base, suitable: true, clause: true, committedHires: 10, publishedAt: '2018-03-01' });
    const b = await tender({ ...base, suitable: true, clause: true, committedHires: 4, publishedAt: '2019-02-01' });
    await tender({ ...base, suitable: true, publishedAt: '2019-03-01' });
    await tender({ ...base, suitable: false, publishedAt: '2018-05-01' });
    await tender({ ...base, suitable: false, publishedAt: '2019-05-01' });
    await tender({ ...base, publishedAt: '2019-06-01' });
    await database.prisma.socialClause.update({ where: { tenderId: b.id }, data: { contractor: 'Bau Hagen GmbH' } });
    [big, small] = [a, b];
    const hire = async (tenderId: string, hiredAt: string, stillEmployed6m: boolean | null) => {
      const { enrolmentId } = await enrolled(figureProject);
      const clause = await database.prisma.socialClause.findUniqueOrThrow({ where: { tenderId } });
      await database.prisma.deliveredHire.create({ data: { socialClauseId: clause.id, enrolmentId, hiredAt: new Date(`${hiredAt}T00:00:00Z`), stillEmployed6m } });
    };
    for (const [i, still] of [true, true, true, true, true, null].entries()) await hire(a.id, `2018-0${i + 4}-01`, still);
    await hire(b.id, '2019-06-01', false);
    await hire(b.id, '2019-07-01', null);
  });

  it('counts checked, suitable, clauses and committed versus delivered, exactly for the running organisation', async () => {
    const list = (await lib.listTenders(coordinator, { projekt: figureProject }))!;
    expect(list.rows).toHaveLength(6);
    expect(list.figures.total).toMatchObject({
      tenders: 6, checked: 5, suitable: 3, clauses: 2, committedHires: 14,
      delivered: { value: 8, suppressed: false },
      after6: { recorded: { value: 6, suppressed: false }, still: { value: 5, suppressed: false } },
    });
    expect(list.figures.byContractor.map((c) => [c.contractor, c.committedHires, c.delivered.value])).toEqual([
      ['Bau Hagen GmbH', 4, 2], ['Reinigung Hagen GmbH', 10, 6],
    ]);
    expect(list.figures.byYear.map((y) => [y.year, y.tenders, y.committedHires, y.delivered.value, y.hiredInYear.value])).toEqual([
      [2018, 2, 10, 6, 6], [2019, 4, 4, 2, 2],
    ]);
    const byYear = (await lib.listTenders(coordinator, { projekt: figureProject, jahr: 2019 }))!;
    expect(byYear.figures.total).toMatchObject({ tenders: 4, checked: 3, suitable: 2, clauses: 1, committedHires: 4 });
    expect(byYear.project?.id).toBe(figureProject);
  });

  it('suppresses small counts of people for everyone else, never the contract figures', async () => {
    const list = (await lib.listTenders(official, { projekt: figureProject }))!;
    expect(list.mayCreate).toBe(false);
    expect(list.figures.total).toMatchObject({
      tenders: 6, checked: 5, suitable: 3, committedHires: 14,
      delivered: { value: 8, suppressed: false },
      // 6 recorded, 5 still employed: 1 left, which the difference would reveal.
      after6: { recorded: { value: 6, suppressed: false }, still: { value: null, suppressed: true } },
    });
    // 6 + 2 = 8: the 6 beside the total 8 would give the 2 away, so it is hidden too.
    const perTender = list.rows.filter((r) => r.clauseType).map((r) => r.figures.delivered);
    expect(perTender).toEqual([{ value: null, suppressed: true }, { value: null, suppressed: true }]);
    expect(list.figures.byYear.map((y) => y.hiredInYear)).toEqual([{ value: null, suppressed: true }, { value: null, suppressed: true }]);
  });

  it('renders suppressed counts as "< 5" on the procurement screens, as on the dashboards', async () => {
    const note = 'Fallzahlen unter 5 erscheinen als „< 5“, ebenso Zahlen, aus denen sich sonst eine kleine Fallzahl errechnen ließe.';
    const list = (await lib.listTenders(official, { projekt: figureProject }))!;
    const figures = await render(createElement(screens.ProcurementFiguresSection, { figures: list.figures }));
    expect(cellText(figures)).toContain('Zugesagt sind 14 Einstellungen, erbracht 8.');
    // Columns: year, tenders, suitable, committed, delivered, hired in the year, after 6 and 12 months.
    // 6 and 2 delivered (and hired), 5 and 1 checks recorded: beside the totals 8 and 6 the larger
    // one would give the smaller away, so both are hidden.
    expect(tableRows(figures, 'Zugesagte und erbrachte Einstellungen je Jahr der Veröffentlichung')).toEqual([
      ['2018', '2', '1', '10', '< 5', '< 5', '< 5', '< 5'],
      ['2019', '4', '2', '4', '< 5', '< 5', '< 5', '< 5'],
      // 6 recorded, 5 still employed: the 1 who left would follow by subtraction.
      ['Gesamt', '6', '3', '14', '8', '8', '< 5', '< 5'],
    ]);
    expect(tableRows(figures, 'Zugesagte und erbrachte Einstellungen je Auftragnehmer')).toEqual([
      ['Bau Hagen GmbH', '1', '4', '< 5', '< 5', '< 5'],
      ['Reinigung Hagen GmbH', '1', '10', '< 5', '< 5', '< 5'],
    ]);
    expect(cellText(figures)).toContain(note);
    expect(figures).not.toContain('–');
    expect(figures).not.toContain('nicht ausgewiesen');

    // The list: delivered only where there is a clause; without one the cell stays empty.
    const table = await render(createElement(screens.TenderTable, { rows: list.rows }));
    const delivered = new Map(tableRows(table, 'Ausschreibungen mit Prüfergebnis, Sozialklausel und Einstellungen').map((row) => [row[0], row.slice(-2)]));
    expect(delivered.get(big.reference)).toEqual(['10', '< 5']);
    expect(delivered.get(small.reference)).toEqual(['4', '< 5']);
    expect([...delivered.values()].filter(([committed, count]) => committed === '' && count === '')).toHaveLength(4);

    const balance = async (actor: ActorContext) => {
      const html = await render(createElement(screens.BalanceSection, { tender: await lib.getTender(actor, small.id, TODAY) }));
      return { rows: tableRows(html, 'Einstellungen unter der Sozialklausel: Zusage und Stand'), text: cellText(html) };
    };
    const officialBalance = await balance(official);
    expect(officialBalance.rows).toEqual([
      ['Zugesagte Einstellungen', '4'],
      ['Erbrachte Einstellungen', '< 5'],
      ['Nach 6 Monaten noch beschäftigt', '< 5'],
      ['Nach 12 Monaten noch beschäftigt', '< 5'],
    ]);
    expect(officialBalance.text).toContain(note);
    // The organisation that runs the tender sees the exact figures and no note.
    const ownBalance = await balance(coordinator);
    expect(ownBalance.rows).toEqual([
      ['Zugesagte Einstellungen', '4'],
      ['Erbrachte Einstellungen', '2'],
      ['Nach 6 Monaten noch beschäftigt', '0 von 1'],
      ['Nach 12 Monaten noch beschäftigt', '0 von 0'],
    ]);
    expect(ownBalance.text).not.toContain(note);
  });

  it('shows no tenders to caseworkers and another city’s tenders not to a coordinator', async () => {
    expect(await lib.listTenders(caseworker, {})).toBeNull();
    const other = (await lib.listTenders(otherCoordinator, { projekt: figureProject }))!;
    expect(other.rows).toEqual([]);
    expect(other.project).toBeNull();
  });
});

describe('figures that add up to a shown total', () => {
  // Crafted so that each line holds one small count beside larger ones: tenders of 2017, 2018 and
  // 2019 with 7, 6 and 2 hires (15), the first two for one contractor (13), the last for another
  // (2); every hire in the year of its tender and still employed after 6 months. Cell by cell
  // suppression showed 7, 6 and "< 5" beside the total 15: the 2 by subtraction.
  let leakProject: string;
  const leakTenders: { reference: string; delivered: number }[] = [];

  beforeAll(async () => {
    leakProject = (await createProject(database.prisma, { operatorId: city.id, city: 'Hagen', model: 'PROCUREMENT', name: 'Sozialklauseln Summen' })).id;
    const crafted = [
      { year: 2017, hires: 7, contractor: 'Garten Hagen GmbH' },
      { year: 2018, hires: 6, contractor: 'Garten Hagen GmbH' },
      { year: 2019, hires: 2, contractor: 'Druck Hagen GmbH' },
    ];
    for (const c of crafted) {
      const t = await tender({ projectId: leakProject, suitable: true, clause: true, committedHires: 8, publishedAt: `${c.year}-03-01` });
      const clause = await database.prisma.socialClause.update({ where: { tenderId: t.id }, data: { contractor: c.contractor } });
      for (let i = 0; i < c.hires; i++) {
        const { enrolmentId } = await enrolled(leakProject, `${c.year}-01-01`);
        await database.prisma.deliveredHire.create({ data: { socialClauseId: clause.id, enrolmentId, hiredAt: new Date(`${c.year}-04-0${i + 1}T00:00:00Z`), stillEmployed6m: true } });
      }
      leakTenders.push({ reference: t.reference, delivered: c.hires });
    }
  });

  const value = (count: { value: number | null }) => count.value;
  /** A rendered count: "< 5" is hidden (null). */
  const parsed = (cell: string) => (cell === '< 5' ? null : Number(cell.replaceAll('.', '')));
  /** A rendered retention "5 von 6" as [still, recorded]; "< 5" hides both. */
  const retention = (cell: string): [number | null, number | null] => {
    const match = /^(\S+) von (\S+)$/.exec(cell);
    return match ? [parsed(match[1]!), parsed(match[2]!)] : [null, null];
  };

  /**
   * Each of these lines holds a small count, so at least two of its cells are hidden, and what
   * the shown cells leave of the total is no small count (or the total itself is hidden).
   */
  function expectSafeLine(name: string, cells: (number | null)[], total: number | null) {
    // Soft: a failure names every line that leaks, not only the first.
    expect.soft(cells.filter((c) => c === null).length, `${name}: hidden cells`).toBeGreaterThanOrEqual(2);
    if (total === null) return;
    const rest = total - cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
    expect.soft(rest, `${name}: total minus the shown cells`).toBeGreaterThanOrEqual(5);
  }

  it('hides enough delivered hires per year, contractor, tender and hiring year that none follows from the total', async () => {
    const { figures, rows } = (await lib.listTenders(official, { projekt: leakProject }))!;
    const total = value(figures.total.delivered);
    expect(total).toBe(15);
    expect(figures.byYear.map((y) => y.year)).toEqual([2017, 2018, 2019]);
    expectSafeLine('je Jahr', figures.byYear.map((y) => value(y.delivered)), total);
    expectSafeLine('eingestellt im Jahr', figures.byYear.map((y) => value(y.hiredInYear)), total);
    expectSafeLine('je Auftragnehmer', figures.byContractor.map((c) => value(c.delivered)), total);
    expectSafeLine('je Vergabe', rows.map((r) => value(r.figures.delivered)), total);
    // Still employed after 6 months: 15 of 15 in all, per year 7, 6 and 2.
    expect(figures.total.after6).toEqual({ recorded: { value: 15, suppressed: false }, still: { value: 15, suppressed: false } });
    expectSafeLine('nach 6 Monaten geprüft', figures.byYear.map((y) => value(y.after6.recorded)), 15);
    expectSafeLine('nach 6 Monaten beschäftigt', figures.byYear.map((y) => value(y.after6.still)), 15);
    expectSafeLine('nach 6 Monaten beschäftigt je Auftragnehmer', figures.byContractor.map((c) => value(c.after6.still)), 15);
    // Not everything: the largest year stays shown.
    expect(figures.byYear[0]?.delivered).toEqual({ value: 7, suppressed: false });
    // The organisation that runs the tenders still sees every count.
    const own = (await lib.listTenders(coordinator, { projekt: leakProject }))!.figures;
    expect(own.byYear.map((y) => [value(y.delivered), value(y.hiredInYear), value(y.after6.still)])).toEqual([[7, 7, 7], [6, 6, 6], [2, 2, 2]]);
    expect(own.byContractor.map((c) => [c.contractor, value(c.delivered)])).toEqual([['Druck Hagen GmbH', 2], ['Garten Hagen GmbH', 13]]);
  });

  it('shows officials no line on the procurement page from which a small count can be subtracted', async () => {
    const list = (await lib.listTenders(official, { projekt: leakProject }))!;
    const html = await render(createElement(screens.ProcurementFiguresSection, { figures: list.figures }));
    // Columns: year, tenders, suitable, committed, delivered, hired in the year, after 6 and 12 months.
    const years = tableRows(html, 'Zugesagte und erbrachte Einstellungen je Jahr der Veröffentlichung');
    const sum = years.at(-1)!;
    expect(sum[0]).toBe('Gesamt');
    const body = years.slice(0, -1);
    expect(body.map((r) => r[0])).toEqual(['2017', '2018', '2019']);
    expectSafeLine('Spalte erbracht', body.map((r) => parsed(r[4]!)), parsed(sum[4]!));
    expectSafeLine('Spalte eingestellt im Jahr', body.map((r) => parsed(r[5]!)), parsed(sum[5]!));
    const [totalStill, totalRecorded] = retention(sum[6]!);
    expectSafeLine('Spalte nach 6 Monaten (beschäftigt)', body.map((r) => retention(r[6]!)[0]), totalStill);
    expectSafeLine('Spalte nach 6 Monaten (geprüft)', body.map((r) => retention(r[6]!)[1]), totalRecorded);
    // Columns: contractor, clauses, committed, delivered, after 6 and 12 months.
    const contractors = tableRows(html, 'Zugesagte und erbrachte Einstellungen je Auftragnehmer');
    expect(contractors.map((r) => r[0])).toEqual(['Druck Hagen GmbH', 'Garten Hagen GmbH']);
    expectSafeLine('Auftragnehmer erbracht', contractors.map((r) => parsed(r[3]!)), parsed(sum[4]!));
    expectSafeLine('Auftragnehmer nach 6 Monaten', contractors.map((r) => retention(r[4]!)[0]), totalStill);

    // The list beside it: each tender's delivered hires against the same total.
    const table = await render(createElement(screens.TenderTable, { rows: list.rows }));
    const delivered = new Map(tableRows(table, 'Ausschreibungen mit Prüfergebnis, Sozialklausel und Einstellungen').map((row) => [row[0], row.at(-1)!]));
    expectSafeLine('Liste erbracht', leakTenders.map((t) => parsed(delivered.get(t.reference)!)), parsed(sum[4]!));
  });
});

describe('Service Center lokale Arbeit (seeded)', () => {
  it('shows 14 of 19 tenders suitable, 226 hires committed and 208 delivered', async () => {
    const project = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'scla-dortmund' } });
    const dortmund = await database.prisma.user.findUniqueOrThrow({ where: { email: 'koordination.dortmund@demo.teilhabe.invalid' }, include: { organisation: true } });
    const list = (await lib.listTenders(toActorContext(dortmund), { projekt: project.id }))!;
    expect(list.figures.total).toMatchObject({
      tenders: 19, checked: 19, suitable: 14, clauses: 14, committedHires: 226, delivered: { value: 208, suppressed: false },
    });
    const land = await database.prisma.user.findUniqueOrThrow({ where: { email: 'land.nrw@demo.teilhabe.invalid' }, include: { organisation: true } });
    const official = (await lib.listTenders(toActorContext(land), { projekt: project.id }))!;
    expect(official.figures.total).toMatchObject({ suitable: 14, committedHires: 226, delivered: { value: 208, suppressed: false } });
    expect(official.rows.every((r) => r.organisation === 'Stadt Dortmund')).toBe(true);
    // The start page's card reads the same query.
    expect(await lib.getProjectProcurementFigures(toActorContext(dortmund), project.id)).toMatchObject({ tenders: 19, checked: 19, suitable: 14, committedHires: 226, delivered: { value: 208 } });
    const isb = await database.prisma.project.findUniqueOrThrow({ where: { shortName: 'isb-dortmund' } });
    expect(await lib.getProjectProcurementFigures(toActorContext(dortmund), isb.id)).toBeNull();
  });
});
