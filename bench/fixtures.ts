// Who and what the bench asks for, chosen from the filled database the same way at every
// size: a caseworker of the largest jobcenter with the median caseload, the caseworker
// with the largest caseload, and search terms a caseworker would type for names found there.
import type pg from 'pg';
import type { ActorContext } from '../lib/auth/authorize';

export interface Fixtures {
  /** A caseworker of the jobcenter with the most participants, median running caseload there. */
  caseworker: ActorContext;
  caseworkerCaseload: number;
  /** The caseworker with the most running enrolments. */
  busiest: ActorContext;
  busiestCaseload: number;
  /** Participants the caseworker's list covers (their jobcenter). */
  scopeParticipants: number;
  lastName: string;
  firstName: string;
  customerNumberPrefix: string;
  /** The cursor (`nach`) of page 101 of the unfiltered list. */
  deepCursor: string;
  /** An official of the Land: sees every project, aggregates only. */
  official: ActorContext;
  officialEmail: string;
  /** The project with the most enrolments. */
  largestProjectId: string;
}

interface UserRow {
  id: string;
  name: string;
  role: ActorContext['role'];
  organisationId: string;
  kind: ActorContext['organisationKind'];
  city: string | null;
  caseload: number;
}

const USER = `SELECT u.id, u.name, u.role, u."organisationId", o.kind, o.city, count(e.id)::int AS caseload
  FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId"
  LEFT JOIN "Enrolment" e ON e."caseworkerId" = u.id AND e."exitedAt" IS NULL
  WHERE u.role = 'CASEWORKER'`;

function actor(row: UserRow): ActorContext {
  return { id: row.id, name: row.name, role: row.role, organisationId: row.organisationId, organisationKind: row.kind, city: row.city };
}

async function one<T extends object>(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await pool.query<T>(sql, values);
  const row = rows[0];
  if (!row) throw new Error(`Keine Zeile für: ${sql.slice(0, 80)} …`);
  return row;
}

export async function findFixtures(pool: pg.Pool, pageSize: number): Promise<Fixtures> {
  const largest = await one<{ id: string; n: number }>(
    pool,
    `SELECT "organisationId" AS id, count(*)::int AS n FROM "Participant" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  const staff = await pool.query<UserRow>(`${USER} AND u."organisationId" = $1 GROUP BY u.id, o.id ORDER BY caseload, u.id`, [largest.id]);
  const typical = staff.rows[Math.floor(staff.rows.length / 2)];
  if (!typical) throw new Error('Keine Fallmanager:innen im größten Jobcenter');
  const busiest = await one<UserRow>(pool, `${USER} GROUP BY u.id, o.id ORDER BY caseload DESC, u.id LIMIT 1`);
  const names = await one<{ lastName: string; firstName: string }>(
    pool,
    `SELECT i."lastName", i."firstName" FROM "ParticipantIdentity" i JOIN "Participant" p ON p.id = i."participantId"
     WHERE p."organisationId" = $1 GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
    [largest.id],
  );
  const middle = Math.floor(largest.n / 2);
  const sample = await one<{ customerNumber: string }>(
    pool,
    `SELECT i."customerNumber" FROM "ParticipantIdentity" i JOIN "Participant" p ON p.id = i."participantId"
     WHERE p."organisationId" = $1 ORDER BY i."participantId" OFFSET $2 LIMIT 1`,
    [largest.id, middle],
  );
  const deep = await one<{ id: string }>(
    pool,
    `SELECT i."participantId" AS id FROM "ParticipantIdentity" i JOIN "Participant" p ON p.id = i."participantId"
     WHERE p."organisationId" = $1 ORDER BY i."lastNameKey", i."firstNameKey", i."participantId" OFFSET $2 LIMIT 1`,
    [largest.id, Math.min(middle, pageSize * 100 - 1)],
  );
  const official = await one<UserRow & { email: string }>(
    pool,
    `SELECT u.id, u.name, u.email, u.role, u."organisationId", o.kind, o.city, 0 AS caseload FROM "User" u
     JOIN "Organisation" o ON o.id = u."organisationId" WHERE u.role = 'OFFICIAL' AND o.kind = 'LAND' ORDER BY u.email LIMIT 1`,
  );
  const project = await one<{ id: string }>(pool, `SELECT "projectId" AS id FROM "Enrolment" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  return {
    caseworker: actor(typical),
    caseworkerCaseload: typical.caseload,
    busiest: actor(busiest),
    busiestCaseload: busiest.caseload,
    scopeParticipants: largest.n,
    lastName: names.lastName,
    firstName: names.firstName,
    customerNumberPrefix: sample.customerNumber.slice(0, 5),
    deepCursor: deep.id,
    official: actor(official),
    officialEmail: official.email,
    largestProjectId: project.id,
  };
}
