import 'server-only';
// SQL over RollupProjectMonth shared by the figures. Reads only the rollup (and the small
// Project table), never the base tables, so a figure's cost does not grow with the data.
import { Prisma } from '../generated/prisma/client';
import type { DashboardSelection } from './selection';

export type Period = Pick<DashboardSelection, 'projectIds' | 'from' | 'to'>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * CTEs `months` (the period's months) and `active` (projectId, month, active): enrolments
 * active during each month, i.e. enrolled by its end and not exited before its start,
 * carried in from the months before the period.
 */
export function activeCtes({ projectIds, from, to }: Period): Prisma.Sql {
  return Prisma.sql`months AS (
      SELECT generate_series(${isoDay(from)}::date, ${isoDay(to)}::date, interval '1 month')::date AS month
    ), flows AS (
      SELECT "projectId", month,
             SUM(value) FILTER (WHERE figure = 'enrolled') AS enrolled,
             SUM(value) FILTER (WHERE figure = 'exited') AS exited
      FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${projectIds}::uuid[]) AND figure IN ('enrolled', 'exited') AND month <= ${isoDay(to)}::date
      GROUP BY 1, 2
    ), carried AS (
      SELECT "projectId", SUM(enrolled) AS enrolled, SUM(exited) AS exited FROM flows WHERE month < ${isoDay(from)}::date GROUP BY 1
    ), grid AS (
      SELECT p.id AS "projectId", m.month, COALESCE(f.enrolled, 0) AS enrolled, COALESCE(f.exited, 0) AS exited
      FROM unnest(${projectIds}::uuid[]) AS p(id) CROSS JOIN months m
      LEFT JOIN flows f ON f."projectId" = p.id AND f.month = m.month
    ), active AS (
      SELECT g."projectId", g.month, g.enrolled,
             COALESCE(c.enrolled, 0) + SUM(g.enrolled) OVER w - COALESCE(c.exited, 0) - (SUM(g.exited) OVER w - g.exited) AS active
      FROM grid g LEFT JOIN carried c ON c."projectId" = g."projectId"
      WINDOW w AS (PARTITION BY g."projectId" ORDER BY g.month)
    )`;
}

/**
 * In a GROUP BY of months into a span: the enrolments of the span, i.e. those active in its
 * first month plus those enrolled in its later months. Column names come from code only.
 */
export function spanEnrolments(active: string, enrolled: string, month: string): Prisma.Sql {
  return Prisma.raw(`((array_agg(${active} ORDER BY ${month}))[1] + SUM(${enrolled}) - (array_agg(${enrolled} ORDER BY ${month}))[1])`);
}

/** Sums of the given figures over the period, across the selected projects. */
export function periodSums({ projectIds, from, to }: Period, figures: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT figure, SUM(value)::int AS value FROM "RollupProjectMonth"
    WHERE "projectId" = ANY(${projectIds}::uuid[]) AND figure = ANY(${[...figures]}::text[])
      AND month BETWEEN ${isoDay(from)}::date AND ${isoDay(to)}::date
    GROUP BY figure`;
}

export function toMap(rows: readonly { figure: string; value: number }[]): (figure: string) => number {
  const map = new Map(rows.map((r) => [r.figure, Number(r.value)]));
  return (figure) => map.get(figure) ?? 0;
}
