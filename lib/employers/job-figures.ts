import 'server-only';
// Filled versus offered, derived from enrolments and never typed in. A job is a
// SUBSIDISED_JOB or REGULAR_JOB phase of an enrolment of the same project, at a position
// (Phase.positionId) or, without one, at an employer (Phase.employerId). It lasts from its
// start to its end or the enrolment's exit, whichever is earlier (open: still lasting).
//
// Three figures per position:
// - filled: the most jobs held at the same time. A position with count n is n places;
//   a place refilled after someone left is still one place, so this is how many of the
//   offered places have been filled, never inflated by turnover. It is the headline
//   figure because it means the same for a running and a finished programme (ISB ended
//   in 2015: nobody holds its positions today, yet they were filled).
// - today: jobs held on the given day (current occupancy, for running programmes).
// - placed: enrolments that ever held a job there (turnover shows as placed > filled).
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';

export interface JobFigure {
  projectId: string;
  employerId: string;
  /** null: jobs at the employer outside any recorded position. */
  positionId: string | null;
  filled: number;
  today: number;
  placed: number;
}

interface Row {
  projectId: string;
  employerId: string;
  positionId: string | null;
  filled: number;
  today: bigint;
  placed: bigint;
}

export async function jobFigures(filter: { projectIds: string[]; employerIds?: string[] }, today: Date): Promise<JobFigure[]> {
  if (filter.projectIds.length === 0) return [];
  const day = today.toISOString().slice(0, 10);
  const employers = filter.employerIds ? Prisma.sql`AND COALESCE(pos."employerId", ph."employerId") = ANY(${filter.employerIds}::uuid[])` : Prisma.empty;
  // Ending a job on day d frees its place on d + 1; at equal days the -1 sorts before the
  // +1, so a place handed on from one person to the next is counted once.
  const rows = await db.$queryRaw<Row[]>`
    WITH jobs AS (
      SELECT e."projectId", COALESCE(pos."employerId", ph."employerId") AS "employerId", pos.id AS "positionId",
             ph."enrolmentId", ph."startDate" AS s, LEAST(ph."endDate", e."exitedAt") AS e
      FROM "Phase" ph
      JOIN "Enrolment" e ON e.id = ph."enrolmentId"
      LEFT JOIN "Position" pos ON pos.id = ph."positionId" AND pos."projectId" = e."projectId"
      WHERE ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
        AND e."projectId" = ANY(${filter.projectIds}::uuid[])
        AND COALESCE(pos."employerId", ph."employerId") IS NOT NULL
        ${employers}
    ), events AS (
      SELECT "projectId", "employerId", "positionId", s AS at, 1 AS delta FROM jobs
      UNION ALL
      SELECT "projectId", "employerId", "positionId", e + 1, -1 FROM jobs WHERE e IS NOT NULL
    ), running AS (
      SELECT "projectId", "employerId", "positionId",
             SUM(delta) OVER (PARTITION BY "projectId", "employerId", "positionId" ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS held
      FROM events
    ), peaks AS (
      SELECT "projectId", "employerId", "positionId", MAX(held)::int AS filled FROM running GROUP BY 1, 2, 3
    ), counts AS (
      SELECT "projectId", "employerId", "positionId",
             COUNT(*) FILTER (WHERE s <= ${day}::date AND (e IS NULL OR e >= ${day}::date)) AS today,
             COUNT(DISTINCT "enrolmentId") AS placed
      FROM jobs GROUP BY 1, 2, 3
    )
    SELECT c."projectId", c."employerId", c."positionId", p.filled, c.today, c.placed
    FROM counts c JOIN peaks p ON p."projectId" = c."projectId" AND p."employerId" = c."employerId"
      AND p."positionId" IS NOT DISTINCT FROM c."positionId"`;
  return rows.map((r) => ({ ...r, today: Number(r.today), placed: Number(r.placed) }));
}

export interface Totals {
  filled: number;
  today: number;
  placed: number;
}

export function sumFigures(figures: readonly Pick<JobFigure, 'filled' | 'today' | 'placed'>[]): Totals {
  return figures.reduce((t, f) => ({ filled: t.filled + f.filled, today: t.today + f.today, placed: t.placed + f.placed }), { filled: 0, today: 0, placed: 0 });
}
