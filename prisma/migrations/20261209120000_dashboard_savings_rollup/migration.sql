-- Rollup of the benefits saved by placements (Passiv-Aktiv-Transfer) for the dashboard page
-- "Finanzen" (/auswertungen/finanzen). lib/funding/savings-queries.ts computes the same from
-- Phase, Enrolment and FollowUp for one project; at Land level (a million participants,
-- ~2.5 M phases) that scan is far too slow for a page, so the months employed are kept per
-- project and calendar month here, inside the writing transaction, by statement-level
-- triggers like those of migration dashboard_rollups.
--
-- A placement's span, as savings-queries.ts defines it: from the first day of the
-- enrolment's first SUBSIDISED_JOB or REGULAR_JOB phase to the later of the last day of its
-- last job phase and the due day of the latest follow-up that found the person still
-- employed; with a job phase still open, it runs until today. Spans ending before they
-- start save nothing.
--
--   RollupPlacementSpan  one row per placement with a span (its end NULL while open): the
--                        state the triggers diff against, never read by a page.
--   RollupSavingsMonth   per (project, month): `thirtieths`, the days saved in the month
--                        by spans, counted as §41 Abs. 1 SGB II pays benefits (a whole
--                        calendar month 30, otherwise its days, at most 30); and
--                        `openStarted`, the open spans starting that month. An open span
--                        is booked in its first month only (it has no end to book to);
--                        a reader adds 30 for each open span started in an earlier month.
--                        Rows: projects x months, however many participants.
--
-- "Until today" is the one part that changes without a write. The page counts savings up
-- to the end of the previous month, whose figures no longer depend on the day: the
-- thirtieths of a closed span in a past month are final, and an open span fills every
-- whole month after its first.
--
-- The triggers on the base tables are named *_rollup_*, so the bulk generator
-- (prisma/seed/bulk.ts) disables them with the others; it then calls
-- teilhabe_rollup_rebuild(), which truncates RollupEnrolment, and a TRUNCATE trigger on
-- that table rebuilds these two from the base tables as well. So every repair or bulk load
-- that rebuilds the dashboard rollups rebuilds this one too, without changing that function.

-- CreateTable
CREATE TABLE "RollupPlacementSpan" (
    "enrolmentId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "RollupPlacementSpan_pkey" PRIMARY KEY ("enrolmentId")
);

-- CreateTable
CREATE TABLE "RollupSavingsMonth" (
    "projectId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "thirtieths" INTEGER NOT NULL,
    "openStarted" INTEGER NOT NULL,

    CONSTRAINT "RollupSavingsMonth_pkey" PRIMARY KEY ("projectId","month")
);

-- Thirtieths of one calendar month covered by the days from..to (both in that month).
CREATE FUNCTION teilhabe_thirtieths(from_day date, to_day date) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN from_day = teilhabe_month(from_day) AND to_day = (teilhabe_month(from_day) + interval '1 month')::date - 1
              THEN 30 ELSE LEAST(to_day - from_day + 1, 30) END
$$;

