-- Dashboard rollups (issue 6): figures per project and month, kept fresh inside the
-- transaction of every write to Enrolment, Phase, FollowUp and Contact, whoever writes
-- (the app, the import, the seed, scripts). Statement-level triggers read the changed
-- rows from transition tables and apply deltas set-based (INSERT … ON CONFLICT DO
-- UPDATE, keys in sorted order so concurrent writers lock rows in the same order), so a
-- bulk insert of thousands of contacts costs one grouped upsert, not a trigger per row.
--
-- Two levels:
--   RollupEnrolment    one row per enrolment, recomputed from its Enrolment row, phases
--                      and follow-ups whenever one of them changes (a handful of index
--                      reads); its difference to the stored row becomes ±1 per figure.
--   RollupContactMonth contacts per enrolment and month, so the number of contacted
--                      enrolments per month stays exact under deletes and moves.
--   RollupProjectMonth (projectId, figure, month) → value; the dashboards read only this.
-- The tables carry no foreign keys: when an enrolment is deleted, the cascade deletes
-- its contacts after the enrolment row is gone, and their trigger still finds the
-- project in RollupContactMonth.

-- CreateTable
CREATE TABLE "RollupEnrolment" (
    "enrolmentId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "enrolledAt" DATE NOT NULL,
    "exitedAt" DATE,
    "exitReason" "ExitReason",
    "firstProfiling" DATE,
    "firstWorkOpportunity" DATE,
    "firstQualification" DATE,
    "firstSubsidisedJob" DATE,
    "firstRegularJob" DATE,
    "firstAftercare" DATE,
    "firstExit" DATE,
    "followUp6DueAt" DATE,
    "followUp6Completed" BOOLEAN NOT NULL DEFAULT false,
    "followUp6Employed" BOOLEAN NOT NULL DEFAULT false,
    "followUp6NeedsCovering" BOOLEAN NOT NULL DEFAULT false,
    "followUp12DueAt" DATE,
    "followUp12Completed" BOOLEAN NOT NULL DEFAULT false,
    "followUp12Employed" BOOLEAN NOT NULL DEFAULT false,
    "followUp12NeedsCovering" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RollupEnrolment_pkey" PRIMARY KEY ("enrolmentId")
);

-- CreateTable
CREATE TABLE "RollupContactMonth" (
    "enrolmentId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "projectId" UUID NOT NULL,
    "contacts" INTEGER NOT NULL,

    CONSTRAINT "RollupContactMonth_pkey" PRIMARY KEY ("enrolmentId","month")
);

-- CreateTable
CREATE TABLE "RollupProjectMonth" (
    "projectId" UUID NOT NULL,
    "figure" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "RollupProjectMonth_pkey" PRIMARY KEY ("projectId","figure","month")
);


-- The calendar month of a day, and of a contact's instant in German time.
CREATE FUNCTION teilhabe_month(day date) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT date_trunc('month', day::timestamp)::date
$$;

