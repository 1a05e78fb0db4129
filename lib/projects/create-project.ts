import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { projectCreateOperatorId, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import { CreateProjectSchema, type ProjectField, type ProjectInput } from './schema';
import { edgeKey, storedModel } from './templates';

export type ProjectResult =
  | { ok: true; projectId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<ProjectField, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

export const PROJECT_INVALID = 'Das Projekt wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';
export const SHORT_NAME_TAKEN = 'Dieses Kürzel ist bereits vergeben. Bitte wählen Sie ein anderes.';

export const invalidProject = (errors: Partial<Record<ProjectField, string>>): ProjectResult => ({
  ok: false, kind: 'invalid', message: PROJECT_INVALID, fieldErrors: errors,
});

export function isShortNameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** The columns the form sets, from parsed input (money as BigInt cents). */
export function projectData(input: ProjectInput) {
  return {
    name: input.name,
    shortName: input.shortName,
    city: input.city,
    model: storedModel(input.model, input.transitions),
    description: input.description ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    targetParticipants: input.targetParticipants ?? null,
    targetPositions: input.targetPositions ?? null,
    targetPlacements: input.targetPlacements ?? null,
    caseloadRatio: input.caseloadRatio ?? null,
    contactsPerMonth: input.contactsPerMonth ?? null,
    aftercareMonths: input.aftercareMonths ?? null,
    budgetCents: input.budget ?? null,
  };
}

/**
 * A new project, operated by the actor's own organisation (coordinators and admins create
 * projects for their organisation only), with the phase edges as ticked (a template's or the
 * coordinator's own); the model column keeps the nearest template (storedModel).
 */
export async function createProject(actor: ActorContext, raw: unknown): Promise<ProjectResult> {
  const operatorId = projectCreateOperatorId(actor);
  if (!operatorId) {
    await audit(db, actor, 'access.denied', 'Project', null, { action: 'create' });
    return { ok: false, kind: 'not-found' };
  }
  const parsed = CreateProjectSchema.safeParse(raw);
  if (!parsed.success) return invalidProject(fieldErrors<ProjectField>(parsed.error));
  const data = projectData(parsed.data);
  try {
    const project = await db.$transaction(async (tx) => {
      const created = await tx.project.create({ data: { ...data, operatorId }, select: { id: true } });
      await tx.phaseTransition.createMany({
        data: parsed.data.transitions.map(([fromKind, toKind]) => ({ projectId: created.id, fromKind, toKind })),
      });
      await audit(tx, actor, 'create', 'Project', created.id, {
        operatorId,
        model: data.model,
        transitions: parsed.data.transitions.map(edgeKey),
        fields: Object.entries(data).filter(([, v]) => v !== null).map(([k]) => k),
      });
      return created;
    });
    return { ok: true, projectId: project.id };
  } catch (error) {
    if (isShortNameTaken(error)) return invalidProject({ shortName: SHORT_NAME_TAKEN });
    throw error;
  }
}
