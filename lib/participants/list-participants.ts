import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { participantScopeSql, type ActorContext } from '../auth/authorize';
import { Prisma } from '../generated/prisma/client';
import { PhaseKind } from '../generated/prisma/enums';
import { behindContactTarget, contactWindowStart } from '../casework/worklist';
import { keyUpperBound, nameKey } from './name-key';

const optionalId = z.uuid().optional().catch(undefined);

// The URL's query: German names, since people read and share these links.
export const ListFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  projekt: optionalId,
  phase: z.enum(PhaseKind).optional().catch(undefined),
  fallmanagement: optionalId,
  jobcoach: optionalId,
  kontakt: z.literal('ueberfaellig').optional().catch(undefined),
  // Keyset cursor: the id of the last row shown. Never a name: URLs end up in logs.
  nach: optionalId,
});
export type ListFilter = z.infer<typeof ListFilterSchema>;

/** The filter as query parameters, without the cursor: for links to page 1 and the export. */
export function filterParams(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'projekt', 'phase', 'fallmanagement', 'jobcoach', 'kontakt'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

export interface ParticipantRow {
  id: string;
  pseudonym: string;
  // null when the caller asked for a pseudonymous list (identify: false)
  firstName: string | null;
  lastName: string | null;
  customerNumber: string | null;
  project: string | null;
  phase: PhaseKind | null;
}

export const PAGE_SIZE = 25;

const CUSTOMER_NUMBER = /^\d{3}[A-Z]?\d*$/;

function prefix(column: Prisma.Sql, key: string): Prisma.Sql {
  return Prisma.sql`(${column} >= ${key} AND ${column} < ${keyUpperBound(key)})`;
}

/**
 * The search as alternatives, each excluding the ones before it: "müll" is a last name
 * or else a first name. An OR of both would keep PostgreSQL from reading either index
 * by range, so each alternative becomes a page of its own, merged in name order.
 */
function searchSql(q: string | undefined): Prisma.Sql[] {
  if (!q) return [Prisma.sql`TRUE`];
  const upper = q.toUpperCase().replace(/\s+/g, '');
  if (upper.length >= 3 && CUSTOMER_NUMBER.test(upper)) {
    return [Prisma.sql`(i."customerNumber" >= ${upper} AND i."customerNumber" < ${`${upper}~`})`];
  }
  const [first, ...rest] = q.split(/[\s,]+/).map(nameKey).filter(Boolean);
  if (!first) return [Prisma.sql`TRUE`];
  const last = Prisma.sql`i."lastNameKey"`;
  const given = Prisma.sql`i."firstNameKey"`;
  const either = (a: Prisma.Sql, b: Prisma.Sql) => [a, Prisma.sql`(${b} AND NOT ${a})`];
  if (rest.length === 0) return either(prefix(last, first), prefix(given, first));
  const other = rest.join('');
  return either(Prisma.sql`(${prefix(given, first)} AND ${prefix(last, other)})`, Prisma.sql`(${prefix(last, first)} AND ${prefix(given, other)})`);
}

function filterSql(filter: ListFilter, today: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const enrolmentWhere = (condition: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Enrolment" e JOIN "Project" pr ON pr.id = e."projectId" WHERE e."participantId" = p.id AND ${condition})`;
  if (filter.projekt) where.push(enrolmentWhere(Prisma.sql`e."projectId" = ${filter.projekt}::uuid`));
  if (filter.fallmanagement) where.push(enrolmentWhere(Prisma.sql`e."caseworkerId" = ${filter.fallmanagement}::uuid`));
  if (filter.jobcoach) where.push(enrolmentWhere(Prisma.sql`e."jobCoachId" = ${filter.jobcoach}::uuid`));
  if (filter.kontakt) where.push(enrolmentWhere(behindContactTarget(contactWindowStart(today))));
  // An enrolment whose latest phase is of this kind. As an EXISTS the planner can start
  // from the (kind, startDate) index when the kind is rare; filtering on the list's
  // computed column instead read every participant in name order (40 s at 1 000 000
  // for a rare phase). It differs from the shown phase only for someone enrolled twice.
  if (filter.phase) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Enrolment" fe JOIN "Phase" fp ON fp."enrolmentId" = fe.id
      WHERE fe."participantId" = p.id AND fp.kind = ${filter.phase}::"PhaseKind"
        AND NOT EXISTS (SELECT 1 FROM "Phase" later WHERE later."enrolmentId" = fp."enrolmentId" AND later."startDate" > fp."startDate"))`);
  }
  return where;
}

/**
 * A page of participants in the actor's scope, sorted by name (DIN 5007-2 keys),
 * paged by key (name keys, id) so page 1 000 costs what page 1 does; one index
 * serves the name prefix search and the order. Listing names reads identifying
 * data: one audit event per page with the ids shown.
 */
export async function listParticipants(
  actor: ActorContext,
  filter: ListFilter,
  { pageSize = PAGE_SIZE, today = new Date(), purpose = 'participant-list', identify = true } = {},
): Promise<{ rows: ParticipantRow[]; next: string | null }> {
  const scope = participantScopeSql(actor);
  if (!scope || !can(actor, 'participant.readIdentity')) return { rows: [], next: null };
  const where = [scope, ...filterSql(filter, today)];
  if (filter.nach) {
    where.push(Prisma.sql`(i."lastNameKey", i."firstNameKey", i."participantId") >
      (SELECT a."lastNameKey", a."firstNameKey", a."participantId" FROM "ParticipantIdentity" a WHERE a."participantId" = ${filter.nach}::uuid)`);
  }
  const identity = identify
    ? Prisma.sql`i."firstName", i."lastName", i."customerNumber"`
    : Prisma.sql`NULL AS "firstName", NULL AS "lastName", NULL AS "customerNumber"`;
  const page = (search: Prisma.Sql) => Prisma.sql`
    SELECT i."participantId" AS id, p.pseudonym, ${identity},
           cur.project, cur.phase::text AS phase, i."lastNameKey" AS "sortLast", i."firstNameKey" AS "sortFirst"
    FROM "ParticipantIdentity" i
    JOIN "Participant" p ON p.id = i."participantId"
    LEFT JOIN LATERAL (
      SELECT pr.name AS project,
             (SELECT ph.kind FROM "Phase" ph WHERE ph."enrolmentId" = e.id ORDER BY ph."startDate" DESC, ph."createdAt" DESC LIMIT 1) AS phase
      FROM "Enrolment" e JOIN "Project" pr ON pr.id = e."projectId"
      WHERE e."participantId" = p.id ORDER BY e."enrolledAt" DESC, e."createdAt" DESC LIMIT 1
    ) cur ON TRUE
    WHERE ${Prisma.join([...where, search], ' AND ')}
    ORDER BY i."lastNameKey", i."firstNameKey", i."participantId"
    LIMIT ${pageSize + 1}`;
  const found = await db.$queryRaw<ParticipantRow[]>`
    SELECT s.id, s.pseudonym, s."firstName", s."lastName", s."customerNumber", s.project, s.phase
    FROM (${Prisma.join(searchSql(filter.q).map((search) => Prisma.sql`(${page(search)})`), ' UNION ALL ')}) s
    ORDER BY s."sortLast", s."sortFirst", s.id
    LIMIT ${pageSize + 1}`;
  const rows = found.slice(0, pageSize);
  if (rows.length > 0) await audit(db, actor, identify ? 'read.identity' : 'read', 'Participant', null, { ids: rows.map((r) => r.id), purpose });
  return { rows, next: found.length > pageSize ? (rows.at(-1)?.id ?? null) : null };
}