CREATE FUNCTION teilhabe_contact_month(at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Europe/Berlin')::date
$$;

-- What the rollups know of the given enrolments, from the base tables. A placement is the
-- first SUBSIDISED_JOB or REGULAR_JOB phase (the start of insured employment, DOMAIN.md);
-- a follow-up counts as employed / needs-covering only once it is completed.
CREATE FUNCTION teilhabe_rollup_enrolment_rows(ids uuid[]) RETURNS SETOF "RollupEnrolment"
LANGUAGE sql STABLE AS $$
  SELECT e.id, e."projectId", e."enrolledAt", e."exitedAt", e."exitReason",
         ph.profiling, ph.work_opportunity, ph.qualification, ph.subsidised_job, ph.regular_job, ph.aftercare, ph.exit,
         f6."dueAt", f6."completedAt" IS NOT NULL,
         COALESCE(f6."completedAt" IS NOT NULL AND f6."stillEmployed", false),
         COALESCE(f6."completedAt" IS NOT NULL AND f6."needsCovering", false),
         f12."dueAt", f12."completedAt" IS NOT NULL,
         COALESCE(f12."completedAt" IS NOT NULL AND f12."stillEmployed", false),
         COALESCE(f12."completedAt" IS NOT NULL AND f12."needsCovering", false)
  FROM "Enrolment" e
  LEFT JOIN LATERAL (
    SELECT min(p."startDate") FILTER (WHERE p.kind = 'PROFILING') AS profiling,
           min(p."startDate") FILTER (WHERE p.kind = 'WORK_OPPORTUNITY') AS work_opportunity,
           min(p."startDate") FILTER (WHERE p.kind = 'QUALIFICATION') AS qualification,
           min(p."startDate") FILTER (WHERE p.kind = 'SUBSIDISED_JOB') AS subsidised_job,
           min(p."startDate") FILTER (WHERE p.kind = 'REGULAR_JOB') AS regular_job,
           min(p."startDate") FILTER (WHERE p.kind = 'AFTERCARE') AS aftercare,
           min(p."startDate") FILTER (WHERE p.kind = 'EXIT') AS exit
    FROM "Phase" p WHERE p."enrolmentId" = e.id
  ) ph ON true
  LEFT JOIN "FollowUp" f6 ON f6."enrolmentId" = e.id AND f6."monthsAfter" = 6
  LEFT JOIN "FollowUp" f12 ON f12."enrolmentId" = e.id AND f12."monthsAfter" = 12
  WHERE e.id = ANY(ids)
$$;

-- The figures one enrolment contributes, each in the month of its date. The names are
-- listed in FIGURES (lib/dashboard/rollups.ts).
CREATE FUNCTION teilhabe_rollup_events(r "RollupEnrolment")
RETURNS TABLE ("projectId" uuid, figure text, month date)
LANGUAGE sql STABLE AS $$
  SELECT r."projectId", v.figure, teilhabe_month(v.day)
  FROM (VALUES
    ('enrolled', r."enrolledAt"),
    ('exited', r."exitedAt"),
    ('exited.' || COALESCE(r."exitReason"::text, 'NONE'), r."exitedAt"),
    ('entered.PROFILING', r."firstProfiling"),
    ('entered.WORK_OPPORTUNITY', r."firstWorkOpportunity"),
    ('entered.QUALIFICATION', r."firstQualification"),
    ('entered.SUBSIDISED_JOB', r."firstSubsidisedJob"),
    ('entered.REGULAR_JOB', r."firstRegularJob"),
    ('entered.AFTERCARE', r."firstAftercare"),
    ('entered.EXIT', r."firstExit"),
    ('placed', LEAST(r."firstSubsidisedJob", r."firstRegularJob")),
    ('followUp6.due', r."followUp6DueAt"),
    ('followUp6.completed', CASE WHEN r."followUp6Completed" THEN r."followUp6DueAt" END),
    ('followUp6.employed', CASE WHEN r."followUp6Employed" THEN r."followUp6DueAt" END),
    ('followUp6.needsCovering', CASE WHEN r."followUp6NeedsCovering" THEN r."followUp6DueAt" END),
    ('followUp12.due', r."followUp12DueAt"),
    ('followUp12.completed', CASE WHEN r."followUp12Completed" THEN r."followUp12DueAt" END),
    ('followUp12.employed', CASE WHEN r."followUp12Employed" THEN r."followUp12DueAt" END),
    ('followUp12.needsCovering', CASE WHEN r."followUp12NeedsCovering" THEN r."followUp12DueAt" END)
  ) AS v(figure, day)
  WHERE v.day IS NOT NULL
$$;

-- Recomputes the given enrolments' rows and adds the difference to the project figures.
-- Idempotent: whichever trigger of a cascade runs first does the work, the rest find
-- nothing changed.
CREATE FUNCTION teilhabe_rollup_refresh_enrolments(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  WITH next AS (
    SELECT * FROM teilhabe_rollup_enrolment_rows(ids)
  ), prev AS (
    SELECT * FROM "RollupEnrolment" WHERE "enrolmentId" = ANY(ids)
  ), gone AS (
    DELETE FROM "RollupEnrolment" r
    WHERE r."enrolmentId" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM next n WHERE n."enrolmentId" = r."enrolmentId")
  ), kept AS (
    INSERT INTO "RollupEnrolment" AS r SELECT * FROM next ORDER BY "enrolmentId"
    ON CONFLICT ("enrolmentId") DO UPDATE SET
      ("projectId", "enrolledAt", "exitedAt", "exitReason", "firstProfiling", "firstWorkOpportunity",
       "firstQualification", "firstSubsidisedJob", "firstRegularJob", "firstAftercare", "firstExit",
       "followUp6DueAt", "followUp6Completed", "followUp6Employed", "followUp6NeedsCovering",
       "followUp12DueAt", "followUp12Completed", "followUp12Employed", "followUp12NeedsCovering")
      = (EXCLUDED."projectId", EXCLUDED."enrolledAt", EXCLUDED."exitedAt", EXCLUDED."exitReason", EXCLUDED."firstProfiling",
         EXCLUDED."firstWorkOpportunity", EXCLUDED."firstQualification", EXCLUDED."firstSubsidisedJob",
         EXCLUDED."firstRegularJob", EXCLUDED."firstAftercare", EXCLUDED."firstExit",
         EXCLUDED."followUp6DueAt", EXCLUDED."followUp6Completed", EXCLUDED."followUp6Employed", EXCLUDED."followUp6NeedsCovering",
         EXCLUDED."followUp12DueAt", EXCLUDED."followUp12Completed", EXCLUDED."followUp12Employed", EXCLUDED."followUp12NeedsCovering")
    WHERE ROW(r.*) IS DISTINCT FROM ROW(EXCLUDED.*)
  ), delta AS (
    SELECT x."projectId", x.figure, x.month, 1 AS value
    FROM next n CROSS JOIN LATERAL teilhabe_rollup_events(ROW(n.*)::"RollupEnrolment") x
    UNION ALL
    SELECT x."projectId", x.figure, x.month, -1
    FROM prev p CROSS JOIN LATERAL teilhabe_rollup_events(ROW(p.*)::"RollupEnrolment") x
  )
  INSERT INTO "RollupProjectMonth" AS t ("projectId", figure, month, value)
  SELECT "projectId", figure, month, sum(value)::int FROM delta
  GROUP BY 1, 2, 3 HAVING sum(value) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("projectId", figure, month) DO UPDATE SET value = t.value + EXCLUDED.value;
END
$$;

-- Adds contact deltas per (enrolment, month): the count, and ±1 contacted enrolment when
-- an enrolment's month goes from none to some contacts or back.
CREATE FUNCTION teilhabe_rollup_apply_contacts(enrolment_ids uuid[], months date[], deltas int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF enrolment_ids IS NULL OR cardinality(enrolment_ids) = 0 THEN
    RETURN;
  END IF;
  WITH d AS (
    SELECT u.e AS "enrolmentId", u.m AS month, sum(u.d)::int AS delta
    FROM unnest(enrolment_ids, months, deltas) AS u(e, m, d)
    GROUP BY 1, 2 HAVING sum(u.d) <> 0
  ), up AS (
    INSERT INTO "RollupContactMonth" AS c ("enrolmentId", month, "projectId", contacts)
    SELECT d."enrolmentId", d.month, COALESCE(prev."projectId", e."projectId"), d.delta
    FROM d
    LEFT JOIN "RollupContactMonth" prev ON prev."enrolmentId" = d."enrolmentId" AND prev.month = d.month
    LEFT JOIN "Enrolment" e ON e.id = d."enrolmentId"
    ORDER BY 1, 2
    ON CONFLICT ("enrolmentId", month) DO UPDATE SET contacts = c.contacts + EXCLUDED.contacts
    RETURNING c."enrolmentId", c.month, c."projectId", c.contacts
  ), delta AS (
    SELECT up."projectId", 'contacts' AS figure, up.month, d.delta AS value
    FROM up JOIN d ON d."enrolmentId" = up."enrolmentId" AND d.month = up.month
    UNION ALL
    SELECT up."projectId", 'contacted', up.month, (up.contacts > 0)::int - (up.contacts - d.delta > 0)::int
    FROM up JOIN d ON d."enrolmentId" = up."enrolmentId" AND d.month = up.month
  )
  INSERT INTO "RollupProjectMonth" AS t ("projectId", figure, month, value)
  SELECT "projectId", figure, month, sum(value)::int FROM delta
  GROUP BY 1, 2, 3 HAVING sum(value) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("projectId", figure, month) DO UPDATE SET value = t.value + EXCLUDED.value;

  DELETE FROM "RollupContactMonth" c USING unnest(enrolment_ids, months) AS u(e, m)
  WHERE c."enrolmentId" = u.e AND c.month = u.m AND c.contacts = 0;
END
$$;

-- An enrolment moved to another project takes its contacts along.
CREATE FUNCTION teilhabe_rollup_move_contacts(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  WITH prev AS (
    SELECT * FROM "RollupContactMonth" WHERE "enrolmentId" = ANY(ids)
  ), moved AS (
    UPDATE "RollupContactMonth" c SET "projectId" = e."projectId"
    FROM "Enrolment" e
    WHERE e.id = c."enrolmentId" AND c."enrolmentId" = ANY(ids) AND c."projectId" <> e."projectId"
    RETURNING c."enrolmentId", c.month, c."projectId"
  ), delta AS (
    SELECT m."projectId", 'contacts' AS figure, m.month, p.contacts AS value FROM moved m JOIN prev p USING ("enrolmentId", month)
    UNION ALL
    SELECT m."projectId", 'contacted', m.month, 1 FROM moved m JOIN prev p USING ("enrolmentId", month) WHERE p.contacts > 0
    UNION ALL
    SELECT p."projectId", 'contacts', p.month, -p.contacts FROM moved m JOIN prev p USING ("enrolmentId", month)
    UNION ALL
    SELECT p."projectId", 'contacted', p.month, -1 FROM moved m JOIN prev p USING ("enrolmentId", month) WHERE p.contacts > 0
  )
  INSERT INTO "RollupProjectMonth" AS t ("projectId", figure, month, value)
  SELECT "projectId", figure, month, sum(value)::int FROM delta
  GROUP BY 1, 2, 3 HAVING sum(value) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("projectId", figure, month) DO UPDATE SET value = t.value + EXCLUDED.value;
END
$$;

-- Everything from the base tables again: the backfill below, unsafeRebuildRollups for
-- repair, and after a TRUNCATE (whose triggers see no rows).
CREATE FUNCTION teilhabe_rollup_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "RollupEnrolment", "RollupContactMonth", "RollupProjectMonth";
  INSERT INTO "RollupEnrolment" SELECT * FROM teilhabe_rollup_enrolment_rows(ARRAY(SELECT id FROM "Enrolment"));
  INSERT INTO "RollupContactMonth" ("enrolmentId", month, "projectId", contacts)
  SELECT c."enrolmentId", teilhabe_contact_month(c."occurredAt"), e."projectId", count(*)::int
  FROM "Contact" c JOIN "Enrolment" e ON e.id = c."enrolmentId"
  GROUP BY 1, 2, 3;
  INSERT INTO "RollupProjectMonth" ("projectId", figure, month, value)
  SELECT "projectId", figure, month, sum(value)::int FROM (
    SELECT x."projectId", x.figure, x.month, 1 AS value FROM "RollupEnrolment" r CROSS JOIN LATERAL teilhabe_rollup_events(r) x
    UNION ALL SELECT "projectId", 'contacts', month, contacts FROM "RollupContactMonth"
    UNION ALL SELECT "projectId", 'contacted', month, 1 FROM "RollupContactMonth"
  ) s
  GROUP BY 1, 2, 3;
END
$$;

-- The triggers. One function per table; which transition tables exist depends on the event.
CREATE FUNCTION teilhabe_rollup_enrolment_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    -- Contacts go by their own cascade trigger (RollupContactMonth keeps the project).
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Most updates only claim the version (optimistic concurrency): nothing to do.
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."projectId", n."enrolledAt", n."exitedAt", n."exitReason")
            IS DISTINCT FROM (o."projectId", o."enrolledAt", o."exitedAt", o."exitReason")));
    PERFORM teilhabe_rollup_move_contacts(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."projectId" <> o."projectId"));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_rollup_phase_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT DISTINCT "enrolmentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT DISTINCT "enrolmentId" FROM old_rows));
  ELSE
    -- Closing a phase (its end date) changes no figure.
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(
      SELECT DISTINCT v.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n."enrolmentId"), (o."enrolmentId")) AS v(id)
      WHERE (n."enrolmentId", n.kind, n."startDate") IS DISTINCT FROM (o."enrolmentId", o.kind, o."startDate")));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_rollup_follow_up_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT DISTINCT "enrolmentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(SELECT DISTINCT "enrolmentId" FROM old_rows));
  ELSE
    PERFORM teilhabe_rollup_refresh_enrolments(ARRAY(
      SELECT DISTINCT v.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n."enrolmentId"), (o."enrolmentId")) AS v(id)
      WHERE (n."enrolmentId", n."monthsAfter", n."dueAt", n."completedAt", n."stillEmployed", n."needsCovering")
            IS DISTINCT FROM (o."enrolmentId", o."monthsAfter", o."dueAt", o."completedAt", o."stillEmployed", o."needsCovering")));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_rollup_contact_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  enrolment_ids uuid[];
  months date[];
  deltas int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(e), array_agg(m), array_agg(n) INTO enrolment_ids, months, deltas FROM (
      SELECT "enrolmentId" AS e, teilhabe_contact_month("occurredAt") AS m, count(*)::int AS n FROM new_rows GROUP BY 1, 2
    ) s;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(e), array_agg(m), array_agg(n) INTO enrolment_ids, months, deltas FROM (
      SELECT "enrolmentId" AS e, teilhabe_contact_month("occurredAt") AS m, -count(*)::int AS n FROM old_rows GROUP BY 1, 2
    ) s;
  ELSE
    SELECT array_agg(e), array_agg(m), array_agg(n) INTO enrolment_ids, months, deltas FROM (
      SELECT e, m, sum(n)::int AS n FROM (
        SELECT "enrolmentId" AS e, teilhabe_contact_month("occurredAt") AS m, 1 AS n FROM new_rows
        UNION ALL
        SELECT "enrolmentId", teilhabe_contact_month("occurredAt"), -1 FROM old_rows
      ) u GROUP BY 1, 2 HAVING sum(n) <> 0
    ) s;
  END IF;
  PERFORM teilhabe_rollup_apply_contacts(enrolment_ids, months, deltas);
  RETURN NULL;
