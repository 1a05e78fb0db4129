// The crafted dataset of esf-report.test.ts: 30 entries in 2020 into one project of
// "Teststadt", with every category of every breakdown, the age and unemployment
// boundaries, and counts chosen so that an official's view needs primary and secondary
// suppression. The expected counts are spelled out in the test.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { ExitReason, PhaseKind } from '../../lib/generated/prisma/enums';
import { createEnrolment, createParticipant } from '../factories';
import type { PhaseInput } from '../factories/enrolment';

const DAY = 86_400_000;
export const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const addMonths = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));

/** Entry i is on 6 January 2020 + 7·i days (the last on 27 July 2020), exit 120 days later. */
export const entryDay = (i: number) => addDays(utc('2020-01-06'), 7 * i);

// Ages at entry (2020 − birth year): the boundaries 17/18, 29/30, 54/55 each on both sides.
const AGES = [17, 17, 18, 29, 20, 25, 22, 27, 19, 28, 30, 54, 40, 45, 35, 50, 33, 38, 42, 47, 31, 52, 55, 60, 58, 62, 56, 57, 59, 63];

type Exit = 'REG' | 'SUB_COMPLETED' | 'AFTERCARE_COMPLETED' | 'REGJOB_NO_REASON' | 'QUAL' | 'SJE' | 'DROP' | 'PROFILING' | 'GAP' | 'OTHER';
const EXITS: Exit[] = [
  'REG', 'REG', 'REG', 'REG', 'SUB_COMPLETED', 'SUB_COMPLETED', 'SUB_COMPLETED', 'AFTERCARE_COMPLETED', 'AFTERCARE_COMPLETED', 'REGJOB_NO_REASON',
  'QUAL', 'QUAL', 'SJE', 'SJE', 'SJE', 'DROP', 'DROP', 'PROFILING', 'GAP', 'OTHER',
];

type FollowUp = 'COVERING' | 'EMPLOYED' | 'EMPLOYED_NO_ANSWER' | 'NOT' | 'PENDING' | 'NONE' | 'BEFORE_EXIT' | 'ONLY_12';
const FOLLOW_UPS: FollowUp[] = [
  'COVERING', 'COVERING', 'COVERING', 'COVERING', 'COVERING', 'COVERING', 'EMPLOYED', 'EMPLOYED', 'EMPLOYED', 'EMPLOYED',
  'EMPLOYED_NO_ANSWER', 'NOT', 'NOT', 'NOT', 'NOT', 'NOT', 'PENDING', 'NONE', 'BEFORE_EXIT', 'ONLY_12',
];

function unemployment(i: number, entry: Date): { unemployedSince: Date | null; benefitYearsInLast7: number | null } {
  if (i === 0) return { unemployedSince: addMonths(entry, -12), benefitYearsInLast7: 7 }; // exactly 12 months: long-term
  if (i < 18) return { unemployedSince: addMonths(entry, -24), benefitYearsInLast7: 4 };
  if (i === 18) return { unemployedSince: addDays(addMonths(entry, -12), 1), benefitYearsInLast7: 7 }; // a day short
  if (i < 23) return { unemployedSince: addMonths(entry, -3), benefitYearsInLast7: null };
  if (i === 23) return { unemployedSince: addDays(entry, 10), benefitYearsInLast7: 6 }; // "since" after entry: not unemployed at entry
  if (i < 27) return { unemployedSince: null, benefitYearsInLast7: 7 };
  if (i === 27) return { unemployedSince: null, benefitYearsInLast7: 5 };
  if (i === 28) return { unemployedSince: null, benefitYearsInLast7: null };
  return { unemployedSince: addDays(entry, 5), benefitYearsInLast7: null };
}

