-- Rollups of the dashboard page "Arbeitsplätze und Betreuung" (/auswertungen/stellen), kept
-- fresh inside the writing transaction by statement-level triggers like those of
-- migration dashboard_rollups, so the page reads tables as small as Position and the staff,
-- never Phase or Enrolment (a million participants, ~2.5 M phases).
--
--   RollupPositionFilled  per position: "filled" as lib/employers/job-figures.ts defines it,
--                         the most jobs held there at the same time. A peak is not additive,
--                         so a write recomputes the peak of the positions it touched from
--                         their phases (Phase_positionId_idx): as many rows as jobs were ever
--                         held at that position, i.e. places times turnover.
--   RollupCaseload        active enrolments (no exit) per (project, caseworker) and per
--                         (project, job coach), applied as ±1 deltas; enrolments without
--                         one are counted under the nil UUID, so the key needs no NULL and
--                         the sum over one role is all of the project's active enrolments.
--
-- The triggers on the base tables are named *_rollup_*, so the bulk generator
-- (prisma/seed/bulk.ts) disables them with the others; it then calls
-- teilhabe_rollup_rebuild(), which truncates RollupEnrolment, and a TRUNCATE trigger on that
-- table rebuilds these two from the base tables as well (as migration
-- dashboard_savings_rollup does). So every bulk load or repair that rebuilds the dashboard
-- rollups (unsafeRebuildRollups, a TRUNCATE of Enrolment or Phase) rebuilds these too.

-- CreateTable
CREATE TABLE "RollupPositionFilled" (
    "positionId" UUID NOT NULL,
    "filled" INTEGER NOT NULL,

    CONSTRAINT "RollupPositionFilled_pkey" PRIMARY KEY ("positionId")
);

-- CreateTable
CREATE TABLE "RollupCaseload" (
    "projectId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "active" INTEGER NOT NULL,

    CONSTRAINT "RollupCaseload_pkey" PRIMARY KEY ("projectId","role","personId")
);

-- The peak per position, as jobFigures() computes it: a job is a SUBSIDISED_JOB or
-- REGULAR_JOB phase at the position of an enrolment of the position's own project, from its
-- start to its end or the enrolment's exit, whichever is earlier. Ending on day d frees the
-- place on d + 1; at equal days the -1 sorts first, so a place handed on is counted once.
CREATE FUNCTION teilhabe_position_filled(ids uuid[]) RETURNS TABLE ("positionId" uuid, filled int)
LANGUAGE sql STABLE AS $$
  WITH jobs AS (
    SELECT ph."positionId", ph."startDate" AS s, LEAST(ph."endDate", e."exitedAt") AS e
    FROM "Phase" ph
    JOIN "Enrolment" e ON e.id = ph."enrolmentId"
    JOIN "Position" pos ON pos.id = ph."positionId" AND pos."projectId" = e."projectId"
    WHERE ph."positionId" = ANY(ids) AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
  ), events AS (
    SELECT "positionId", s AS at, 1 AS delta FROM jobs
    UNION ALL
    SELECT "positionId", e + 1, -1 FROM jobs WHERE e IS NOT NULL
  ), running AS (
    SELECT "positionId", SUM(delta) OVER (PARTITION BY "positionId" ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS held
    FROM events
  )
  SELECT "positionId", MAX(held)::int FROM running GROUP BY 1
$$;

-- Recomputes the given positions' peaks. The positions are locked first (in id order, so
-- concurrent writers queue instead of deadlocking); the recomputation is a new statement
-- with a new snapshot, so it sees the jobs of a writer it waited for and the last writer
-- never stores a peak that misses another's job. Positions that are gone or have no job
-- keep no row (the dashboard reads a missing row as 0).
CREATE FUNCTION teilhabe_position_filled_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  present uuid[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  present := ARRAY(SELECT id FROM "Position" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE);
  WITH next AS MATERIALIZED (
    SELECT f."positionId", f.filled FROM teilhabe_position_filled(present) f WHERE f.filled > 0
  ), gone AS (
    DELETE FROM "RollupPositionFilled" r
    WHERE r."positionId" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM next n WHERE n."positionId" = r."positionId")
  )
  INSERT INTO "RollupPositionFilled" AS r ("positionId", filled)
  SELECT "positionId", filled FROM next ORDER BY 1
  ON CONFLICT ("positionId") DO UPDATE SET filled = EXCLUDED.filled WHERE r.filled <> EXCLUDED.filled;
