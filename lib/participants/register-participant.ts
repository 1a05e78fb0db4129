import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { participantScope, projectScope, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { fieldErrors } from '../validation';
import { newPseudonym } from './pseudonym';
import { heldCustomerNumbers, lockCustomerNumbers } from './customer-number-lock';
import { RegisterParticipantSchema, type DuplicateCandidate, type RegisterField, type RegisterParticipantInput } from './schema';

export type RegisterResult =
  | { ok: true; participantId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<RegisterField, string>> }
  | { ok: false; kind: 'duplicate'; duplicates: DuplicateCandidate[] };

const INVALID = 'Bitte prüfen Sie die markierten Angaben.';

function invalid(errors: Partial<Record<RegisterField, string>>, message = INVALID): RegisterResult {
  return { ok: false, kind: 'invalid', message, fieldErrors: errors };
}

/**
 * Existing records of the same person within what the actor may see: the same
 * customer number, or the same name and birth date. Showing them reads identifying
 * data, so the read is audited.
 */
async function findDuplicates(actor: ActorContext, input: RegisterParticipantInput): Promise<DuplicateCandidate[]> {
  const scope = participantScope(actor);
  if (!scope) return [];
  const rows = await db.participantIdentity.findMany({
    where: {
      participant: scope,
      OR: [
        { customerNumber: input.customerNumber },
        {
          lastName: { equals: input.lastName, mode: 'insensitive' },
          firstName: { equals: input.firstName, mode: 'insensitive' },
          birthDate: input.birthDate,
        },
      ],
    },
    select: { participantId: true, firstName: true, lastName: true, birthDate: true, customerNumber: true, participant: { select: { pseudonym: true } } },
    take: 10,
  });
  if (rows.length > 0) await audit(db, actor, 'read.identity', 'Participant', null, { ids: rows.map((r) => r.participantId), purpose: 'duplicate-check' });
  return rows.map((r) => ({
    id: r.participantId,
    pseudonym: r.participant.pseudonym,
    name: `${r.firstName} ${r.lastName}`,
    birthDate: r.birthDate.toISOString().slice(0, 10),
    customerNumber: r.customerNumber,
    reason: r.customerNumber === input.customerNumber ? 'CUSTOMER_NUMBER' : 'NAME_AND_BIRTH_DATE',
  }));
}

export async function registerParticipant(actor: ActorContext, raw: unknown): Promise<RegisterResult> {
  if (!can(actor, 'participant.create')) return invalid({}, 'Dafür fehlt Ihnen die Berechtigung.');
  const parsed = RegisterParticipantSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors<RegisterField>(parsed.error));
  const input = parsed.data;

  const project = await db.project.findFirst({ where: { AND: [{ id: input.projectId }, projectScope(actor)] }, select: { id: true } });
  if (!project) return invalid({ projectId: 'Dieses Projekt steht Ihnen nicht zur Auswahl.' });
  if (input.jobCoachId) {
    const coach = await db.jobCoach.findFirst({ where: { id: input.jobCoachId, projectId: project.id }, select: { id: true } });
    if (!coach) return invalid({ jobCoachId: 'Dieser Jobcoach gehört nicht zum gewählten Projekt.' });
  }

  const duplicates = await findDuplicates(actor, input);
  const sameNumber = duplicates.some((d) => d.reason === 'CUSTOMER_NUMBER');
  if (sameNumber || (duplicates.length > 0 && !input.confirmedDifferentPerson)) return { ok: false, kind: 'duplicate', duplicates };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const participantId = await db.$transaction(async (tx) => {
        await lockCustomerNumbers(tx, actor.organisationId, [input.customerNumber]);
        if ((await heldCustomerNumbers(tx, actor.organisationId, [input.customerNumber])).size > 0) return null;
        const participant = await tx.participant.create({
          data: {
            organisationId: actor.organisationId,
            pseudonym: newPseudonym(),
            sex: input.sex,
            birthYear: input.birthDate.getUTCFullYear(),
            educationLevel: input.educationLevel,
            unemployedSince: input.unemployedSince ?? null,
            benefitYearsInLast7: input.benefitYearsInLast7 ?? null,
            identity: {
              create: {
                customerNumber: input.customerNumber,
                firstName: input.firstName,
                lastName: input.lastName,
                birthDate: input.birthDate,
                street: input.street ?? null,
                postalCode: input.postalCode ?? null,
                city: input.city ?? null,
              },
            },
          },
          select: { id: true },
        });
        const enrolment = await tx.enrolment.create({
          data: {
            participantId: participant.id,
            projectId: project.id,
            caseworkerId: actor.role === 'CASEWORKER' ? actor.id : null,
            jobCoachId: input.jobCoachId ?? null,
            enrolledAt: input.enrolledAt,
          },
          select: { id: true },
        });
        await audit(tx, actor, 'create', 'Participant', participant.id, {
          fields: Object.keys(input).filter((k) => !['projectId', 'enrolledAt', 'jobCoachId', 'confirmedDifferentPerson'].includes(k)),
          confirmedDifferentPerson: Boolean(input.confirmedDifferentPerson),
        });
        await audit(tx, actor, 'create', 'Enrolment', enrolment.id, { participantId: participant.id, projectId: project.id });
        return participant.id;
      });
      // Registered by someone else since the check above: offer that record now.
      if (participantId === null) return { ok: false, kind: 'duplicate', duplicates: await findDuplicates(actor, input) };
      return { ok: true, participantId };
    } catch (error) {
      // A pseudonym collision (1 in 10^11 per pair) is retried with a new one.
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!collision || attempt === 2) throw error;
    }
  }
  throw new Error('unreachable');
}
