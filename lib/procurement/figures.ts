import 'server-only';
// Procurement figures, computed in the database from the records: tenders checked and found
// suitable, clauses applied, hires committed versus delivered (per tender, contractor and
// year) and whether the people hired were still employed 6 and 12 months later.
import { db } from '../db';
import { can } from '../auth/permissions';
import type { ActorContext } from '../auth/authorize';
import { shown, suppressPart, suppressSmall, type Count } from '../dashboard/suppress';
import { Prisma } from '../generated/prisma/client';

export interface Retention {
  /** Hires whose check has been recorded, and of them those still employed. */
  recorded: Count;
  still: Count;
}

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
      bool_and(t."organisationId" = ${organisationId}::uuid) AS own
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

/**
 * Exact for the organisation that runs the tenders (its coordinators hold the records);
 * for everyone else statistics: counts of people below 5, and parts that would reveal
 * one by subtraction, are suppressed.
 */
function toCounts(row: AggregateRow | undefined, exact: boolean): ProcurementCounts {
  const r = row ?? { tenders: 0, checked: 0, suitable: 0, clauses: 0, committedHires: 0, committedHours: 0n, delivered: 0, recorded6: 0, employed6: 0, recorded12: 0, employed12: 0, own: true };
  const retention = (recorded: number, still: number): Retention => {
    if (exact) return { recorded: shown(recorded), still: shown(still) };
    const { total, part } = suppressPart(recorded, still);
    return { recorded: total, still: part };
  };
  return {
    tenders: r.tenders,
    checked: r.checked,
    suitable: r.suitable,
    clauses: r.clauses,
    committedHires: r.committedHires,
    committedHours: Number(r.committedHours),
    delivered: exact ? shown(r.delivered) : suppressSmall(r.delivered),
    after6: retention(r.recorded6, r.employed6),
    after12: retention(r.recorded12, r.employed12),
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
  return {
    total: toCounts(total[0], runs(total[0]?.own ?? true)),
    byTender: new Map(tenders.map((row) => [row.key ?? '', toCounts(row, runs(row.own))])),
    byContractor: contractors.map((row) => ({ contractor: row.key, ...toCounts(row, runs(row.own)) })),
    byYear: yearKeys.map((year) => {
      const row = yearRows.get(year);
      const h = hiredByYear.get(year);
      const hiredExact = runs(h?.own ?? row?.own ?? true);
      return {
        year,
        ...toCounts(row, runs(row?.own ?? true)),
        hiredInYear: hiredExact ? shown(h?.hired ?? 0) : suppressSmall(h?.hired ?? 0),
      };
    }),
  };
}

/** A whole percentage of a part, or null when there is no whole (or either is suppressed). */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return Math.round((part * 100) / whole);
}
