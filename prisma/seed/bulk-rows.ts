// The bulk generator's inserts: each reads the plan (bulk-plan.ts) and writes one of the
// app's tables in a single INSERT … SELECT (OFFSET 0 keeps a LATERAL step from being
// inlined, which would repeat its expressions at every use). Contacts come in rounds (the k-th contact of
// every enrolment per statement), so an enrolment's contacts lie spread over the table as
// if recorded over time, not side by side, and progress can be reported.
import { PLAN_TABLE } from './bulk-plan';
import { int, pick, u, uuidOf, weighted } from './bulk-sql';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** people.ts's pseudonym(serial) in SQL: the same bijection, so pseudonyms never collide. */
function pseudonymSql(serial: string): string {
  const value = `((${serial} * 42470972311 + 1540483477) & 1099511627775)`;
  const symbols = Array.from({ length: 8 }, (_, i) => `substr('${ALPHABET}', ((${value} >> ${5 * (7 - i)}) & 31)::int + 1, 1)`);
  return `'TN-' || ${symbols.join(' || ')}`;
}

/** "123D456789"-shaped, a bijection of the serial below 900 million: unique among bulk rows. */
function customerNumberSql(serial: string): string {
  const value = `((${serial} * 282475249 + 7654321) % 900000000)`;
  return `(100 + ${value} / 1000000)::text || 'D' || lpad((${value} % 1000000)::text, 6, '0')`;
}

// $1 retention years
export const INSERT_PARTICIPANTS = `INSERT INTO "Participant"
  (id, "organisationId", pseudonym, sex, "birthYear", "educationLevel", "unemployedSince", "deletionDueAt", "updatedAt")
SELECT participant_id, organisation_id, ${pseudonymSql('serial')}, sex, birth_year, education, unemployed_since,
  (exited + make_interval(years => $1::int))::date, now()
FROM ${PLAN_TABLE}`;

// $1 female first names, $2 male first names, $3 last names
export const INSERT_IDENTITIES = `INSERT INTO "ParticipantIdentity"
  ("participantId", "customerNumber", "firstName", "lastName", "birthDate", street, "postalCode", city, "updatedAt")
SELECT participant_id, ${customerNumberSql('serial')},
  CASE WHEN sex = 'FEMALE' OR (sex = 'DIVERSE' AND ${u('serial', 30)} < 0.5) THEN ${pick('$1::text[]', 'serial', 31)} ELSE ${pick('$2::text[]', 'serial', 31)} END,
  ${pick('$3::text[]', 'serial', 32)}, make_date(birth_year, 1, 1) + ${int('serial', 33, 0, 364)},
  split_part(address, '|', 1) || ' ' || ${int('serial', 34, 1, 180)}, split_part(address, '|', 2), split_part(address, '|', 3), now()
FROM ${PLAN_TABLE}`;

export const INSERT_ENROLMENTS = `INSERT INTO "Enrolment"
  (id, "participantId", "projectId", "caseworkerId", "jobCoachId", "enrolledAt", "exitedAt", "exitReason", "updatedAt")
SELECT enrolment_id, participant_id, project_id, caseworker_id, coach_id, enrolled, exited, exit_reason, now()
FROM ${PLAN_TABLE}`;

export const CREATE_POSITIONS = `CREATE TEMPORARY TABLE bulk_positions ON COMMIT DROP AS
SELECT "projectId" AS project_id, instrument = 'NONE' AS regular, array_agg(id ORDER BY id) AS ids,
  array_agg("employerId" ORDER BY id) AS employer_ids, array_agg(instrument ORDER BY id) AS instruments,
  array_agg("hoursPerWeek" ORDER BY id) AS hours, array_agg("hourlyWageCents" ORDER BY id) AS wages
FROM "Position" GROUP BY 1, 2`;

