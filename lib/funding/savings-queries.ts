import 'server-only';
// Benefits saved by a project's placements, aggregated in SQL. Placements can be many
// (the Joboffensive alone aims at 1 900 customers), so the database reduces them to groups
// by (first month, last month) with the partial-month thirtieths summed; the month-by-month
// arithmetic then runs once per group (savings.ts).
//
// Which records make a placement and how long it saves (documented on the page too):
// - the placement is an enrolment's first SUBSIDISED_JOB or REGULAR_JOB phase; it starts on that
//   phase's first day;
// - it lasts to the later of (a) the last day of the enrolment's last job phase (an open phase:
//   today) and (b) the due day of the latest follow-up that found the person still employed
//   (§ 6/12-month checks), and never beyond today. Employment after the last evidence is not
//   assumed: the savings are a lower bound from the records.
import { db } from '../db';
import { shown, suppressSmall, type Count } from '../dashboard/suppress';
import type { FundingProject } from './subsidy-queries';
import { calculateSavings, type BenefitRateRow, type PlacementGroup, type Savings } from './savings';

interface GroupRow {
  projectId: string;
  startMonth: Date;
  endMonth: Date;
  placements: number;
  firstThirtieths: number;
  lastThirtieths: number;
}

async function groupRows(projectIds: readonly string[], today: Date): Promise<GroupRow[]> {
  if (projectIds.length === 0) return [];
  // Thirtieths of a part-month (§41 Abs. 1 SGB II): 30 for the whole calendar month, otherwise
  // its days, at most 30. f_* is the part in the first month, l_* the part in the last month.
  return db.$queryRaw<GroupRow[]>`
    WITH job AS (
      SELECT e."projectId", e.id AS "enrolmentId", MIN(ph."startDate") AS start,
             MAX(COALESCE(ph."endDate", ${today}::date)) AS "jobEnd"
      FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId"
      WHERE e."projectId" = ANY(${projectIds as string[]}::uuid[]) AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
      GROUP BY e."projectId", e.id
    ), confirmed AS (
      SELECT f."enrolmentId", MAX(f."dueAt") AS "confirmedUntil"
      FROM "FollowUp" f JOIN job ON job."enrolmentId" = f."enrolmentId"
      WHERE f."stillEmployed" IS TRUE
      GROUP BY f."enrolmentId"
    ), span AS (
      SELECT job."projectId", job.start,
             LEAST(${today}::date, GREATEST(job."jobEnd", COALESCE(c."confirmedUntil", job."jobEnd"))) AS "end"
      FROM job LEFT JOIN confirmed c ON c."enrolmentId" = job."enrolmentId"
      WHERE job.start <= ${today}::date
    ), parts AS (
      SELECT "projectId", date_trunc('month', start)::date AS sm, date_trunc('month', "end")::date AS em,
             start AS f_from,
             LEAST("end", (date_trunc('month', start) + interval '1 month')::date - 1) AS f_to,
             CASE WHEN date_trunc('month', start) <> date_trunc('month', "end") THEN date_trunc('month', "end")::date END AS l_from,
             "end" AS l_to
      FROM span WHERE "end" >= start
    )
    SELECT "projectId", sm AS "startMonth", em AS "endMonth", COUNT(*)::int AS placements,
      SUM(CASE WHEN f_from = sm AND f_to = (sm + interval '1 month')::date - 1 THEN 30
               ELSE LEAST(f_to - f_from + 1, 30) END)::int AS "firstThirtieths",
      SUM(CASE WHEN l_from IS NULL THEN 0
               WHEN l_to = (l_from + interval '1 month')::date - 1 THEN 30
               ELSE LEAST(l_to - l_from + 1, 30) END)::int AS "lastThirtieths"
    FROM parts
    GROUP BY "projectId", sm, em`;
}

export async function benefitRates(): Promise<BenefitRateRow[]> {
  return db.benefitRate.findMany({ select: { validFrom: true, standardRateCents: true, housingCostsCents: true }, orderBy: { validFrom: 'asc' } });
}

/**
 * Savings per project, for projects the caller has already checked the actor may read.
 * Not scoped itself: the caller passes only ids from the actor's projectScope.
 */
export async function savingsByProject(projectIds: readonly string[], today: Date): Promise<Map<string, Savings>> {
  const [rows, rates] = await Promise.all([groupRows(projectIds, today), benefitRates()]);
  const byProject = new Map<string, PlacementGroup[]>();
  for (const { projectId, ...group } of rows) byProject.set(projectId, [...(byProject.get(projectId) ?? []), group]);
  return new Map(projectIds.map((id) => [id, calculateSavings(byProject.get(id) ?? [], rates)]));
}

export interface ProjectSavings {
  placements: Count;
  /** null when the count of placements is suppressed (fewer than 5, for those who do not run the project). */
  savings: Savings | null;
}

/** The savings of one project the actor may read (getFundingProject checked the scope). */
export async function getProjectSavings(project: FundingProject, today: Date): Promise<ProjectSavings> {
  const savings = (await savingsByProject([project.id], today)).get(project.id)!;
  const placements = project.runs ? shown(savings.placements) : suppressSmall(savings.placements);
  return { placements, savings: placements.suppressed ? null : savings };
}