END
$$;

CREATE FUNCTION teilhabe_position_filled_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "RollupPositionFilled";
  INSERT INTO "RollupPositionFilled" ("positionId", filled)
  SELECT f."positionId", f.filled FROM teilhabe_position_filled(ARRAY(SELECT id FROM "Position")) f WHERE f.filled > 0;
END
$$;

-- Adds ±1 per enrolment that is active (not exited) before or after a write, once under its
-- caseworker and once under its job coach.
CREATE FUNCTION teilhabe_caseload_apply(project_ids uuid[], caseworker_ids uuid[], coach_ids uuid[], deltas int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF project_ids IS NULL OR cardinality(project_ids) = 0 THEN
    RETURN;
  END IF;
  WITH u AS (
    SELECT * FROM unnest(project_ids, caseworker_ids, coach_ids, deltas) AS u(p, cw, jc, d)
  ), delta AS (
    SELECT p AS "projectId", 'caseworker' AS role, COALESCE(cw, '00000000-0000-0000-0000-000000000000'::uuid) AS "personId", d FROM u
    UNION ALL
    SELECT p, 'jobCoach', COALESCE(jc, '00000000-0000-0000-0000-000000000000'::uuid), d FROM u
  )
  INSERT INTO "RollupCaseload" AS c ("projectId", role, "personId", active)
  SELECT "projectId", role, "personId", sum(d)::int FROM delta
  GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("projectId", role, "personId") DO UPDATE SET active = c.active + EXCLUDED.active;

  DELETE FROM "RollupCaseload" c USING unnest(project_ids, caseworker_ids, coach_ids) AS u(p, cw, jc)
  WHERE c."projectId" = u.p AND c.active = 0
    AND ((c.role = 'caseworker' AND c."personId" = COALESCE(u.cw, '00000000-0000-0000-0000-000000000000'::uuid))
      OR (c.role = 'jobCoach' AND c."personId" = COALESCE(u.jc, '00000000-0000-0000-0000-000000000000'::uuid)));
END
$$;

CREATE FUNCTION teilhabe_caseload_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "RollupCaseload";
  INSERT INTO "RollupCaseload" ("projectId", role, "personId", active)
  SELECT "projectId", role, "personId", count(*)::int FROM (
    SELECT "projectId", 'caseworker' AS role, COALESCE("caseworkerId", '00000000-0000-0000-0000-000000000000'::uuid) AS "personId"
    FROM "Enrolment" WHERE "exitedAt" IS NULL
    UNION ALL
    SELECT "projectId", 'jobCoach', COALESCE("jobCoachId", '00000000-0000-0000-0000-000000000000'::uuid)
    FROM "Enrolment" WHERE "exitedAt" IS NULL
  ) s
  GROUP BY 1, 2, 3;
END
$$;

-- The triggers. Which transition tables exist depends on the event.
CREATE FUNCTION teilhabe_caseload_enrolment_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  p uuid[];
  cw uuid[];
  jc uuid[];
  d int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("projectId"), array_agg("caseworkerId"), array_agg("jobCoachId"), array_agg(1)
    INTO p, cw, jc, d FROM new_rows WHERE "exitedAt" IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("projectId"), array_agg("caseworkerId"), array_agg("jobCoachId"), array_agg(-1)
    INTO p, cw, jc, d FROM old_rows WHERE "exitedAt" IS NULL;
  ELSE
    -- Most updates only claim the version (optimistic concurrency): nothing to do.
    SELECT array_agg(x.p), array_agg(x.cw), array_agg(x.jc), array_agg(x.d) INTO p, cw, jc, d FROM (
      SELECT o."projectId" AS p, o."caseworkerId" AS cw, o."jobCoachId" AS jc, -1 AS d
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o."exitedAt" IS NULL
        AND (n."projectId", n."caseworkerId", n."jobCoachId", n."exitedAt" IS NULL)
            IS DISTINCT FROM (o."projectId", o."caseworkerId", o."jobCoachId", true)
      UNION ALL
      SELECT n."projectId", n."caseworkerId", n."jobCoachId", 1
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."exitedAt" IS NULL
        AND (o."projectId", o."caseworkerId", o."jobCoachId", o."exitedAt" IS NULL)
            IS DISTINCT FROM (n."projectId", n."caseworkerId", n."jobCoachId", true)
    ) x;
  END IF;
  PERFORM teilhabe_caseload_apply(p, cw, jc, d);
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_filled_phase_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_position_filled_refresh(ARRAY(
      SELECT DISTINCT "positionId" FROM new_rows WHERE "positionId" IS NOT NULL AND kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_position_filled_refresh(ARRAY(
      SELECT DISTINCT "positionId" FROM old_rows WHERE "positionId" IS NOT NULL AND kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')));
  ELSE
    -- Also the ON DELETE SET NULL of a deleted position arrives here.
    PERFORM teilhabe_position_filled_refresh(ARRAY(
      SELECT DISTINCT v.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n."positionId"), (o."positionId")) AS v(id)
      WHERE v.id IS NOT NULL
        AND (n."positionId", n."enrolmentId", n.kind, n."startDate", n."endDate")
            IS DISTINCT FROM (o."positionId", o."enrolmentId", o.kind, o."startDate", o."endDate")));
  END IF;
  RETURN NULL;
END
$$;

-- An exit ends the enrolment's jobs; a move to another project takes them off positions of
-- the old one. A deleted enrolment's phases go by their own cascade trigger.
CREATE FUNCTION teilhabe_filled_enrolment_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM teilhabe_position_filled_refresh(ARRAY(
    SELECT DISTINCT ph."positionId" FROM "Phase" ph
    WHERE ph."positionId" IS NOT NULL AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
      AND ph."enrolmentId" = ANY(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n."projectId", n."exitedAt") IS DISTINCT FROM (o."projectId", o."exitedAt")))));
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_filled_position_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "RollupPositionFilled" WHERE "positionId" IN (SELECT id FROM old_rows);
  ELSE
    PERFORM teilhabe_position_filled_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."projectId" <> o."projectId"));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_positions_caseload_rebuild_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM teilhabe_position_filled_rebuild();
  PERFORM teilhabe_caseload_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_rollup_caseload_insert" AFTER INSERT ON "Enrolment"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_caseload_enrolment_trigger();
