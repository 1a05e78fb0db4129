// The bulk generator's plan: one row per participant in a temporary table, holding every
// decision (project, caseworker, path, dates, profile) so the inserts into the app's
// tables (bulk-rows.ts) only read it. Dates are placed relative to the reference day
// `asOf`: about a third of the enrolments are still running, in all phases.
import type pg from 'pg';
import { BULK_PROFILES, MAX_PATH, PHASE_DAYS, type BulkProjectKey } from './bulk-profiles';
import { int, pick, u, uuidOf, weighted } from './bulk-sql';

export const PLAN_TABLE = 'pg_temp.bulk_plan';

export const CREATE_PLAN = `CREATE TEMPORARY TABLE bulk_plan (
  serial bigint NOT NULL, participant_id uuid NOT NULL, enrolment_id uuid NOT NULL, project_id uuid NOT NULL,
  organisation_id uuid NOT NULL, caseworker_id uuid, coach_id uuid, kinds "PhaseKind"[] NOT NULL, m int NOT NULL,
  cum int[] NOT NULL, active boolean NOT NULL, enrolled date NOT NULL, exited date, exit_reason "ExitReason",
  placed boolean NOT NULL, contacts int NOT NULL, contact_until date NOT NULL, city text NOT NULL, address text NOT NULL,
  sex "Sex" NOT NULL, birth_year int NOT NULL, education "EducationLevel" NOT NULL, unemployed_since date NOT NULL
) ON COMMIT DROP`;

export interface PlanInput {
  key: BulkProjectKey;
  serialFrom: number;
  count: number;
  projectId: string;
  organisationId: string;
  city: string;
  caseworkerIds: readonly string[];
  coachIds: readonly string[];
  /** "street|postal code|town" */
  addresses: readonly string[];
  asOf: Date;
  activeShare: number;
}

/** Share of the exited who walked their whole path; the rest left early. */
const COMPLETED_PATH = 0.55;
/** Caseloads are uneven: the i-th caseworker's share falls with i (power 1.15: the largest about 2.5× the median). */
const CASELOAD_SKEW = 1.15;
const JOB_KINDS = `ARRAY['SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE']::"PhaseKind"[]`;

function duration(kind: string, serial: string, salt: number): string {
  const cases = Object.entries(PHASE_DAYS).map(([k, [min, max]]) => `WHEN '${k}' THEN ${int(serial, salt, min, max)}`);
  return `(CASE ${kind} ${cases.join(' ')} END)`;
}

function pathsSql(key: BulkProjectKey): string {
  return `(${weighted(BULK_PROFILES[key].paths.map(([path, w]) => [`ARRAY[${path.map((k) => `'${k}'`).join(', ')}]::"PhaseKind"[]`, w]), 'g', 1)})`;
}

/** Sum of three uniforms, scaled: roughly normal, as Rng.around() does. */
function around(serial: string, salt: number, mean: number, spread: number, min: number, max: number): string {
  const z = `((${u(serial, salt)} + ${u(serial, salt + 1)} + ${u(serial, salt + 2)} - 1.5) / 0.5)`;
  return `LEAST(${max}, GREATEST(${min}, round(${mean} + ${z} * ${spread})::int))`;
}

