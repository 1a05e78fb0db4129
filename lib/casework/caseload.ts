import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { reassignOperatorId, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import type { ReassignRole } from './reassign-schema';

// Caseload per caseworker and per job coach against the project's target ratio
// (Joboffensive: 1:100), for the projects the actor's organisation operates. Aggregates
// only: staff names and counts, no participant. Exact counts, not suppressed: the
// coordinator runs these projects and assigns every one of these people anyway.

export interface CaseloadPerson {
  role: ReassignRole;
  personId: string;
  name: string;
  /** false: the account is deactivated; their caseload needs a new owner. */
  active: boolean;
  enrolments: number;
  /** Active enrolments as a share of the ratio, in whole per cent; null without a ratio. */
  utilisation: number | null;
  overTarget: boolean;
}

export interface ProjectCaseload {
  projectId: string;
  project: string;
  /** Participants per person, e.g. 100 for 1:100; the only ratio a project has, so it applies to job coaches too. */
  caseloadRatio: number | null;
  activeEnrolments: number;
  withoutCaseworker: number;
  withoutJobCoach: number;
  people: CaseloadPerson[];
}

interface Row {
  projectId: string;
  project: string;
  ratio: number | null;
  kind: 'total' | ReassignRole;
  personId: string | null;
  name: string | null;
  active: boolean;
  count: bigint;
  utilisation: number | null;
  overTarget: boolean;
}

/**
 * One grouped query: GROUPING SETS count the active enrolments per project, per
 * (project, caseworker) and per (project, job coach) in a single pass; the group with
 * a null caseworker (or job coach) is the unassigned count. Job coaches of the project
 * without any enrolment are added with 0, as they are where capacity is.
 */
export async function getCaseload(actor: ActorContext, filter: { projectId?: string } = {}): Promise<ProjectCaseload[]> {
  const operatorId = reassignOperatorId(actor);
  if (!operatorId || (filter.projectId !== undefined && !z.uuid().safeParse(filter.projectId).success)) return [];
  const onlyProject = filter.projectId ? Prisma.sql`AND id = ${filter.projectId}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    WITH scope AS (
      SELECT id, name, "caseloadRatio" FROM "Project" WHERE "operatorId" = ${operatorId}::uuid ${onlyProject}
    ), counts AS (
      SELECT e."projectId", e."caseworkerId", e."jobCoachId",
             GROUPING(e."caseworkerId") AS gc, GROUPING(e."jobCoachId") AS gj, count(*) AS n
      FROM "Enrolment" e
      WHERE e."exitedAt" IS NULL AND e."projectId" IN (SELECT id FROM scope)
      GROUP BY GROUPING SETS ((e."projectId"), (e."projectId", e."caseworkerId"), (e."projectId", e."jobCoachId"))
      UNION ALL
      SELECT j."projectId", NULL, j.id, 1, 0, 0
      FROM "JobCoach" j
      WHERE j."projectId" IN (SELECT id FROM scope)
        AND NOT EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."jobCoachId" = j.id AND e."projectId" = j."projectId" AND e."exitedAt" IS NULL)
    )
    SELECT s.id AS "projectId", s.name AS project, s."caseloadRatio" AS ratio,
           CASE WHEN c.gc = 0 THEN 'caseworker' WHEN c.gj = 0 THEN 'jobCoach' ELSE 'total' END AS kind,
           CASE WHEN c.gc = 0 THEN c."caseworkerId" WHEN c.gj = 0 THEN c."jobCoachId" END AS "personId",
           COALESCE(u.name, j.name) AS name,
           COALESCE(u.active, cu.active, true) AS active,
           COALESCE(c.n, 0) AS count,
           CASE WHEN s."caseloadRatio" > 0 THEN round(100.0 * COALESCE(c.n, 0) / s."caseloadRatio")::int END AS utilisation,
           COALESCE(s."caseloadRatio" > 0 AND c.n > s."caseloadRatio", false) AS "overTarget"
    FROM scope s
    LEFT JOIN counts c ON c."projectId" = s.id
    LEFT JOIN "User" u ON c.gc = 0 AND u.id = c."caseworkerId"
    LEFT JOIN "JobCoach" j ON c.gj = 0 AND j.id = c."jobCoachId"
    LEFT JOIN "User" cu ON cu.id = j."userId"
    ORDER BY s.name, s.id, kind, name NULLS FIRST`;

  const projects = new Map<string, ProjectCaseload>();
  for (const r of rows) {
    let p = projects.get(r.projectId);
    if (!p) {
      p = { projectId: r.projectId, project: r.project, caseloadRatio: r.ratio, activeEnrolments: 0, withoutCaseworker: 0, withoutJobCoach: 0, people: [] };
      projects.set(r.projectId, p);
    }
    const count = Number(r.count);
    if (r.kind === 'total') p.activeEnrolments = count;
    else if (r.personId === null) p[r.kind === 'caseworker' ? 'withoutCaseworker' : 'withoutJobCoach'] = count;
    else p.people.push({ role: r.kind, personId: r.personId, name: r.name ?? '', active: r.active, enrolments: count, utilisation: r.utilisation, overTarget: r.overTarget });
  }
  return [...projects.values()];
}

/** People needed at the ratio for the current caseload, rounded up; null without a ratio. */
export function staffNeeded(p: Pick<ProjectCaseload, 'activeEnrolments' | 'caseloadRatio'>): number | null {
  return p.caseloadRatio && p.caseloadRatio > 0 ? Math.ceil(p.activeEnrolments / p.caseloadRatio) : null;
}
