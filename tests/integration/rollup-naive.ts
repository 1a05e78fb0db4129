// What RollupProjectMonth should hold, recomputed naively from the base tables, for the
// rollup tests (not a test itself).

export type Row = { projectId: string; figure: string; month: string; value: number };

// Written apart from the triggers' SQL on purpose: plain GROUP BYs over the base tables.
export const NAIVE = `
  WITH firsts AS (
    SELECT ph."enrolmentId", ph.kind::text AS kind, min(ph."startDate") AS day FROM "Phase" ph GROUP BY 1, 2
  ), figures AS (
    SELECT e."projectId", 'enrolled' AS figure, e."enrolledAt" AS day, 1 AS n FROM "Enrolment" e
    UNION ALL SELECT e."projectId", 'exited', e."exitedAt", 1 FROM "Enrolment" e WHERE e."exitedAt" IS NOT NULL
    UNION ALL SELECT e."projectId", 'exited.' || COALESCE(e."exitReason"::text, 'NONE'), e."exitedAt", 1 FROM "Enrolment" e WHERE e."exitedAt" IS NOT NULL
    UNION ALL SELECT e."projectId", 'entered.' || f.kind, f.day, 1 FROM firsts f JOIN "Enrolment" e ON e.id = f."enrolmentId"
    UNION ALL SELECT e."projectId", 'placed', min(f.day), 1 FROM firsts f JOIN "Enrolment" e ON e.id = f."enrolmentId"
              WHERE f.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') GROUP BY e.id
    UNION ALL SELECT e."projectId", 'followUp' || fu."monthsAfter" || '.' || x.what, fu."dueAt", 1
              FROM "FollowUp" fu JOIN "Enrolment" e ON e.id = fu."enrolmentId"
              CROSS JOIN LATERAL (VALUES ('due', true), ('completed', fu."completedAt" IS NOT NULL),
                ('employed', fu."completedAt" IS NOT NULL AND fu."stillEmployed" IS TRUE),
                ('needsCovering', fu."completedAt" IS NOT NULL AND fu."needsCovering" IS TRUE)) AS x(what, counts)
              WHERE x.counts AND fu."monthsAfter" IN (6, 12)
    UNION ALL SELECT e."projectId", 'contacts', (c."occurredAt" AT TIME ZONE 'Europe/Berlin')::date, 1
              FROM "Contact" c JOIN "Enrolment" e ON e.id = c."enrolmentId"
  ), contacted AS (
    SELECT e."projectId", 'contacted' AS figure, to_char(c."occurredAt" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
           count(DISTINCT c."enrolmentId")::int AS value
    FROM "Contact" c JOIN "Enrolment" e ON e.id = c."enrolmentId" GROUP BY 1, 2, 3
  )
  SELECT "projectId"::text, figure, to_char(day, 'YYYY-MM') AS month, sum(n)::int AS value FROM figures GROUP BY 1, 2, 3
  UNION ALL SELECT "projectId"::text, figure, month, value FROM contacted
  ORDER BY 1, 2, 3`;

export const STORED = `
  SELECT "projectId"::text, figure, to_char(month, 'YYYY-MM') AS month, value FROM "RollupProjectMonth"
  WHERE value <> 0 ORDER BY 1, 2, 3`;
