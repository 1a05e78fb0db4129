import 'server-only';
// Caseload against the project's target ratio (e.g. 1:100 in the Joboffensive), per project
// and per role (caseworkers, job coaches): active enrolments (not exited, as on /fallzahlen),
// how many people hold them, the average and the largest caseload per person, and how many
// are above the ratio. Never a name: who holds how many is on /fallzahlen, for those who
// assign the cases.
//
// Bounded at any size: reads RollupCaseload, one row per (project, person) with active
// enrolments, kept by triggers on Enrolment; never Enrolment itself.
//
// Suppression for those who see statistics only: enrolments are counts of participants, so
// the active enrolments, those assigned within a role (with suppressPart: the unassigned
// rest is a count of participants too) and the largest caseload are hidden below 5; the
// average is hidden with the assigned count, which it times the number of people would
// give back. The numbers of staff (with active cases, above the ratio) are shown: they are
// the organisation's staffing, which programmes publish ("19 extra placement officers"),
// not data about participants. That a one-person team's average is that person's caseload
// is the same workload figure the target ratio is written against, and names stay out.
import { dashboardDb } from '../db';
import { shown, suppressPart, suppressSmall, type Count } from './suppress';
import type { DashboardSelection } from './selection';

export const CASELOAD_ROLES = ['caseworker', 'jobCoach'] as const;
export type CaseloadRole = (typeof CASELOAD_ROLES)[number];

export interface RoleCaseload {
  /** Active enrolments assigned to someone of this role. */
  assigned: Count;
  /** People of this role with at least one active enrolment. */
  persons: number;
  /** Assigned over persons, one decimal; null when hidden or nobody. */
  average: number | null;
  maximum: Count;
  /** People above the target ratio; null without a ratio. */
  overTarget: number | null;
}

export interface ProjectCaseloadFigure {
  projectId: string;
  name: string;
  city: string;
  /** Participants per person, e.g. 100 for 1:100; null without a target. */
  ratio: number | null;
  active: Count;
  roles: Record<CaseloadRole, RoleCaseload>;
}

interface Row {
  projectId: string;
  name: string;
  city: string;
  ratio: number | null;
  role: CaseloadRole | null;
  total: number;
  assigned: number;
  persons: number;
  maximum: number;
  over: number;
}

const NOBODY = '00000000-0000-0000-0000-000000000000';

function roleFigure(active: number, r: Row | undefined, ratio: number | null, exact: boolean): RoleCaseload {
  const assigned = r?.assigned ?? 0;
  const persons = r?.persons ?? 0;
  const overTarget = ratio && ratio > 0 ? (r?.over ?? 0) : null;
  const average = persons > 0 ? Math.round((assigned / persons) * 10) / 10 : null;
  if (exact) return { assigned: shown(assigned), persons, average, maximum: shown(r?.maximum ?? 0), overTarget };
  const part = suppressPart(active, assigned).part;
  return {
    assigned: part,
    persons,
    average: part.suppressed ? null : average,
    maximum: part.suppressed ? { value: null, suppressed: true } : suppressSmall(r?.maximum ?? 0),
    overTarget,
  };
}

export async function caseloadFor(selection: Pick<DashboardSelection, 'projectIds' | 'exact'>): Promise<ProjectCaseloadFigure[]> {
  if (selection.projectIds.length === 0) return [];
  // The sum over one role, the nil person included, is every active enrolment of the project.
  const rows = await dashboardDb.$queryRaw<Row[]>`
    WITH per_role AS (
      SELECT c."projectId", c.role,
             SUM(c.active)::int AS total,
             COALESCE(SUM(c.active) FILTER (WHERE c."personId" <> ${NOBODY}::uuid), 0)::int AS assigned,
             COUNT(*) FILTER (WHERE c."personId" <> ${NOBODY}::uuid)::int AS persons,
             COALESCE(MAX(c.active) FILTER (WHERE c."personId" <> ${NOBODY}::uuid), 0)::int AS maximum,
             COUNT(*) FILTER (WHERE c."personId" <> ${NOBODY}::uuid AND c.active > p."caseloadRatio")::int AS over
      FROM "RollupCaseload" c JOIN "Project" p ON p.id = c."projectId"
      WHERE c."projectId" = ANY(${selection.projectIds}::uuid[])
      GROUP BY 1, 2
    )
    SELECT p.id AS "projectId", p.name, p.city, p."caseloadRatio" AS ratio, r.role,
           COALESCE(r.total, 0) AS total, COALESCE(r.assigned, 0) AS assigned, COALESCE(r.persons, 0) AS persons,
           COALESCE(r.maximum, 0) AS maximum, COALESCE(r.over, 0) AS over
    FROM "Project" p LEFT JOIN per_role r ON r."projectId" = p.id
    WHERE p.id = ANY(${selection.projectIds}::uuid[])
    ORDER BY p.city, p.name, p.id`;

  const projects = new Map<string, Row[]>();
  for (const r of rows) projects.set(r.projectId, [...(projects.get(r.projectId) ?? []), r]);
  return [...projects.values()].map((own) => {
    const first = own[0]!;
    const of = (role: CaseloadRole) => own.find((r) => r.role === role);
    const active = of('caseworker')?.total ?? 0;
    return {
      projectId: first.projectId,
      name: first.name,
      city: first.city,
      ratio: first.ratio,
      active: selection.exact ? shown(active) : suppressSmall(active),
      roles: {
        caseworker: roleFigure(active, of('caseworker'), first.ratio, selection.exact),
        jobCoach: roleFigure(active, of('jobCoach'), first.ratio, selection.exact),
      },
    };
  });
}
