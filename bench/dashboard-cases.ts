// The dashboards in the bench: each page's data function as the app calls it (an official
// of the Land, who sees every project with small counts suppressed), the page over HTTP,
// and beside it the naive SQL that a BI tool on the base tables would run for the same
// headline numbers. The period is fixed to the 36 months before the data's "today".
import { DATA_AS_OF } from '../prisma/seed/dates';
import type { BenchCase, CaseContext } from './cases';

export const DASHBOARD_BUDGET_MS = 300;

function month(offset: number): string {
  return new Date(Date.UTC(DATA_AS_OF.getUTCFullYear(), DATA_AS_OF.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
}

export const PERIOD = { von: month(-36), bis: month(-1) };
const FROM = `${PERIOD.von}-01`;
const UNTIL = `${month(0)}-01`;

type Level = 'land' | 'projekt';

function filter(level: Level, { fixtures }: CaseContext): Record<string, string> {
  return { ebene: level, ...PERIOD, ...(level === 'projekt' ? { projekt: fixtures.largestProjectId } : {}) };
}

function query(level: Level, context: CaseContext): string {
  return new URLSearchParams(filter(level, context)).toString();
}

// $1 period start, $2 first day after it, $3 the projects (null: all).
const NAIVE_IMPACT = `
  WITH e AS (SELECT id, "enrolledAt", "exitedAt" FROM "Enrolment" WHERE $3::uuid[] IS NULL OR "projectId" = ANY($3::uuid[])),
  months AS (SELECT generate_series($1::date, $2::date - 1, interval '1 month')::date AS month),
  placed AS (
    SELECT date_trunc('month', min(ph."startDate"))::date AS month FROM "Phase" ph JOIN e ON e.id = ph."enrolmentId"
    WHERE ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') GROUP BY ph."enrolmentId"
  ),
  firsts AS (
    SELECT ph.kind, min(ph."startDate") AS first FROM "Phase" ph JOIN e ON e.id = ph."enrolmentId" GROUP BY ph."enrolmentId", ph.kind
  )
  SELECT 'active' AS figure, m.month, count(e.id) AS value FROM months m
    JOIN e ON e."enrolledAt" < m.month + interval '1 month' AND (e."exitedAt" IS NULL OR e."exitedAt" >= m.month) GROUP BY m.month
  UNION ALL SELECT 'placed', month, count(*) FROM placed WHERE month >= $1::date AND month < $2::date GROUP BY month
  UNION ALL SELECT 'contacts', date_trunc('month', c."occurredAt" AT TIME ZONE 'Europe/Berlin')::date, count(*)
    FROM "Contact" c JOIN e ON e.id = c."enrolmentId"
    WHERE c."occurredAt" >= ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AND c."occurredAt" < ($2::date::timestamp AT TIME ZONE 'Europe/Berlin') GROUP BY 2
  UNION ALL SELECT 'contacted', date_trunc('month', c."occurredAt" AT TIME ZONE 'Europe/Berlin')::date, count(DISTINCT c."enrolmentId")
    FROM "Contact" c JOIN e ON e.id = c."enrolmentId"
    WHERE c."occurredAt" >= ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AND c."occurredAt" < ($2::date::timestamp AT TIME ZONE 'Europe/Berlin') GROUP BY 2
  UNION ALL SELECT 'followUp' || f."monthsAfter" || CASE WHEN f."stillEmployed" THEN '.employed' ELSE '.other' END, NULL, count(*)
    FROM "FollowUp" f JOIN e ON e.id = f."enrolmentId" WHERE f."dueAt" >= $1::date AND f."dueAt" < $2::date GROUP BY 1
  UNION ALL SELECT 'entered.' || kind, NULL, count(*) FROM firsts WHERE first >= $1::date AND first < $2::date GROUP BY kind`;

const dashboard = () => import('../lib/dashboard/queries');

function impact(level: Level, label: string): BenchCase {
  return {
    name: `Auswertung Wirkung: ${label}`,
    budgetMs: DASHBOARD_BUDGET_MS,
    async run(context) {
      const { getDashboard } = await dashboard();
      return getDashboard(context.fixtures.official, filter(level, context));
    },
    http: (context) => `/auswertungen?${query(level, context)}`,
    naive: (context) => ({ text: NAIVE_IMPACT, values: [FROM, UNTIL, level === 'land' ? null : [context.fixtures.largestProjectId]] }),
  };
}

// Filled = most jobs held at once per position, from the phases at each position.
const NAIVE_POSITIONS = `
  WITH jobs AS (
    SELECT ph."positionId", ph."startDate" AS day, 1 AS delta FROM "Phase" ph WHERE ph."positionId" IS NOT NULL AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
    UNION ALL SELECT ph."positionId", ph."endDate" + 1, -1 FROM "Phase" ph
    WHERE ph."positionId" IS NOT NULL AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') AND ph."endDate" IS NOT NULL
  ), running AS (SELECT "positionId", SUM(delta) OVER (PARTITION BY "positionId" ORDER BY day, delta) AS held FROM jobs)
  SELECT pos."employerId", SUM(pos.count) AS offered, SUM(f.filled) AS filled FROM "Position" pos
  LEFT JOIN (SELECT "positionId", MAX(held) AS filled FROM running GROUP BY 1) f ON f."positionId" = pos.id
  WHERE $1::uuid[] IS NULL OR pos."projectId" = ANY($1::uuid[]) GROUP BY 1
  UNION ALL
  SELECT "caseworkerId", count(*), NULL FROM "Enrolment" WHERE "exitedAt" IS NULL AND ($1::uuid[] IS NULL OR "projectId" = ANY($1::uuid[])) GROUP BY 1`;

function page(name: string, path: string, level: Level, data: (context: CaseContext) => Promise<unknown>, naive?: BenchCase['naive']): BenchCase {
  return { name, budgetMs: DASHBOARD_BUDGET_MS, run: data, http: (context) => `${path}?${query(level, context)}`, naive };
}

const projects = (level: Level, context: CaseContext) => (level === 'land' ? null : [context.fixtures.largestProjectId]);

export const DASHBOARD_CASES: readonly BenchCase[] = [
  impact('land', 'Land'),
  impact('projekt', 'größtes Projekt'),
  ...(['land', 'projekt'] as const).flatMap((level) => {
    const label = level === 'land' ? 'Land' : 'größtes Projekt';
    return [
      page(`Auswertung Arbeitsplätze: ${label}`, '/auswertungen/stellen', level,
        async (context) => (await import('../lib/dashboard/positions')).getPositionsDashboard(context.fixtures.official, filter(level, context)),
        (context) => ({ text: NAIVE_POSITIONS, values: [projects(level, context)] })),
      page(`Auswertung Finanzen: ${label}`, '/auswertungen/finanzen', level,
        async (context) => (await import('../lib/dashboard/financing')).getFinanceDashboard(context.fixtures.official, filter(level, context))),
      page(`Auswertung Vergabe: ${label}`, '/auswertungen/vergabe', level,
        async (context) => (await import('../lib/dashboard/procurement')).getProcurementDashboard(context.fixtures.official, filter(level, context))),
    ];
  }),
];
