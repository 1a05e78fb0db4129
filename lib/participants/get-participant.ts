import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { AppError } from '../errors';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { assertParticipantAccess, enrolmentScope, type ActorContext } from '../auth/authorize';
import { allowedNextKinds } from '../casework/phase-rules';
import type { PhaseKind } from '../generated/prisma/enums';
import { buildTimeline, type TimelineEntry } from './timeline';

const PHASE_ORDER: PhaseKind[] = ['PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT'];

interface OptionSource {
  phases: { kind: PhaseKind; startDate: Date }[];
  project: {
    transitions: { fromKind: PhaseKind | null; toKind: PhaseKind }[];
    positions: { employer: { id: string; name: string } }[];
    operator: { employers: { id: string; name: string }[] };
  };
}

function phaseOptions(e: OptionSource) {
  const current = [...e.phases].sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0]?.kind ?? null;
  const used = new Set(e.project.transitions.map((t) => t.toKind));
  const employers = new Map([...e.project.positions.map((p) => p.employer), ...e.project.operator.employers].map((x) => [x.id, x.name]));
  return {
    currentPhase: current,
    projectPhases: PHASE_ORDER.filter((k) => used.has(k)),
    allowedNext: allowedNextKinds(e.project.transitions, current),
    employers: [...employers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
  };
}

export interface ParticipantView {
  id: string;
  pseudonym: string;
  sex: string;
  birthYear: number;
  identity: { firstName: string; lastName: string; birthDate: Date; customerNumber: string; street: string | null; postalCode: string | null; city: string | null } | null;
  /** Set once `npm run retention` deleted the identity; the page says so instead. */
  identityDeletedAt: Date | null;
  enrolments: {
    id: string;
    project: string;
    enrolledAt: Date;
    exitedAt: Date | null;
    caseworker: string | null;
    jobCoach: string | null;
    timeline: TimelineEntry[];
    version: number;
    currentPhase: PhaseKind | null;
    /** Phases this project's model uses, and which of them may follow the current one. */
    projectPhases: PhaseKind[];
    allowedNext: PhaseKind[];
    employers: { id: string; name: string }[];
    /** Follow-ups not yet recorded, earliest first. */
    openFollowUps: { id: string; monthsAfter: number; dueAt: Date }[];
  }[];
}

/**
 * The participant page's data. Throws NOT_FOUND outside the actor's scope. The
 * identity is loaded only for actors who may see it, and that read is audited.
 */
export async function getParticipant(actor: ActorContext, participantId: string): Promise<ParticipantView> {
  if (!z.uuid().safeParse(participantId).success) throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  await assertParticipantAccess(db, actor, participantId, 'participant.read');
  const scope = enrolmentScope(actor)!;
  const showIdentity = can(actor, 'participant.readIdentity');
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      id: true,
      pseudonym: true,
      sex: true,
      birthYear: true,
      identityDeletedAt: true,
      identity: showIdentity
        ? { select: { firstName: true, lastName: true, birthDate: true, customerNumber: true, street: true, postalCode: true, city: true } }
        : false,
      enrolments: {
        where: scope,
        orderBy: { enrolledAt: 'desc' },
        select: {
          id: true,
          version: true,
          enrolledAt: true,
          exitedAt: true,
          exitReason: true,
          project: {
            select: {
              name: true,
              transitions: { select: { fromKind: true, toKind: true } },
              positions: { select: { employer: { select: { id: true, name: true } } } },
              operator: { select: { employers: { select: { id: true, name: true } } } },
            },
          },
          caseworker: { select: { name: true } },
          jobCoach: { select: { name: true } },
          phases: { select: { kind: true, startDate: true, endDate: true, employer: { select: { name: true } } } },
          contacts: { select: { occurredAt: true, kind: true, durationMinutes: true, note: true }, orderBy: { occurredAt: 'desc' }, take: 200 },
          supportServices: { select: { kind: true, status: true, startDate: true, endDate: true } },
          followUps: { select: { id: true, monthsAfter: true, dueAt: true, completedAt: true, stillEmployed: true, needsCovering: true }, orderBy: { dueAt: 'asc' } },
        },
      },
    },
  });
  if (participant.identity) await audit(db, actor, 'read.identity', 'Participant', participant.id, { purpose: 'participant-page' });
  return {
    id: participant.id,
    pseudonym: participant.pseudonym,
    sex: participant.sex,
    birthYear: participant.birthYear,
    identity: participant.identity ?? null,
    identityDeletedAt: participant.identityDeletedAt,
    enrolments: participant.enrolments.map((e) => ({
      id: e.id,
      project: e.project.name,
      enrolledAt: e.enrolledAt,
      exitedAt: e.exitedAt,
      caseworker: e.caseworker?.name ?? null,
      jobCoach: e.jobCoach?.name ?? null,
      timeline: buildTimeline({ ...e, project: e.project.name }),
      version: e.version,
      ...phaseOptions(e),
      openFollowUps: e.followUps.filter((f) => !f.completedAt).map(({ id, monthsAfter, dueAt }) => ({ id, monthsAfter, dueAt })),
    })),
  };
}