export function planSql(key: BulkProjectKey): string {
  const profile = BULK_PROFILES[key];
  const ds = Array.from({ length: MAX_PATH }, (_, i) => `COALESCE(${duration(`kinds[${i + 1}]`, 'g', 10 + i)}, 0) AS d${i + 1}`);
  const cum = Array.from({ length: MAX_PATH + 1 }, (_, i) => (i === 0 ? '0' : Array.from({ length: i }, (_, j) => `d${j + 1}`).join(' + ')));
  const len = 'cardinality(kinds)';
    // OFFSET 0 keeps each step a subquery of its own: inlined, every use of a column would
  // repeat its whole expression (kinds → durations → dates), thousands of hashes a row.
  // $1 serial from, $2 count, $3 project, $4 organisation, $5 caseworkers, $6 coaches, $7 addresses, $8 as of, $9 active share, $10 city
  return `INSERT INTO ${PLAN_TABLE}
WITH drawn AS (
  SELECT g, ${pathsSql(key)} AS kinds, ${u('g', 2)} < $9::float8 AS active, ${u('g', 3)} AS r_m
  FROM generate_series($1::bigint, $1::bigint + $2::int - 1) AS g OFFSET 0
), walked AS (
  SELECT drawn.*, CASE WHEN active THEN 1 + floor(r_m * ${len})::int
    WHEN r_m < ${COMPLETED_PATH} THEN ${len}
    ELSE 1 + floor((r_m - ${COMPLETED_PATH}) / ${1 - COMPLETED_PATH} * (${len} - 1))::int END AS m,
    ${ds.join(', ')}
  FROM drawn OFFSET 0
), timed AS (
  SELECT walked.*, ARRAY[${cum.join(', ')}] AS cum, ARRAY[${ds.map((_, i) => `d${i + 1}`).join(', ')}] AS ds FROM walked OFFSET 0
), dated AS (
  SELECT timed.*, CASE WHEN active
      -- running: somewhere inside the m-th phase today
      THEN $8::date - floor(${u('g', 4)} * ds[m])::int - cum[m]
      -- ended: exit on a day of the last four years
      ELSE $8::date - 1 - floor(${u('g', 5)} * 1460)::int - cum[m + 1] + 1 END AS enrolled,
    kinds[1:m] && ${JOB_KINDS} AS placed
  FROM timed OFFSET 0
), closed AS (
  SELECT dated.*, CASE WHEN NOT active THEN enrolled + cum[m + 1] - 1 END AS exited,
    -- most running cases were seen last week; a quarter not for a month or more
    CASE WHEN active THEN GREATEST(enrolled, $8::date - CASE WHEN ${u('g', 6)} < 0.75 THEN ${int('g', 7, 0, 6)} ELSE ${int('g', 7, 30, 120)} END)
      ELSE enrolled + cum[m + 1] - 1 END AS contact_until
  FROM dated OFFSET 0
)
SELECT g, ${uuidOf(`'teilhabe-bulk:participant:' || g`)}, ${uuidOf(`'teilhabe-bulk:enrolment:' || g`)}, $3::uuid, $4::uuid,
  ($5::uuid[])[1 + floor(cardinality($5::uuid[]) * power(${u('g', 8)}, ${CASELOAD_SKEW}))::int],
  CASE WHEN placed AND cardinality($6::uuid[]) > 0 THEN ${pick('$6::uuid[]', 'g', 9)} END,
  kinds, m, cum, active, enrolled, exited,
  CASE WHEN active THEN NULL
    WHEN placed THEN ${weighted([[`'REGULAR_JOB'`, 50], [`'COMPLETED'`, 30], [`'OTHER'`, 20]], 'g', 20)}::"ExitReason"
    ELSE ${weighted([[`'COMPLETED'`, 45], [`'DROPPED_OUT'`, 25], [`'ILLNESS'`, 15], [`'MOVED'`, 10], [`'OTHER'`, 5]], 'g', 20)}::"ExitReason" END,
  placed,
  -- about 30 contacts, at most one every three days of the enrolment
  LEAST(${int('g', 21, 25, 45)}, GREATEST(1, (contact_until - enrolled + 1) / 3)), contact_until,
  $10::text, ${pick('$7::text[]', 'g', 22)},
  ${weighted([[`'MALE'`, 57], [`'FEMALE'`, 42], [`'DIVERSE'`, 1]], 'g', 23)}::"Sex",
  extract(year FROM enrolled)::int - ${around('g', 24, profile.age[0], profile.age[1], 20, 63)},
  ${weighted(profile.education.map(([level, w]) => [`'${level}'`, w]), 'g', 27)}::"EducationLevel",
  (enrolled - make_interval(months => ${int('g', 28, profile.unemployedMonths[0], profile.unemployedMonths[1])}))::date
FROM closed`;
}

export async function insertPlan(client: pg.ClientBase, input: PlanInput): Promise<void> {
  if (input.caseworkerIds.length === 0) throw new Error(`${input.key}: keine Fallmanager:innen`);
  await client.query(planSql(input.key), [
    input.serialFrom, input.count, input.projectId, input.organisationId, input.caseworkerIds, input.coachIds,
    input.addresses, input.asOf.toISOString().slice(0, 10), input.activeShare, input.city,
  ]);
}
