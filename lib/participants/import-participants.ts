import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { readEnv } from '../env.js';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { participantScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { getRegistrationOptions } from './queries';
import { CUSTOMER_NUMBER } from './schema';
import { COLUMN_HEADER, isoDay, type ImportPreview } from './import-format';
import { createIssues, readImportTable, type Issues } from './import-table';
import { checkRows, type ImportContext, type ImportProject, type PreparedPerson } from './import-rows';
import { writeImport } from './import-write';
import { lockCustomerNumbers } from './customer-number-lock';

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; kind: 'forbidden'; message: string };
export type CommitResult =
  | { ok: true; participants: number; phases: number }
  | { ok: false; kind: 'invalid'; preview: ImportPreview }
  | { ok: false; kind: 'forbidden'; message: string };

const FORBIDDEN = { ok: false, kind: 'forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' } as const;
const SAMPLE_SIZE = 5;

type Reader = Pick<typeof db, 'participantIdentity' | 'auditEvent'> | Prisma.TransactionClient;

/**
 * Customer numbers already registered among the participants the actor sees (their
 * jobcenter). Finding one reads identifying data, so that read is audited, as in the
 * duplicate check when registering one person.
 */
async function takenCustomerNumbers(client: Reader, actor: ActorContext, numbers: readonly string[]): Promise<Map<string, string>> {
  const scope = participantScope(actor);
  if (!scope || numbers.length === 0) return new Map();
  const rows = await client.participantIdentity.findMany({
    where: { customerNumber: { in: [...new Set(numbers)] }, participant: scope },
    select: { participantId: true, customerNumber: true },
  });
  if (rows.length > 0) await audit(client, actor, 'read.identity', 'Participant', null, { ids: rows.map((r) => r.participantId), purpose: 'duplicate-check' });
  return new Map(rows.map((r) => [r.customerNumber, r.participantId]));
}