-- The spans of the given enrolments, from the base tables (a handful of index reads each:
-- Phase by (enrolmentId, startDate), FollowUp by (enrolmentId, monthsAfter)). The
-- conditions sit in FILTER clauses on purpose: as WHERE, a lone max("dueAt") becomes a
-- backward scan of FollowUp_dueAt_idx filtered by enrolment, once per enrolment, which
-- the planner picks without statistics (as inside the bulk generator's transaction).
CREATE FUNCTION teilhabe_placement_spans(ids uuid[]) RETURNS SETOF "RollupPlacementSpan"
LANGUAGE sql STABLE AS $$
  SELECT e.id, e."projectId", j.start, CASE WHEN j.open THEN NULL ELSE GREATEST(j."jobEnd", c.confirmed) END
  FROM "Enrolment" e
  CROSS JOIN LATERAL (
    SELECT min(p."startDate") FILTER (WHERE p.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')) AS start,
           bool_or(p."endDate" IS NULL) FILTER (WHERE p.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')) AS open,
           max(p."endDate") FILTER (WHERE p.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')) AS "jobEnd"
    FROM "Phase" p WHERE p."enrolmentId" = e.id
  ) j
  CROSS JOIN LATERAL (
    SELECT max(f."dueAt") FILTER (WHERE f."stillEmployed" IS TRUE) AS confirmed FROM "FollowUp" f WHERE f."enrolmentId" = e.id
  ) c
  WHERE e.id = ANY(ids) AND j.start IS NOT NULL AND (j.open OR GREATEST(j."jobEnd", c.confirmed) >= j.start)
$$;

-- What one span adds to RollupSavingsMonth: every month of a closed span; the first month
-- and one open start for an open span.
CREATE FUNCTION teilhabe_savings_months(project uuid, start_day date, end_day date)
RETURNS TABLE ("projectId" uuid, month date, thirtieths int, "openStarted" int)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT project, teilhabe_month(start_day),
         teilhabe_thirtieths(start_day, (teilhabe_month(start_day) + interval '1 month')::date - 1), 1
  WHERE end_day IS NULL
  UNION ALL
  SELECT project, m::date,
         teilhabe_thirtieths(GREATEST(start_day, m::date), LEAST(end_day, (m + interval '1 month')::date - 1)), 0
  FROM generate_series(teilhabe_month(start_day)::timestamp, teilhabe_month(end_day)::timestamp, interval '1 month') AS m
  WHERE end_day IS NOT NULL
$$;

-- Recomputes the given enrolments' spans and adds the difference to the months. Idempotent,
-- like teilhabe_rollup_refresh_enrolments: a span that did not change adds +x - x = 0.
CREATE FUNCTION teilhabe_savings_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  WITH next AS (
    SELECT * FROM teilhabe_placement_spans(ids)
  ), prev AS (
    SELECT * FROM "RollupPlacementSpan" WHERE "enrolmentId" = ANY(ids)
  ), gone AS (
    DELETE FROM "RollupPlacementSpan" r
    WHERE r."enrolmentId" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM next n WHERE n."enrolmentId" = r."enrolmentId")
  ), kept AS (
    INSERT INTO "RollupPlacementSpan" AS r SELECT * FROM next ORDER BY "enrolmentId"
    ON CONFLICT ("enrolmentId") DO UPDATE SET ("projectId", "startDate", "endDate") = (EXCLUDED."projectId", EXCLUDED."startDate", EXCLUDED."endDate")
    WHERE ROW(r.*) IS DISTINCT FROM ROW(EXCLUDED.*)
  ), delta AS (
    SELECT x.* FROM next n CROSS JOIN LATERAL teilhabe_savings_months(n."projectId", n."startDate", n."endDate") x
    UNION ALL
    SELECT x."projectId", x.month, -x.thirtieths, -x."openStarted"
    FROM prev p CROSS JOIN LATERAL teilhabe_savings_months(p."projectId", p."startDate", p."endDate") x
  )
  INSERT INTO "RollupSavingsMonth" AS t ("projectId", month, thirtieths, "openStarted")
  SELECT "projectId", month, sum(thirtieths)::int, sum("openStarted")::int FROM delta
  GROUP BY 1, 2 HAVING sum(thirtieths) <> 0 OR sum("openStarted") <> 0 ORDER BY 1, 2
  ON CONFLICT ("projectId", month) DO UPDATE
    SET thirtieths = t.thirtieths + EXCLUDED.thirtieths, "openStarted" = t."openStarted" + EXCLUDED."openStarted";
END
$$;

CREATE FUNCTION teilhabe_savings_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "RollupPlacementSpan", "RollupSavingsMonth";
  INSERT INTO "RollupPlacementSpan" SELECT * FROM teilhabe_placement_spans(ARRAY(SELECT id FROM "Enrolment"));
  INSERT INTO "RollupSavingsMonth" ("projectId", month, thirtieths, "openStarted")
  SELECT x."projectId", x.month, sum(x.thirtieths)::int, sum(x."openStarted")::int
  FROM "RollupPlacementSpan" s CROSS JOIN LATERAL teilhabe_savings_months(s."projectId", s."startDate", s."endDate") x
  GROUP BY 1, 2;
END
$$;

-- Only job phases, and of a follow-up only what extends a span, change a span.
CREATE FUNCTION teilhabe_savings_phase_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_savings_refresh(ARRAY(
      SELECT DISTINCT "enrolmentId" FROM new_rows WHERE kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_savings_refresh(ARRAY(
      SELECT DISTINCT "enrolmentId" FROM old_rows WHERE kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')));
  ELSE
    -- Unlike the other rollups, closing a job phase (its end date) moves the span's end.
    PERFORM teilhabe_savings_refresh(ARRAY(
      SELECT DISTINCT v.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n."enrolmentId"), (o."enrolmentId")) AS v(id)
      WHERE (n.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB') OR o.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB'))
        AND (n."enrolmentId", n.kind, n."startDate", n."endDate") IS DISTINCT FROM (o."enrolmentId", o.kind, o."startDate", o."endDate")));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_savings_follow_up_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_savings_refresh(ARRAY(SELECT DISTINCT "enrolmentId" FROM new_rows WHERE "stillEmployed" IS TRUE));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_savings_refresh(ARRAY(SELECT DISTINCT "enrolmentId" FROM old_rows WHERE "stillEmployed" IS TRUE));
  ELSE
    PERFORM teilhabe_savings_refresh(ARRAY(
      SELECT DISTINCT v.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n."enrolmentId"), (o."enrolmentId")) AS v(id)
      WHERE (n."stillEmployed" IS TRUE OR o."stillEmployed" IS TRUE)
        AND (n."enrolmentId", n."dueAt", n."stillEmployed") IS DISTINCT FROM (o."enrolmentId", o."dueAt", o."stillEmployed")));
  END IF;
  RETURN NULL;
END
$$;

-- A new enrolment has no phases yet; a moved or deleted one takes its span along.
CREATE FUNCTION teilhabe_savings_enrolment_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_savings_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM teilhabe_savings_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."projectId" <> o."projectId"));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_savings_truncate_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM teilhabe_savings_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER "Phase_rollup_savings_insert" AFTER INSERT ON "Phase"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_phase_trigger();
CREATE TRIGGER "Phase_rollup_savings_update" AFTER UPDATE ON "Phase"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_phase_trigger();
CREATE TRIGGER "Phase_rollup_savings_delete" AFTER DELETE ON "Phase"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_phase_trigger();

CREATE TRIGGER "FollowUp_rollup_savings_insert" AFTER INSERT ON "FollowUp"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_follow_up_trigger();
CREATE TRIGGER "FollowUp_rollup_savings_update" AFTER UPDATE ON "FollowUp"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_follow_up_trigger();
CREATE TRIGGER "FollowUp_rollup_savings_delete" AFTER DELETE ON "FollowUp"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_follow_up_trigger();

CREATE TRIGGER "Enrolment_rollup_savings_update" AFTER UPDATE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_enrolment_trigger();
CREATE TRIGGER "Enrolment_rollup_savings_delete" AFTER DELETE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_enrolment_trigger();

-- A TRUNCATE of Enrolment, Phase or FollowUp runs teilhabe_rollup_rebuild(), which
-- truncates RollupEnrolment first: rebuilt from the base tables after it, as they stand.
CREATE TRIGGER "RollupEnrolment_savings_rebuild" AFTER TRUNCATE ON "RollupEnrolment"
FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_savings_truncate_trigger();

-- Backfill: the rows written before this migration.
SELECT teilhabe_savings_rebuild();
