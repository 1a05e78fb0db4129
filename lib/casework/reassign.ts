import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { assignableCaseworkers, assignableJobCoaches, reassignEnrolmentScope, reassignProjectScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import { ReassignSchema, type ReassignField, type ReassignInput } from './reassign-schema';

export type ReassignResult =
  | { ok: true; count: number; targetName: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<ReassignField, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

const INVALID = 'Es wurde nichts übergeben. Bitte prüfen Sie die markierten Angaben.';
export const REASSIGN_CONFLICT =
  'Es wurde nichts übergeben: Mindestens eine der ausgewählten Teilnahmen wurde inzwischen von jemand anderem geändert. Die Liste zeigt jetzt den aktuellen Stand; bitte prüfen Sie die Auswahl und übergeben Sie erneut.';
const GONE = 'Mindestens eine der ausgewählten Teilnahmen ist nicht mehr aktiv oder gehört nicht zu diesem Projekt. Bitte laden Sie die Seite neu.';

const invalid = (errors: Partial<Record<ReassignField, string>>): ReassignResult => ({ ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors });

/** Thrown inside the transaction to roll every row back when one row's version moved on. */
class StaleVersion extends Error {}

/**
 * Hands selected active enrolments of one project to another caseworker or job coach:
 * all of them or none. Each row must still carry the version the form showed
 * (optimistic concurrency); if one does not, the whole batch is refused.
 */
export async function reassignEnrolments(actor: ActorContext, raw: unknown): Promise<ReassignResult> {
  const projectScope = reassignProjectScope(actor);
  const enrolmentScope = reassignEnrolmentScope(actor);
  if (!projectScope || !enrolmentScope) return { ok: false, kind: 'not-found' };
  const parsed = ReassignSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<ReassignField>(parsed.error));
  const input = parsed.data;

  const project = await db.project.findFirst({ where: { AND: [{ id: input.projectId }, projectScope] }, select: { id: true } });
  if (!project) {
    await audit(db, actor, 'access.denied', 'Project', input.projectId, { action: 'reassign' });
    return { ok: false, kind: 'not-found' };
  }

  const ids = input.enrolments.map((e) => e.enrolmentId);
  const enrolments = await db.enrolment.findMany({
    where: { AND: [{ id: { in: ids } }, enrolmentScope, { projectId: project.id }] },
    select: { id: true, version: true, caseworkerId: true, jobCoachId: true, participantId: true, participant: { select: { organisationId: true } } },
  });
  if (enrolments.length !== ids.length) {
    const found = new Set(enrolments.map((e) => e.id));
    await audit(db, actor, 'access.denied', 'Enrolment', null, { action: 'reassign', projectId: project.id, ids: ids.filter((id) => !found.has(id)) });
    return invalid({ enrolments: GONE });
  }
  const versions = new Map(input.enrolments.map((e) => [e.enrolmentId, e.version]));
  if (enrolments.some((e) => versions.get(e.id) !== e.version)) return { ok: false, kind: 'conflict', message: REASSIGN_CONFLICT };

  const target = await findTarget(input, project.id, enrolments.map((e) => e.participantId));
  if (!target) return invalid({ targetId: targetMessage(input.role) });
  if (target.organisationId && enrolments.some((e) => e.participant.organisationId !== target.organisationId)) {
    return invalid({ targetId: 'Diese Fachkraft gehört nicht zum Jobcenter aller ausgewählten Teilnehmenden. Bitte übergeben Sie die Teilnahmen je Jobcenter.' });
  }
  const field = input.role === 'caseworker' ? 'caseworkerId' : 'jobCoachId';
  if (enrolments.some((e) => e[field] === target.id)) {
    return invalid({ targetId: 'Mindestens eine der ausgewählten Teilnahmen ist dieser Person bereits zugeordnet. Bitte wählen Sie eine andere Person.' });
  }

  try {
    await db.$transaction(async (tx) => {
      const assign = input.role === 'caseworker' ? Prisma.sql`"caseworkerId" = ${target.id}::uuid` : Prisma.sql`"jobCoachId" = ${target.id}::uuid`;
      // One statement for the batch, each row matched on its own version, and still
      // active and in the project (it may have exited since it was loaded).
      const updated = await tx.$executeRaw`
        UPDATE "Enrolment" e SET ${assign}, version = e.version + 1, "updatedAt" = now()
        FROM unnest(${ids}::uuid[], ${ids.map((id) => versions.get(id) ?? 0)}::int[]) AS v(id, version)
        WHERE e.id = v.id AND e.version = v.version AND e."exitedAt" IS NULL AND e."projectId" = ${project.id}::uuid`;
      if (updated !== ids.length) throw new StaleVersion();
      // Ids and the field's name only: who held them before stays in the rows' history.
      await audit(tx, actor, 'update', 'Enrolment', null, { action: 'reassign', projectId: project.id, fields: [field], to: target.id, ids });
    });
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, kind: 'conflict', message: REASSIGN_CONFLICT };
    throw error;
  }
  return { ok: true, count: ids.length, targetName: target.name };
}

interface Target {
  id: string;
  name: string;
  /** The caseworker's organisation; null for a job coach (bound to the project instead). */
  organisationId: string | null;
}

async function findTarget(input: ReassignInput, projectId: string, participantIds: string[]): Promise<Target | null> {
  if (input.role === 'caseworker') {
    return db.user.findFirst({
      where: { AND: [{ id: input.targetId }, assignableCaseworkers({ id: { in: participantIds } })] },
      select: { id: true, name: true, organisationId: true },
    });
  }
  const coach = await db.jobCoach.findFirst({ where: { AND: [{ id: input.targetId }, assignableJobCoaches(projectId)] }, select: { id: true, name: true } });
  return coach ? { ...coach, organisationId: null } : null;
}

function targetMessage(role: ReassignInput['role']): string {
  return role === 'caseworker'
    ? 'An diese Person kann nicht übergeben werden. Bitte wählen Sie eine aktive Fachkraft im Fallmanagement des zuständigen Jobcenters aus der Liste.'
    : 'An diese Person kann nicht übergeben werden. Bitte wählen Sie einen Jobcoach dieses Projekts aus der Liste.';
}