CREATE TRIGGER "Enrolment_rollup_caseload_update" AFTER UPDATE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_caseload_enrolment_trigger();
CREATE TRIGGER "Enrolment_rollup_caseload_delete" AFTER DELETE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_caseload_enrolment_trigger();

CREATE TRIGGER "Enrolment_rollup_filled_update" AFTER UPDATE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_enrolment_trigger();

CREATE TRIGGER "Phase_rollup_filled_insert" AFTER INSERT ON "Phase"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_phase_trigger();
CREATE TRIGGER "Phase_rollup_filled_update" AFTER UPDATE ON "Phase"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_phase_trigger();
CREATE TRIGGER "Phase_rollup_filled_delete" AFTER DELETE ON "Phase"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_phase_trigger();

CREATE TRIGGER "Position_rollup_filled_update" AFTER UPDATE ON "Position"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_position_trigger();
CREATE TRIGGER "Position_rollup_filled_delete" AFTER DELETE ON "Position"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_filled_position_trigger();

-- A TRUNCATE of Enrolment or Phase (Position only with CASCADE to Phase) runs
-- teilhabe_rollup_rebuild(), which truncates RollupEnrolment first: rebuilt from the base
-- tables after it, as they stand.
CREATE TRIGGER "RollupEnrolment_positions_caseload_rebuild" AFTER TRUNCATE ON "RollupEnrolment"
FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_positions_caseload_rebuild_trigger();

-- Backfill: the rows written before this migration.
SELECT teilhabe_position_filled_rebuild();
SELECT teilhabe_caseload_rebuild();