// A job at one of the project's positions (subsidised always, regular half the time) or
// on the open labour market; a running phase keeps its planned end only if it has one.
export const INSERT_PHASES = `INSERT INTO "Phase"
  (id, "enrolmentId", kind, "startDate", "endDate", "employerId", "positionId", "hoursPerWeek", "monthlyWageCents", instrument, "updatedAt")
SELECT ${uuidOf(`'teilhabe-bulk:phase:' || p.serial || ':' || j`)}, p.enrolment_id, p.kinds[j], p.enrolled + p.cum[j],
  CASE WHEN j < p.m OR NOT p.active OR p.kinds[j] IN ('SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE') THEN p.enrolled + p.cum[j + 1] - 1 END,
  CASE WHEN x.at_position THEN pos.employer_ids[x.i] END, CASE WHEN x.at_position THEN pos.ids[x.i] END,
  x.hours, CASE WHEN x.wage IS NOT NULL THEN round(x.wage * x.hours * 52 / 12)::int END,
  CASE p.kinds[j] WHEN 'WORK_OPPORTUNITY' THEN 'PARA_16D'::"SubsidyInstrument" WHEN 'REGULAR_JOB' THEN 'NONE'
    WHEN 'SUBSIDISED_JOB' THEN COALESCE(CASE WHEN x.at_position THEN pos.instruments[x.i] END, 'PARA_16E') END,
  now()
FROM ${PLAN_TABLE} p
CROSS JOIN LATERAL generate_series(1, p.m) AS j
LEFT JOIN pg_temp.bulk_positions pos ON pos.project_id = p.project_id AND p.kinds[j] IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
  AND pos.regular = (p.kinds[j] = 'REGULAR_JOB')
CROSS JOIN LATERAL (
  SELECT at_position, i,
    CASE WHEN p.kinds[j] = 'WORK_OPPORTUNITY' THEN 25 WHEN p.kinds[j] IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
      THEN COALESCE(CASE WHEN at_position THEN pos.hours[i] END, (ARRAY[30, 35, 39, 40])[${int('p.serial', 41, 1, 4)}]) END AS hours,
    CASE WHEN p.kinds[j] IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
      THEN COALESCE(CASE WHEN at_position THEN pos.wages[i] END, ${int('p.serial', 42, 1000, 1700)}) END AS wage
  FROM (SELECT pos.ids IS NOT NULL AND (p.kinds[j] = 'SUBSIDISED_JOB' OR ${u('p.serial', 43)} < 0.5) AS at_position,
          1 + floor(${u('p.serial', 44)} * COALESCE(cardinality(pos.ids), 1))::int AS i OFFSET 0) AS c
  OFFSET 0
) AS x`;

export const INSERT_EXIT_PHASES = `INSERT INTO "Phase" (id, "enrolmentId", kind, "startDate", "endDate", "updatedAt")
SELECT ${uuidOf(`'teilhabe-bulk:phase:' || serial || ':exit'`)}, enrolment_id, 'EXIT', exited, exited, now()
FROM ${PLAN_TABLE} WHERE exited IS NOT NULL`;

// The app plans both checks when an enrolment exits (enter-phase.ts); most due ones are
// done within three weeks, some are still open. $1 as of
export const INSERT_FOLLOW_UPS = `INSERT INTO "FollowUp"
  (id, "enrolmentId", "monthsAfter", "dueAt", "completedAt", "stillEmployed", "needsCovering", "updatedAt")
SELECT ${uuidOf(`'teilhabe-bulk:follow-up:' || serial || ':' || months`)}, enrolment_id, months, due,
  CASE WHEN done THEN LEAST(due + ${int('serial * 2 + months', 50, 0, 21)}, $1::date) END,
  CASE WHEN done THEN employed END, CASE WHEN done THEN employed AND ${u('serial', 51)} < 0.55 END, now()
FROM ${PLAN_TABLE}
CROSS JOIN LATERAL unnest(ARRAY[6, 12]) AS months
CROSS JOIN LATERAL (SELECT (exited + make_interval(months => months))::date AS due OFFSET 0) AS d
CROSS JOIN LATERAL (SELECT due <= $1::date AND ${u('serial * 2 + months', 52)} >= 0.08 AS done,
  ${u('serial * 2 + months', 53)} < CASE WHEN placed THEN 0.6 ELSE 0.15 END AS employed OFFSET 0) AS o
WHERE exited IS NOT NULL`;

