import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import type { ActorContext } from '../auth/authorize';
import { audit } from '../audit';
import { addMonthsBgb } from '../casework/legal-limits';
import { FOLLOW_UP_MONTHS } from '../casework/enter-phase';
import { newPseudonym } from './pseudonym';
import type { PreparedPerson } from './import-rows';

// Rows per INSERT: PostgreSQL takes at most 65 535 bind values per statement, and a
// participant row has about a dozen.
const CHUNK = 1_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Writes checked people with the ids made here, so that thousands of rows take a few
 * statements (createMany) instead of one round trip each. The records are what
 * registering and entering each phase by hand would store, and every one gets its
 * audit event with ids and field names only (§67 ff. SGB X); the events are the rows
 * lib/audit.ts writes, in bulk.
 */
export async function writeImport(
  tx: Prisma.TransactionClient,
  actor: ActorContext,
  people: readonly PreparedPerson[],
  { importId, retentionYears }: { importId: string; retentionYears: number },
): Promise<void> {
  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const identities: Prisma.ParticipantIdentityCreateManyInput[] = [];
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const phases: Prisma.PhaseCreateManyInput[] = [];
  const followUps: Prisma.FollowUpCreateManyInput[] = [];
  const events: Prisma.AuditEventCreateManyInput[] = [];
  const event = (entity: string, entityId: string, details: Prisma.InputJsonObject) =>
    events.push({
      actorId: actor.id, actorRole: actor.role, organisationId: actor.organisationId,
      action: 'create', entity, entityId, details: { purpose: 'import', importId, ...details },
    });
  const pseudonyms = new Set<string>();

  for (const { input, project, phases: personPhases } of people) {
    let pseudonym = newPseudonym();
    while (pseudonyms.has(pseudonym)) pseudonym = newPseudonym();
    pseudonyms.add(pseudonym);
    const participantId = randomUUID();
    const enrolmentId = randomUUID();
    const exit = personPhases.find((p) => p.kind === 'EXIT');
    participants.push({
      id: participantId, organisationId: actor.organisationId, pseudonym, sex: input.sex, birthYear: input.birthDate.getUTCFullYear(),
      educationLevel: input.educationLevel, unemployedSince: input.unemployedSince ?? null, benefitYearsInLast7: input.benefitYearsInLast7 ?? null,
      // As after an exit entered by hand: identifying data kept RETENTION_YEARS, then deleted.
      deletionDueAt: exit ? addMonthsBgb(exit.startDate, retentionYears * 12) : null,
    });
    identities.push({
      participantId, customerNumber: input.customerNumber, firstName: input.firstName, lastName: input.lastName, birthDate: input.birthDate,
      street: input.street ?? null, postalCode: input.postalCode ?? null, city: input.city ?? null,
    });
    enrolments.push({
      // participant.create is a caseworker's permission: who imports takes the caseload, as when registering.
      id: enrolmentId, participantId, projectId: project.id, caseworkerId: actor.id, enrolledAt: input.enrolledAt,
      exitedAt: exit?.startDate ?? null, exitReason: exit?.exitReason ?? null,
    });
    event('Participant', participantId, {
      fields: Object.entries(input).filter(([k, v]) => v !== undefined && !['projectId', 'enrolledAt', 'jobCoachId', 'confirmedDifferentPerson'].includes(k)).map(([k]) => k),
    });
    event('Enrolment', enrolmentId, { participantId, projectId: project.id });
    for (const phase of personPhases) {
      const id = randomUUID();
      phases.push({
        id, enrolmentId, kind: phase.kind, startDate: phase.startDate, endDate: phase.endDate, instrument: phase.instrument,
        employerId: phase.employerId, hoursPerWeek: phase.hoursPerWeek, monthlyWageCents: phase.monthlyWageCents,
      });
      event('Phase', id, { enrolmentId, kind: phase.kind });
    }
    if (exit) {
      // Sustainability checks 6 and 12 months after the exit, as enterPhase schedules them.
      for (const months of FOLLOW_UP_MONTHS) followUps.push({ enrolmentId, monthsAfter: months, dueAt: addMonthsBgb(exit.startDate, months) });
    }
  }

  await inChunks(participants, (data) => tx.participant.createMany({ data }));
  await inChunks(identities, (data) => tx.participantIdentity.createMany({ data }));
  await inChunks(enrolments, (data) => tx.enrolment.createMany({ data }));
  await inChunks(phases, (data) => tx.phase.createMany({ data }));
  await inChunks(followUps, (data) => tx.followUp.createMany({ data }));
  await inChunks(events, (data) => tx.auditEvent.createMany({ data }));
  await audit(tx, actor, 'create', 'ParticipantImport', importId, { purpose: 'import', participants: participants.length, phases: phases.length });
}
