import 'server-only';
// The ESF+ indicator report's one SQL statement: every entry (Eintritt) in the selected
// projects and entry period is sorted into one category per breakdown, then counted with
// GROUPING SETS, so all six tables and their common total come from one scan, counted in
// the database. Definitions (see the report page's notes and lib/reports/esf.ts):
// - An entry is a participant's first enrolment in a project within the period: ESF+
//   counts a person once per operation, and each table then sums to the same total.
// - Age at entry = year of entry − birth year. Only the birth year is kept outside the
//   identity record, so someone whose birthday falls after the entry day is counted one
//   year too old (a 17-year-old can appear as 18).
// - Long-term unemployed at entry: unemployed for 12 months or more on the day of entry
//   (§ 18 SGB III; the ESF+ common indicator for adults). "Long-term benefits": not
//   recorded as unemployed, but SGB II benefits in at least 6 of the last 7 years (§ 16i).
// - At exit: in employment if the exit reason is a regular job, or the programme ended
//   (COMPLETED, or no reason) during a job or the aftercare that follows one; in
//   qualification likewise from a QUALIFICATION phase; else other. A phase "runs at exit"
//   if it started by the exit day and ended no earlier than the day before it (entering
//   EXIT closes the current phase the day before).
// - 6 months after exit: the 6-month follow-up (FollowUp.monthsAfter = 6), which entering
//   EXIT schedules 6 months after the exit; unknown while it is not recorded, due or not.
//   A follow-up due before the exit (the demo data count from the placement) says nothing
//   about the time after leaving and is not used.
import { Prisma } from '../generated/prisma/client';
import { dashboardDb } from '../db';

export type Dimension = 'sex' | 'age_group' | 'education' | 'status' | 'exit_result' | 'after_6_months' | 'total';

export interface EsfCountRow {
  dimension: Dimension;
  category: string | null;
  count: number;
}

export interface EsfSelection {
  projectIds: string[];
  from: Date | null;
  to: Date | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function esfCountsSql({ projectIds, from, to }: EsfSelection): Prisma.Sql {
  const fromCondition = from ? Prisma.sql`AND e."enrolledAt" >= ${day(from)}::date` : Prisma.empty;
  const toCondition = to ? Prisma.sql`AND e."enrolledAt" <= ${day(to)}::date` : Prisma.empty;
  return Prisma.sql`
    WITH entries AS (
      SELECT DISTINCT ON (e."participantId", e."projectId") e.id, e."participantId", e."enrolledAt", e."exitedAt", e."exitReason"
      FROM "Enrolment" e
      WHERE e."projectId" = ANY(${projectIds}::uuid[]) ${fromCondition} ${toCondition}
      ORDER BY e."participantId", e."projectId", e."enrolledAt", e.id
    ), facts AS (
      SELECT
        p.sex::text AS sex,
        CASE WHEN a.age < 18 THEN 'UNDER_18' WHEN a.age < 30 THEN 'FROM_18_TO_29' WHEN a.age < 55 THEN 'FROM_30_TO_54' ELSE 'FROM_55' END AS age_group,
        p."educationLevel"::text AS education,
        CASE
          WHEN p."unemployedSince" <= en."enrolledAt" - INTERVAL '12 months' THEN 'LONG_TERM_UNEMPLOYED'
          WHEN p."unemployedSince" <= en."enrolledAt" THEN 'UNEMPLOYED'
          WHEN p."benefitYearsInLast7" >= 6 THEN 'LONG_TERM_BENEFITS'
          ELSE 'OTHER'
        END AS status,
        CASE
          WHEN en."exitedAt" IS NULL THEN 'STILL_ENROLLED'
          WHEN en."exitReason" = 'REGULAR_JOB' THEN 'EMPLOYED'
          WHEN en."exitReason" IS NOT NULL AND en."exitReason" <> 'COMPLETED' THEN 'OTHER'
          WHEN last.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE') THEN 'EMPLOYED'
          WHEN last.kind = 'QUALIFICATION' THEN 'TRAINING'
          ELSE 'OTHER'
        END AS exit_result,
        CASE
          WHEN en."exitedAt" IS NULL THEN 'STILL_ENROLLED'
          WHEN f."completedAt" IS NULL OR f."stillEmployed" IS NULL THEN 'UNKNOWN'
          WHEN f."stillEmployed" AND f."needsCovering" IS TRUE THEN 'EMPLOYED_NEEDS_COVERING'
          WHEN f."stillEmployed" THEN 'EMPLOYED'
          ELSE 'NOT_EMPLOYED'
        END AS after_6_months
      FROM entries en
      JOIN "Participant" p ON p.id = en."participantId"
      CROSS JOIN LATERAL (SELECT EXTRACT(YEAR FROM en."enrolledAt")::int - p."birthYear" AS age) a
      LEFT JOIN LATERAL (
        SELECT ph.kind FROM "Phase" ph
        WHERE ph."enrolmentId" = en.id AND ph.kind <> 'EXIT' AND ph."startDate" <= en."exitedAt"
          AND (ph."endDate" IS NULL OR ph."endDate" >= en."exitedAt" - 1)
        ORDER BY ph."startDate" DESC LIMIT 1
      ) last ON en."exitedAt" IS NOT NULL
      LEFT JOIN "FollowUp" f ON f."enrolmentId" = en.id AND f."monthsAfter" = 6 AND f."dueAt" >= en."exitedAt"
    )
    SELECT
      CASE
        WHEN GROUPING(sex) = 0 THEN 'sex' WHEN GROUPING(age_group) = 0 THEN 'age_group'
        WHEN GROUPING(education) = 0 THEN 'education' WHEN GROUPING(status) = 0 THEN 'status'
        WHEN GROUPING(exit_result) = 0 THEN 'exit_result' WHEN GROUPING(after_6_months) = 0 THEN 'after_6_months'
        ELSE 'total'
      END AS dimension,
      COALESCE(sex, age_group, education, status, exit_result, after_6_months) AS category,
      COUNT(*)::int AS count
    FROM facts
    GROUP BY GROUPING SETS ((sex), (age_group), (education), (status), (exit_result), (after_6_months), ())`;
}

export async function esfCounts(selection: EsfSelection): Promise<EsfCountRow[]> {
  if (selection.projectIds.length === 0) return [];
  return dashboardDb.$queryRaw<EsfCountRow[]>(esfCountsSql(selection));
}