const SERVICE_KINDS: readonly (readonly [string, number, string])[] = [
  ['DEBT_COUNSELLING', 25, 'Schuldner- und Insolvenzberatung'], ['ADDICTION_COUNSELLING', 8, 'Suchtberatungsstelle'],
  ['PSYCHOSOCIAL_COUNSELLING', 15, 'Psychosoziale Beratungsstelle'], ['CHILDCARE', 12, 'Kindertagespflege'],
  ['LANGUAGE_COURSE', 15, 'Volkshochschule'], ['DRIVING_LICENCE', 10, 'Fahrschule'], ['HEALTH', 10, 'Gesundheitsamt'],
  ['OTHER', 5, 'Beratungsstelle'],
];
const kindsArray = `ARRAY[${SERVICE_KINDS.map(([k]) => `'${k}'`).join(', ')}]::"SupportServiceKind"[]`;
const providersArray = `ARRAY[${SERVICE_KINDS.map(([, , p]) => `'${p}'`).join(', ')}]`;

// §16a services for about 30 % of enrolments, a second one for 30 % of those. $1 as of
export const INSERT_SUPPORT_SERVICES = `INSERT INTO "SupportService"
  (id, "enrolmentId", kind, status, "startDate", "endDate", provider, "updatedAt")
SELECT ${uuidOf(`'teilhabe-bulk:service:' || serial || ':' || n`)}, enrolment_id, (${kindsArray})[k], status, start,
  CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN planned_end END, (${providersArray})[k] || ' ' || city, now()
FROM ${PLAN_TABLE}
CROSS JOIN LATERAL generate_series(1, CASE WHEN ${u('serial', 61)} < 0.3 THEN 2 ELSE 1 END) AS n
CROSS JOIN LATERAL (SELECT ${weighted(SERVICE_KINDS.map(([, w], i) => [String(i + 1), w]), 'serial', 62)} AS first OFFSET 0) AS f
CROSS JOIN LATERAL (SELECT CASE WHEN n = 1 THEN first ELSE (first + ${int('serial', 63, 0, 6)}) % 8 + 1 END AS k,
  enrolled + floor(${u('serial * 2 + n', 64)} * (COALESCE(exited, $1::date) - enrolled + 1))::int AS start OFFSET 0) AS s
CROSS JOIN LATERAL (SELECT start + ${int('serial * 2 + n', 65, 60, 270)} AS planned_end OFFSET 0) AS e
CROSS JOIN LATERAL (SELECT CASE WHEN planned_end > $1::date THEN 'ACTIVE' WHEN ${u('serial * 2 + n', 66)} < 0.1 THEN 'CANCELLED'
  ELSE 'COMPLETED' END::"SupportServiceStatus" AS status OFFSET 0) AS t
WHERE ${u('serial', 60)} < 0.3`;

/** The most contacts an enrolment gets (bulk-plan.ts draws 25–45). */
export const CONTACT_ROUNDS = 45;

// The k-th contact of every enrolment with more than k; office hours 8–16 CET. $1 k, $2 notes
export const INSERT_CONTACT_ROUND = `INSERT INTO "Contact"
  (id, "enrolmentId", "byUserId", "occurredAt", kind, "durationMinutes", note, "updatedAt")
SELECT ${uuidOf(`'teilhabe-bulk:contact:' || serial || ':' || $1::int`)}, enrolment_id, caseworker_id,
  ((enrolled + floor(($1::int + ${u('serial * 64 + $1::int', 70)}) / contacts * (contact_until - enrolled + 1))::int)::timestamp
    + make_interval(mins => ${int('serial * 64 + $1::int', 71, 420, 900)})) AT TIME ZONE 'UTC',
  ${weighted([[`'IN_PERSON'`, 45], [`'PHONE'`, 30], [`'EMAIL'`, 15], [`'HOME_VISIT'`, 3], [`'AT_EMPLOYER'`, 7]], 'serial * 64 + $1::int', 72)}::"ContactKind",
  (ARRAY[10, 15, 20, 30, 30, 45, 60])[${int('serial * 64 + $1::int', 73, 1, 7)}],
  CASE WHEN ${u('serial * 64 + $1::int', 74)} >= 0.4 THEN ${pick('$2::text[]', 'serial * 64 + $1::int', 75)} END, now()
FROM ${PLAN_TABLE} WHERE contacts > $1::int`;
