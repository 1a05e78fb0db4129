import 'server-only';
// Procurement figures, computed in the database from the records: tenders checked and found
// suitable, clauses applied, hires committed versus delivered (per tender, contractor and
// year) and whether the people hired were still employed 6 and 12 months later.
import { db } from '../db';
import { can } from '../auth/permissions';
import type { ActorContext } from '../auth/authorize';
import type { Count } from '../dashboard/suppress';
import { Prisma } from '../generated/prisma/client';
import { deliveredCounts, retentionCounts, type Cell, type RetentionInput, type RetentionCounts } from './figure-lines';

/** Hires whose check has been recorded, and of them those still employed. */
export type Retention = RetentionCounts;

export interface ProcurementCounts {
  tenders: number;
  checked: number;
  suitable: number;
  clauses: number;
  /** Contract figures, not people: never suppressed. */
  committedHires: number;
  committedHours: number;
  /** People: exact only for the organisation that runs the tenders. */
  delivered: Count;
  after6: Retention;
  after12: Retention;
}

interface AggregateRow {
  key: string | null;
  tenders: number;
  checked: number;
  suitable: number;
  clauses: number;
  committedHires: number;
  committedHours: bigint;
  delivered: number;
  recorded6: number;
  employed6: number;
  recorded12: number;
  employed12: number;
  own: boolean;
  /** Per tender: its year of publication, and its clause's contractor (hasClause false: none). */
  year: number;
  hasClause: boolean;
  contractor: string | null;
}

/** One grouped query; `key` is the grouping (a tender, a contractor, a year, or everything). */
async function aggregate(ids: string[], organisationId: string, key: Prisma.Sql, onlyClauses = false): Promise<AggregateRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<AggregateRow[]>`
    SELECT ${key} AS key,
      COUNT(*)::int AS tenders,
      COUNT(c.id)::int AS checked,
      (COUNT(c.id) FILTER (WHERE c.suitable))::int AS suitable,
      COUNT(s.id)::int AS clauses,
      COALESCE(SUM(s."committedHires"), 0)::int AS "committedHires",
      COALESCE(SUM(s."committedHours"), 0)::bigint AS "committedHours",
      COALESCE(SUM(h.delivered), 0)::int AS delivered,
      COALESCE(SUM(h.recorded6), 0)::int AS recorded6,
      COALESCE(SUM(h.employed6), 0)::int AS employed6,
      COALESCE(SUM(h.recorded12), 0)::int AS recorded12,
      COALESCE(SUM(h.employed12), 0)::int AS employed12,
      bool_and(t."organisationId" = ${organisationId}::uuid) AS own,
      min(EXTRACT(YEAR FROM t."publishedAt"))::int AS year, bool_or(s.id IS NOT NULL) AS "hasClause", min(s.contractor) AS contractor
    FROM "Tender" t
    LEFT JOIN "SuitabilityCheck" c ON c."tenderId" = t.id
    LEFT JOIN "SocialClause" s ON s."tenderId" = t.id
    LEFT JOIN (
      SELECT dh."socialClauseId", COUNT(*) AS delivered,
        COUNT(dh."stillEmployed6m") AS recorded6, COUNT(*) FILTER (WHERE dh."stillEmployed6m") AS employed6,
        COUNT(dh."stillEmployed12m") AS recorded12, COUNT(*) FILTER (WHERE dh."stillEmployed12m") AS employed12
      FROM "DeliveredHire" dh JOIN "SocialClause" hs ON hs.id = dh."socialClauseId"
      WHERE hs."tenderId" = ANY(${ids}::uuid[])
      GROUP BY dh."socialClauseId"
    ) h ON h."socialClauseId" = s.id
    WHERE t.id = ANY(${ids}::uuid[]) ${onlyClauses ? Prisma.sql`AND s.id IS NOT NULL` : Prisma.empty}
    GROUP BY 1 ORDER BY 1`;
}

/** The contract figures of a row beside its people counts, already suppressed as lines. */
function toCounts(r: AggregateRow | undefined, people: { delivered: Count; after6: Retention; after12: Retention }): ProcurementCounts {
  return {
    tenders: r?.tenders ?? 0,
    checked: r?.checked ?? 0,
    suitable: r?.suitable ?? 0,
    clauses: r?.clauses ?? 0,
    committedHires: r?.committedHires ?? 0,
    committedHours: Number(r?.committedHours ?? 0n),
    ...people,
  };
}

export interface YearFigures extends ProcurementCounts {
  year: number;
  /** People hired in this calendar year under any of the tenders shown, whatever their year. */
  hiredInYear: Count;
}

