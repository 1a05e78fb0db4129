import 'server-only';
// Which edges of a project's model its enrolments have already walked: consecutive phases
// of an enrolment (in the order casework reads them, by start date) and each first phase.
// A model change may not remove such an edge: the recorded phases would no longer fit the
// model, and an enrolment whose current phase the new model lacks could not even exit.
import { Prisma } from '../generated/prisma/client';
import type { PhaseKind } from '../generated/prisma/enums';
import { PHASE_LABELS } from '../casework/phase-rules';
import { edgeKey, type TransitionEdge } from './templates';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface EdgeInUse {
  edge: TransitionEdge;
  enrolments: number;
}

export async function edgesInUse(db: Db, projectId: string): Promise<EdgeInUse[]> {
  const rows = await db.$queryRaw<{ fromKind: PhaseKind | null; toKind: PhaseKind; enrolments: bigint }[]>(Prisma.sql`
    SELECT s."fromKind", s."toKind", COUNT(DISTINCT s."enrolmentId") AS enrolments
    FROM (
      SELECT ph."enrolmentId", ph.kind AS "toKind",
        LAG(ph.kind) OVER (PARTITION BY ph."enrolmentId" ORDER BY ph."startDate", ph."createdAt") AS "fromKind"
      FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId"
      WHERE e."projectId" = ${projectId}::uuid
    ) s
    GROUP BY s."fromKind", s."toKind"`);
  return rows.map((r) => ({ edge: [r.fromKind, r.toKind] as const, enrolments: Number(r.enrolments) }));
}

/** The used edges the new model lacks; empty = the change is safe. */
export function removedEdgesInUse(used: readonly EdgeInUse[], next: readonly TransitionEdge[]): EdgeInUse[] {
  const keep = new Set(next.map(edgeKey));
  return used.filter((u) => !keep.has(edgeKey(u.edge)));
}

export function describeEdge([from, to]: TransitionEdge): string {
  return from ? `${PHASE_LABELS[from]} → ${PHASE_LABELS[to]}` : `Beginn mit ${PHASE_LABELS[to]}`;
}

export function modelChangeRefusal(removed: readonly EdgeInUse[]): string {
  const list = removed.map((r) => `${describeEdge(r.edge)} (${r.enrolments} ${r.enrolments === 1 ? 'Teilnahme' : 'Teilnahmen'})`).join('; ');
  return `Das Modell kann nicht gewechselt werden: Das neue Modell enthält diese bereits erfassten Phasenfolgen nicht: ${list}. Wählen Sie ein Modell, das sie enthält.`;
}
