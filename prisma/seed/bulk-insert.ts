// Fast inserts for the generator: one INSERT … SELECT FROM unnest(text arrays) per chunk,
// so a batch of thousands of rows is a handful of statements with a few parameters each
// (Prisma's createMany binds one parameter per value and is several times slower here).
// Table and column names come from the constants below, never from input.
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { isoDay } from './dates';

type SqlType = 'uuid' | 'text' | 'int' | 'numeric' | 'bool' | 'date' | 'timestamptz' | `"${string}"`;

type Columns<T> = readonly (readonly [keyof T & string, SqlType])[];

export const PARTICIPANT_COLUMNS: Columns<Prisma.ParticipantCreateManyInput> = [
  ['id', 'uuid'], ['organisationId', 'uuid'], ['pseudonym', 'text'], ['sex', '"Sex"'], ['birthYear', 'int'],
  ['educationLevel', '"EducationLevel"'], ['unemployedSince', 'date'],
];
export const IDENTITY_COLUMNS: Columns<Prisma.ParticipantIdentityCreateManyInput> = [
  ['participantId', 'uuid'], ['customerNumber', 'text'], ['firstName', 'text'], ['lastName', 'text'], ['birthDate', 'date'],
  ['street', 'text'], ['postalCode', 'text'], ['city', 'text'],
];
export const ENROLMENT_COLUMNS: Columns<Prisma.EnrolmentCreateManyInput> = [
  ['id', 'uuid'], ['participantId', 'uuid'], ['projectId', 'uuid'], ['caseworkerId', 'uuid'], ['jobCoachId', 'uuid'],
  ['enrolledAt', 'date'], ['exitedAt', 'date'], ['exitReason', '"ExitReason"'],
];
export const PHASE_COLUMNS: Columns<Prisma.PhaseCreateManyInput> = [
  ['id', 'uuid'], ['enrolmentId', 'uuid'], ['kind', '"PhaseKind"'], ['startDate', 'date'], ['endDate', 'date'],
  ['employerId', 'uuid'], ['positionId', 'uuid'], ['hoursPerWeek', 'numeric'], ['monthlyWageCents', 'int'],
  ['instrument', '"SubsidyInstrument"'],
];
export const CONTACT_COLUMNS: Columns<Prisma.ContactCreateManyInput> = [
  ['id', 'uuid'], ['enrolmentId', 'uuid'], ['byUserId', 'uuid'], ['occurredAt', 'timestamptz'], ['kind', '"ContactKind"'],
  ['durationMinutes', 'int'], ['note', 'text'],
];
export const SUPPORT_SERVICE_COLUMNS: Columns<Prisma.SupportServiceCreateManyInput> = [
  ['id', 'uuid'], ['enrolmentId', 'uuid'], ['kind', '"SupportServiceKind"'], ['status', '"SupportServiceStatus"'],
  ['startDate', 'date'], ['endDate', 'date'], ['provider', 'text'], ['note', 'text'],
];
export const FOLLOW_UP_COLUMNS: Columns<Prisma.FollowUpCreateManyInput> = [
  ['id', 'uuid'], ['enrolmentId', 'uuid'], ['monthsAfter', 'int'], ['dueAt', 'date'], ['completedAt', 'date'],
  ['stillEmployed', 'bool'], ['needsCovering', 'bool'],
];
export const DELIVERED_HIRE_COLUMNS: Columns<Prisma.DeliveredHireCreateManyInput> = [
  ['id', 'uuid'], ['socialClauseId', 'uuid'], ['enrolmentId', 'uuid'], ['hiredAt', 'date'], ['stillEmployed6m', 'bool'],
  ['stillEmployed12m', 'bool'],
];

/** Rows per statement: large enough to be fast, small enough to keep each statement modest. */
const CHUNK = 5_000;

function asText(value: unknown, type: SqlType): string | null {
  if (value === null || value === undefined) return null;
  // Dates as text, never through the driver's local-time conversion: DATE columns are calendar days.
  if (value instanceof Date) return type === 'date' ? isoDay(value) : value.toISOString();
  return String(value);
}

export async function bulkInsert<T extends object>(
  prisma: PrismaClient,
  table: string,
  columns: Columns<T>,
  rows: readonly T[],
): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const casts = columns.map(([name, type]) => `c."${name}"::${type}`).join(', ');
  // Every generated table has an @updatedAt column without a database default.
  const sql = `INSERT INTO "${table}" (${names}, "updatedAt") SELECT ${casts}, now() FROM unnest(${arrays}) AS c(${names})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = columns.map(([name, type]) => chunk.map((row) => asText((row as Record<string, unknown>)[name], type)));
    await prisma.$executeRawUnsafe(sql, ...values);
  }
}
