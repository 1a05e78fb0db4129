// Staff grow with the caseload, as in a real jobcenter: about one caseworker per 100
// running enrolments (the Joboffensive's 1:100) and one job coach per 150 enrolments of a
// project that has coaches. Extra staff cannot sign in (password hash not scrypt-shaped).
import type pg from 'pg';
import { pick, textArray, uuidOf } from './bulk-sql';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './people';

export const ENROLMENTS_PER_CASEWORKER = 100;
export const ENROLMENTS_PER_COACH = 150;

const FIRST_NAMES = textArray([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]);
const LAST = textArray(LAST_NAMES);

/** The project's existing caseworkers plus enough new ones in its jobcenter; ids in a stable order. */
export async function scaleCaseworkers(
  client: pg.ClientBase,
  project: { key: string; organisationId: string; caseworkerIds: readonly string[] },
  running: number,
): Promise<string[]> {
  const extra = Math.max(0, Math.ceil(running / ENROLMENTS_PER_CASEWORKER) - project.caseworkerIds.length);
  const email = `'bulk-${project.key}-' || lpad(i::text, 5, '0') || '@personal.teilhabe.invalid'`;
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
     SELECT ${uuidOf(`'teilhabe-bulk:user:' || ${email}`)}, ${email},
       ${pick(FIRST_NAMES, "hashtext($2)::bigint + i", 1)} || ' ' || ${pick(LAST, "hashtext($2)::bigint + i", 2)},
       'disabled$bulk', 'CASEWORKER', $1::uuid, now()
     FROM generate_series(1, $3::int) AS i
     ON CONFLICT (email) DO NOTHING`,
    [project.organisationId, project.key, extra],
  );
  const added = await client.query<{ id: string }>(
    `SELECT id FROM "User" WHERE email LIKE $1 ORDER BY email LIMIT $2`,
    [`bulk-${project.key}-%`, extra],
  );
  return [...project.caseworkerIds, ...added.rows.map((r) => r.id)];
}

/** The project's job coaches plus new ones of the same organisation; none if the project has no coaches. */
export async function scaleJobCoaches(client: pg.ClientBase, project: { key: string; projectId: string }, enrolments: number): Promise<string[]> {
  const existing = await client.query<{ id: string; organisationId: string }>(
    `SELECT id, "organisationId" FROM "JobCoach" WHERE "projectId" = $1 ORDER BY "createdAt", id`,
    [project.projectId],
  );
  const first = existing.rows[0];
  if (!first) return [];
  const extra = Math.max(0, Math.ceil(enrolments / ENROLMENTS_PER_COACH) - existing.rows.length);
  await client.query(
    `INSERT INTO "JobCoach" (id, name, "organisationId", "projectId", "updatedAt")
     SELECT ${uuidOf(`'teilhabe-bulk:coach:' || $3 || ':' || i`)},
       ${pick(FIRST_NAMES, "hashtext($3)::bigint + i", 3)} || ' ' || ${pick(LAST, "hashtext($3)::bigint + i", 4)}, $1::uuid, $2::uuid, now()
     FROM generate_series(1, $4::int) AS i
     ON CONFLICT (id) DO NOTHING`,
    [first.organisationId, project.projectId, project.key, extra],
  );
  const all = await client.query<{ id: string }>(`SELECT id FROM "JobCoach" WHERE "projectId" = $1 ORDER BY "createdAt", id`, [project.projectId]);
  return all.rows.map((r) => r.id);
}
