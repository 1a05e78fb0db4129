import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { participantScope, type ActorContext } from '../auth/authorize';
import type { Prisma } from '../generated/prisma/client';
import type { PhaseKind } from '../generated/prisma/enums';

export const ListFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  projekt: z.uuid().optional().catch(undefined),
  // Keyset cursor: the id of the last row shown. Never a name: URLs end up in logs.
  nach: z.uuid().optional().catch(undefined),
});
export type ListFilter = z.infer<typeof ListFilterSchema>;

export interface ParticipantRow {
  id: string;
  pseudonym: string;
  name: string | null;
  customerNumber: string | null;
  project: string | null;
  phase: PhaseKind | null;
}

export const PAGE_SIZE = 25;

function searchWhere(q: string | undefined): Prisma.ParticipantIdentityWhereInput {
  if (!q) return {};
  const upper = q.toUpperCase();
  if (/^\d{3}[A-Z]?\d*$/.test(upper) && upper.length >= 3) return { customerNumber: { startsWith: upper } };
  const [first, ...rest] = q.split(/[\s,]+/).filter(Boolean);
  if (rest.length === 0) {
    return { OR: [{ lastName: { startsWith: first, mode: 'insensitive' } }, { firstName: { startsWith: first, mode: 'insensitive' } }] };
  }
  const last = rest.join(' ');
  return {
    OR: [
      { firstName: { startsWith: first, mode: 'insensitive' }, lastName: { startsWith: last, mode: 'insensitive' } },
      { lastName: { startsWith: first, mode: 'insensitive' }, firstName: { startsWith: last, mode: 'insensitive' } },
    ],
  };
}

/**
 * A page of participants in the actor's scope, sorted by name, paged by key
 * (last name, first name, id) so page 1 000 costs what page 1 does. Listing names
 * reads identifying data: one audit event per page with the ids shown.
 */
export async function listParticipants(actor: ActorContext, filter: ListFilter): Promise<{ rows: ParticipantRow[]; next: string | null }> {
  const scope = participantScope(actor);
  if (!scope || !can(actor, 'participant.readIdentity')) return { rows: [], next: null };
  const where: Prisma.ParticipantIdentityWhereInput[] = [{ participant: scope }, searchWhere(filter.q)];
  if (filter.projekt) where.push({ participant: { enrolments: { some: { projectId: filter.projekt } } } });
  if (filter.nach) {
    const after = await db.participantIdentity.findFirst({ where: { AND: [{ participantId: filter.nach }, { participant: scope }] }, select: { lastName: true, firstName: true } });
    if (after) {
      where.push({
        OR: [
          { lastName: { gt: after.lastName } },
          { lastName: after.lastName, firstName: { gt: after.firstName } },
          { lastName: after.lastName, firstName: after.firstName, participantId: { gt: filter.nach } },
        ],
      });
    }
  }
  const found = await db.participantIdentity.findMany({
    where: { AND: where },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { participantId: 'asc' }],
    take: PAGE_SIZE + 1,
    select: {
      participantId: true,
      firstName: true,
      lastName: true,
      customerNumber: true,
      participant: {
        select: {
          pseudonym: true,
          enrolments: {
            orderBy: { enrolledAt: 'desc' },
            take: 1,
            select: { project: { select: { name: true } }, phases: { orderBy: { startDate: 'desc' }, take: 1, select: { kind: true } } },
          },
        },
      },
    },
  });
  const rows = found.slice(0, PAGE_SIZE).map((r) => {
    const enrolment = r.participant.enrolments[0];
    return {
      id: r.participantId,
      pseudonym: r.participant.pseudonym,
      name: `${r.lastName}, ${r.firstName}`,
      customerNumber: r.customerNumber,
      project: enrolment?.project.name ?? null,
      phase: enrolment?.phases[0]?.kind ?? null,
    };
  });
  if (rows.length > 0) await audit(db, actor, 'read.identity', 'Participant', null, { ids: rows.map((r) => r.id), purpose: 'participant-list' });
  return { rows, next: found.length > PAGE_SIZE ? (rows.at(-1)?.id ?? null) : null };
}