/** The projects the actor may enrol into (as when registering one person), with what the import needs of them. */
export async function listImportProjects(actor: ActorContext, today = new Date()) {
  const options = await getRegistrationOptions(actor, today);
  if (!options) return [];
  const projects = await db.project.findMany({
    where: { id: { in: options.projects.map((p) => p.id) } },
    select: { id: true, name: true, shortName: true, operatorId: true, transitions: { select: { fromKind: true, toKind: true } } },
  });
  // In the order of the registration form: running projects first, then by name.
  const order = new Map(options.projects.map((p, i) => [p.id, i]));
  return projects.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

async function loadContext(actor: ActorContext, rows: { values: Record<string, string | undefined> }[], today: Date): Promise<ImportContext> {
  const projects = await listImportProjects(actor, today);
  const byName = new Map<string, ImportProject & { operatorId: string }>();
  for (const p of projects) byName.set(p.name.toLowerCase(), p);
  for (const p of projects) byName.set(p.shortName.toLowerCase(), p); // a short name wins over a name

  const valuesOf = (column: string) => [...new Set(rows.map((r) => r.values[column] ?? '').filter(Boolean))];
  const employerNames = valuesOf('employer');
  const employers = employerNames.length === 0 ? [] : await db.employer.findMany({
    where: {
      name: { in: employerNames, mode: 'insensitive' },
      // As when entering a phase: the project's own employers or its operator's.
      OR: [{ positions: { some: { projectId: { in: projects.map((p) => p.id) } } } }, { organisationId: { in: projects.map((p) => p.operatorId) } }],
    },
    select: { id: true, name: true, organisationId: true, positions: { select: { projectId: true } } },
  });

  const customerNumbers = valuesOf('customerNumber').map((n) => n.toUpperCase()).filter((n) => CUSTOMER_NUMBER.test(n));
  const taken = await takenCustomerNumbers(db, actor, customerNumbers);
  const similar = await sameNameAndBirth(actor, valuesOf('lastName'), valuesOf('birthDate'));

  return {
    project: (name) => byName.get(name.toLowerCase()) ?? null,
    employer(projectId, name) {
      const project = projects.find((p) => p.id === projectId);
      const found = employers.filter((e) => e.name.toLowerCase() === name.toLowerCase()
        && (e.organisationId === project?.operatorId || e.positions.some((p) => p.projectId === projectId)));
      return found.length > 1 ? 'ambiguous' : (found[0]?.id ?? null);
    },
    existingCustomerNumbers: new Set(taken.keys()),
    sameNameAndBirth: (input) => similar
      .filter((s) => s.customerNumber !== input.customerNumber && s.birthDate.getTime() === input.birthDate.getTime()
        && s.lastName.toLowerCase() === input.lastName.toLowerCase() && s.firstName.toLowerCase() === input.firstName.toLowerCase())
      .map((s) => s.participant.pseudonym),
    today,
  };
}

/** Existing records that may be the same people: the same last name and birth day, narrowed further by the caller. */
async function sameNameAndBirth(actor: ActorContext, lastNames: string[], birthDates: string[]) {
  const scope = participantScope(actor);
  const days = birthDates.map(isoDay).filter((d): d is string => d !== null).map((d) => new Date(`${d}T00:00:00Z`));
  if (!scope || lastNames.length === 0 || days.length === 0) return [];
  const rows = await db.participantIdentity.findMany({
    where: { lastName: { in: lastNames, mode: 'insensitive' }, birthDate: { in: days }, participant: scope },
    select: { participantId: true, customerNumber: true, lastName: true, firstName: true, birthDate: true, participant: { select: { pseudonym: true } } },
  });
  if (rows.length > 0) await audit(db, actor, 'read.identity', 'Participant', null, { ids: rows.map((r) => r.participantId), purpose: 'duplicate-check' });
  return rows;
}

function toPreview(issues: Issues, counts: { rows: number; participants: number; phases: number }, people: PreparedPerson[]): ImportPreview {
  const byRow = (a: { row: number | null }, b: { row: number | null }) => (a.row ?? 0) - (b.row ?? 0);
  return {
    ...counts,
    errors: [...issues.errors].sort(byRow),
    errorCount: issues.errorCount,
    warnings: [...issues.warnings].sort(byRow),
    warningCount: issues.warningCount,
    sample: people.slice(0, SAMPLE_SIZE).map((p) => ({
      row: p.row,
      customerNumber: p.input.customerNumber,
      name: `${p.input.firstName} ${p.input.lastName}`,
      project: p.project.name,
      enrolledAt: p.input.enrolledAt.toISOString().slice(0, 10),
      phases: p.phases.map((phase) => ({ kind: phase.kind, startDate: phase.startDate.toISOString().slice(0, 10), endDate: phase.endDate?.toISOString().slice(0, 10) ?? null })),
    })),
  };
}

/** Every check of the import, without writing anything. */
async function checkImport(actor: ActorContext, csvText: string, today: Date) {
  const issues = createIssues();
  const table = readImportTable(csvText, issues);
  if (!table) return { preview: toPreview(issues, { rows: 0, participants: 0, phases: 0 }, []), people: [] };
  const context = await loadContext(actor, table.rows, today);
  const { people, participants, phases } = await checkRows(table.rows, context, issues);
  return { preview: toPreview(issues, { rows: table.dataRows, participants, phases }, people), people };
}

export async function previewImport(actor: ActorContext, csvText: string, today = new Date()): Promise<PreviewResult> {
  if (!can(actor, 'participant.create')) return FORBIDDEN;
  const { preview } = await checkImport(actor, csvText, today);
  return { ok: true, preview };
}

class CustomerNumbersTaken extends Error {
  constructor(readonly rows: { row: number }[]) {
    super('customer numbers taken');
  }
}

/**
 * Checks the whole file again (the preview the browser saw proves nothing) and writes all
 * of it in one transaction, or nothing: one bad row, a customer number registered by
 * someone else since the preview, or any failure rolls everything back.
 */
export async function commitImport(actor: ActorContext, csvText: string, today = new Date()): Promise<CommitResult> {
  if (!can(actor, 'participant.create')) {
    await audit(db, actor, 'access.denied', 'Participant', null, { permission: 'participant.create', action: 'import' });
    return FORBIDDEN;
  }
  const { preview, people } = await checkImport(actor, csvText, today);
  if (preview.errorCount > 0) return { ok: false, kind: 'invalid', preview };

  const retentionYears = readEnv().RETENTION_YEARS;
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$transaction(
        async (tx) => {
          // Checked again inside the transaction that writes: the file may have been
          // checked minutes ago, and a colleague may have registered one of these people since.
          await lockCustomerNumbers(tx, actor.organisationId, people.map((p) => p.input.customerNumber));
          const taken = await takenCustomerNumbers(tx, actor, people.map((p) => p.input.customerNumber));
          if (taken.size > 0) throw new CustomerNumbersTaken(people.filter((p) => taken.has(p.input.customerNumber)));
          await writeImport(tx, actor, people, { importId: randomUUID(), retentionYears });
        },
        // 5 000 rows take a few seconds; the default of 5 s would cut a large import off.
        { timeout: 120_000, maxWait: 10_000 },
      );
      return { ok: true, participants: people.length, phases: preview.phases };
    } catch (error) {
      if (error instanceof CustomerNumbersTaken) {
        const message = 'Zu dieser Kundennummer wurde inzwischen ein Datensatz angelegt. Es wurde nichts importiert; bitte nehmen Sie die Person aus der Datei.';
        const errors = error.rows.map((p) => ({ row: p.row, column: COLUMN_HEADER.customerNumber, message }));
        return { ok: false, kind: 'invalid', preview: { ...preview, errors, errorCount: errors.length, sample: [] } };
      }
      // A pseudonym collision (1 in 10^11 per pair) is retried with new ones.
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!collision || attempt === 2) throw error;
    }
  }
}