function phasesOf(exit: Exit | null, entry: Date): { phases: PhaseInput[]; reason: ExitReason | null } {
  const phase = (kind: PhaseKind, from: number, to: number | null): PhaseInput => ({
    kind, startDate: addDays(entry, from), endDate: to === null ? null : addDays(entry, to),
  });
  const job = (kind: PhaseKind, reason: ExitReason | null, end = 119) => ({ phases: [phase('PROFILING', 0, 29), phase(kind, 30, end)], reason });
  switch (exit) {
    case null: return { phases: [phase('PROFILING', 0, null)], reason: null };
    case 'REG': return job('REGULAR_JOB', 'REGULAR_JOB');
    case 'SUB_COMPLETED': return job('SUBSIDISED_JOB', 'COMPLETED');
    case 'AFTERCARE_COMPLETED': return { phases: [phase('PROFILING', 0, 29), phase('SUBSIDISED_JOB', 30, 89), phase('AFTERCARE', 90, 119)], reason: 'COMPLETED' };
    case 'REGJOB_NO_REASON': return job('REGULAR_JOB', null, 120); // ends on the exit day, as the seed writes it
    case 'QUAL': return job('QUALIFICATION', 'COMPLETED');
    case 'SJE': return job('SUBSIDISED_JOB', 'SUBSIDISED_JOB_ENDED');
    case 'DROP': return job('REGULAR_JOB', 'DROPPED_OUT');
    case 'PROFILING': return { phases: [phase('PROFILING', 0, 119)], reason: 'COMPLETED' };
    case 'GAP': return job('SUBSIDISED_JOB', 'COMPLETED', 59); // the job ended two months before the exit
    case 'OTHER': return job('REGULAR_JOB', 'OTHER');
  }
}

async function followUps(prisma: PrismaClient, enrolmentId: string, kind: FollowUp, exitDay: Date) {
  const six = addMonths(exitDay, 6);
  const twelve = addMonths(exitDay, 12);
  const done = (stillEmployed: boolean | null, needsCovering: boolean | null) =>
    [{ enrolmentId, monthsAfter: 6, dueAt: six, completedAt: six, stillEmployed, needsCovering }, { enrolmentId, monthsAfter: 12, dueAt: twelve }];
  const rows = {
    COVERING: done(true, true),
    EMPLOYED: done(true, false),
    EMPLOYED_NO_ANSWER: done(true, null),
    NOT: done(false, false),
    PENDING: [{ enrolmentId, monthsAfter: 6, dueAt: six }],
    NONE: [],
    // Due before the exit (6 months after a placement): nothing about the time after leaving.
    BEFORE_EXIT: [{ enrolmentId, monthsAfter: 6, dueAt: addDays(exitDay, -30), completedAt: addDays(exitDay, -30), stillEmployed: true, needsCovering: true }],
    ONLY_12: [{ enrolmentId, monthsAfter: 6, dueAt: six }, { enrolmentId, monthsAfter: 12, dueAt: twelve, completedAt: twelve, stillEmployed: true, needsCovering: true }],
  }[kind];
  if (rows.length > 0) await prisma.followUp.createMany({ data: rows });
}

export async function createEsfDataset(prisma: PrismaClient, { projectId, organisationId }: { projectId: string; organisationId: string }) {
  const participantIds: string[] = [];
  for (let i = 0; i < 30; i++) {
    const entry = entryDay(i);
    const exitDay = addDays(entry, 120);
    const exit = i < 10 ? null : EXITS[i - 10]!;
    const participant = await createParticipant(prisma, {
      organisationId,
      sex: i < 14 ? 'FEMALE' : i < 27 ? 'MALE' : 'DIVERSE',
      birthYear: 2020 - AGES[i]!,
      educationLevel: i < 15 ? 'ISCED_0_2' : i < 26 ? 'ISCED_3_4' : 'ISCED_5_8',
      ...unemployment(i, entry),
    });
    participantIds.push(participant.id);
    const { phases, reason } = phasesOf(exit, entry);
    if (exit) phases.push({ kind: 'EXIT', startDate: exitDay, endDate: exitDay });
    const enrolment = await createEnrolment(prisma, {
      participantId: participant.id, projectId, enrolledAt: entry,
      exitedAt: exit ? exitDay : null, exitReason: reason, phases,
    });
    if (exit) await followUps(prisma, enrolment.id, FOLLOW_UPS[i - 10]!, exitDay);
  }
  // A second entry of the first participant into the same project: ESF+ counts the person once.
  await createEnrolment(prisma, { participantId: participantIds[0]!, projectId, enrolledAt: utc('2020-10-01') });
  // An entry in 2021, outside the period of most checks.
  const late = await createParticipant(prisma, { organisationId, sex: 'FEMALE', birthYear: 1980, educationLevel: 'ISCED_3_4' });
  await createEnrolment(prisma, { participantId: late.id, projectId, enrolledAt: utc('2021-05-10') });
}