END
$$;

CREATE FUNCTION teilhabe_rollup_truncate_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM teilhabe_rollup_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_rollup_insert" AFTER INSERT ON "Enrolment"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_enrolment_trigger();
CREATE TRIGGER "Enrolment_rollup_update" AFTER UPDATE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_enrolment_trigger();
CREATE TRIGGER "Enrolment_rollup_delete" AFTER DELETE ON "Enrolment"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_enrolment_trigger();

CREATE TRIGGER "Phase_rollup_insert" AFTER INSERT ON "Phase"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_phase_trigger();
CREATE TRIGGER "Phase_rollup_update" AFTER UPDATE ON "Phase"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_phase_trigger();
CREATE TRIGGER "Phase_rollup_delete" AFTER DELETE ON "Phase"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_phase_trigger();

CREATE TRIGGER "FollowUp_rollup_insert" AFTER INSERT ON "FollowUp"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_follow_up_trigger();
CREATE TRIGGER "FollowUp_rollup_update" AFTER UPDATE ON "FollowUp"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_follow_up_trigger();
CREATE TRIGGER "FollowUp_rollup_delete" AFTER DELETE ON "FollowUp"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_follow_up_trigger();

CREATE TRIGGER "Contact_rollup_insert" AFTER INSERT ON "Contact"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_contact_trigger();
CREATE TRIGGER "Contact_rollup_update" AFTER UPDATE ON "Contact"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_contact_trigger();
CREATE TRIGGER "Contact_rollup_delete" AFTER DELETE ON "Contact"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_contact_trigger();

CREATE TRIGGER "Enrolment_rollup_truncate" AFTER TRUNCATE ON "Enrolment" FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_truncate_trigger();
CREATE TRIGGER "Phase_rollup_truncate" AFTER TRUNCATE ON "Phase" FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_truncate_trigger();
CREATE TRIGGER "FollowUp_rollup_truncate" AFTER TRUNCATE ON "FollowUp" FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_truncate_trigger();
CREATE TRIGGER "Contact_rollup_truncate" AFTER TRUNCATE ON "Contact" FOR EACH STATEMENT EXECUTE FUNCTION teilhabe_rollup_truncate_trigger();

-- Backfill: the rows written before this migration.
SELECT teilhabe_rollup_rebuild();