export interface ProcurementFigures {
  total: ProcurementCounts;
  byTender: Map<string, ProcurementCounts>;
  byContractor: (ProcurementCounts & { contractor: string | null })[];
  byYear: YearFigures[];
}

interface HiredRow {
  year: number;
  hired: number;
  own: boolean;
}

/** The figures over the given tenders; the caller has already applied the actor's scope. */
export async function procurementFigures(actor: ActorContext, tenderIds: string[]): Promise<ProcurementFigures> {
  const org = actor.organisationId;
  const runs = (own: boolean) => own && can(actor, 'tender.write');
  const [total, tenders, contractors, years, hired] = await Promise.all([
    aggregate(tenderIds, org, Prisma.sql`'all'`),
    aggregate(tenderIds, org, Prisma.sql`t.id::text`),
    aggregate(tenderIds, org, Prisma.sql`s.contractor`, true),
    aggregate(tenderIds, org, Prisma.sql`EXTRACT(YEAR FROM t."publishedAt")::text`),
    tenderIds.length === 0
      ? Promise.resolve([] as HiredRow[])
      : db.$queryRaw<HiredRow[]>`
          SELECT EXTRACT(YEAR FROM dh."hiredAt")::int AS year, COUNT(*)::int AS hired,
            bool_and(t."organisationId" = ${org}::uuid) AS own
          FROM "DeliveredHire" dh JOIN "SocialClause" s ON s.id = dh."socialClauseId" JOIN "Tender" t ON t.id = s."tenderId"
          WHERE t.id = ANY(${tenderIds}::uuid[]) GROUP BY 1`,
  ]);
  const hiredByYear = new Map(hired.map((h) => [h.year, h]));
  const yearKeys = [...new Set([...years.map((y) => Number(y.key)), ...hired.map((h) => h.year)])].sort((a, b) => a - b);
  const yearRows = new Map(years.map((y) => [Number(y.key), y]));
  const byYear = yearKeys.map((year) => ({ year, row: yearRows.get(year) }));
  // Exact only for the organisation that runs the tenders (its coordinators hold the records);
  // for everyone else statistics, suppressed line by line (figure-lines.ts).
  const cell = (row: AggregateRow | undefined, pick: (r: AggregateRow) => number): Cell => ({ value: row ? pick(row) : 0, exact: runs(row?.own ?? true) });
  const delivered = deliveredCounts({
    total: cell(total[0], (r) => r.delivered),
    tenders: tenders.map((row) => ({ ...cell(row, (r) => r.delivered), year: row.year, contractor: row.hasClause ? { name: row.contractor } : null })),
    years: byYear.map(({ year, row }) => ({ ...cell(row, (r) => r.delivered), year })),
    contractors: contractors.map((row) => ({ ...cell(row, (r) => r.delivered), contractor: row.key })),
    hired: byYear.map(({ year, row }) => {
      const h = hiredByYear.get(year);
      return { value: h?.hired ?? 0, exact: runs(h?.own ?? row?.own ?? true) };
    }),
  });
  const retention = (months: 6 | 12) => {
    const of = (row: AggregateRow | undefined): RetentionInput => ({
      recorded: (months === 6 ? row?.recorded6 : row?.recorded12) ?? 0,
      still: (months === 6 ? row?.employed6 : row?.employed12) ?? 0,
      exact: runs(row?.own ?? true),
    });
    return retentionCounts(of(total[0]), [tenders.map(of), contractors.map(of), byYear.map(({ row }) => of(row))]);
  };
  const [after6, after12] = [retention(6), retention(12)];
  const people = (grouping: 0 | 1 | 2, i: number, count: Count) => ({ delivered: count, after6: after6.groupings[grouping]![i]!, after12: after12.groupings[grouping]![i]! });
  return {
    total: toCounts(total[0], { delivered: delivered.total, after6: after6.total, after12: after12.total }),
    byTender: new Map(tenders.map((row, i) => [row.key ?? '', toCounts(row, people(0, i, delivered.tenders[i]!))])),
    byContractor: contractors.map((row, i) => ({ contractor: row.key, ...toCounts(row, people(1, i, delivered.contractors[i]!)) })),
    byYear: byYear.map(({ year, row }, i) => ({ year, ...toCounts(row, people(2, i, delivered.years[i]!)), hiredInYear: delivered.hired[i]! })),
  };
}

/** A whole percentage of a part, or null when there is no whole (or either is suppressed). */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return Math.round((part * 100) / whole);
}
