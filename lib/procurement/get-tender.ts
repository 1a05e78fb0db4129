import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { audit } from '../audit';
import { AppError } from '../errors';
import { can } from '../auth/permissions';
import { enrolmentScope, tenderEditScope, tenderScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import type { Prisma } from '../generated/prisma/client';
import { CHECK_MONTHS } from './schema';
import { checkDueAt, checkOpen, type CheckMonths } from './employment-check';
import { procurementFigures, type ProcurementCounts } from './figures';

const TENDER = {
  id: true, version: true, reference: true, title: true, orderingDepartment: true, kind: true,
  estimatedValueCents: true, publishedAt: true, organisationId: true,
  organisation: { select: { name: true } },
  project: { select: { id: true, name: true } },
  suitabilityCheck: { select: { suitable: true, reason: true, checkedAt: true, checkedBy: { select: { name: true } } } },
  socialClause: {
    select: {
      id: true, type: true, committedHires: true, committedHours: true, protectsExistingStaff: true,
      contractor: true, termStart: true, termEnd: true,
      monitoringVisits: { select: { id: true, visitedAt: true, findings: true, deviation: true, sanction: true }, orderBy: { visitedAt: 'desc' } },
    },
  },
} satisfies Prisma.TenderSelect;

export interface HireRow {
  id: string;
  hiredAt: Date;
  pseudonym: string;
  /** "Last, First" only for actors who may read identities (and that read is audited). */
  name: string | null;
  project: string;
  stillEmployed6m: boolean | null;
  stillEmployed12m: boolean | null;
}

export interface DueCheck {
  value: string;
  pseudonym: string;
  months: CheckMonths;
  dueAt: Date;
}

export type TenderView = Prisma.TenderGetPayload<{ select: typeof TENDER }> & {
  figures: ProcurementCounts;
  mayEdit: boolean;
  /** null = this actor sees no participant records (an official): figures only. */
  hires: HireRow[] | null;
  /** Hires under the clause whose participants this actor may not see; only for the runner. */
  hiddenHires: number | null;
  dueChecks: DueCheck[];
};

/** The tender page's data. Throws NOT_FOUND outside the actor's scope (audited). */
export async function getTender(actor: ActorContext, tenderId: string, today: Date = berlinToday()): Promise<TenderView> {
  const scope = tenderScope(actor);
  const valid = z.uuid().safeParse(tenderId).success;
  const tender = scope && valid ? await db.tender.findFirst({ where: { AND: [{ id: tenderId }, scope] }, select: TENDER }) : null;
  if (!tender) {
    if (valid) await audit(db, actor, 'access.denied', 'Tender', tenderId, { action: 'read' });
    throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  }
  const edit = tenderEditScope(actor);
  const mayEdit = edit !== null && tender.organisationId === actor.organisationId;
  const [figures, hires] = await Promise.all([
    procurementFigures(actor, [tender.id]).then((f) => f.total),
    tender.socialClause ? visibleHires(actor, tender.socialClause.id) : Promise.resolve(null),
  ]);
  const delivered = figures.delivered.value;
  const hiddenHires = hires && mayEdit && delivered !== null ? delivered - hires.length : null;
  const dueChecks = mayEdit && hires
    ? hires.flatMap((h) =>
        CHECK_MONTHS.filter((m) => (m === 6 ? h.stillEmployed6m : h.stillEmployed12m) === null && checkOpen(h.hiredAt, m, today)).map((months) => ({
          value: `${h.id}:${months}`, pseudonym: h.pseudonym, months, dueAt: checkDueAt(h.hiredAt, months),
        })),
      ).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    : [];
  return { ...tender, figures, mayEdit, hires: tender.socialClause ? hires : null, hiddenHires, dueChecks };
}

/** The clause's hires whose enrolments the actor may see; names only with participant.readIdentity. */
async function visibleHires(actor: ActorContext, socialClauseId: string): Promise<HireRow[] | null> {
  const scope = enrolmentScope(actor);
  if (!scope) return null;
  const identify = can(actor, 'participant.readIdentity');
  const rows = await db.deliveredHire.findMany({
    where: { socialClauseId, enrolment: scope },
    select: {
      id: true, hiredAt: true, stillEmployed6m: true, stillEmployed12m: true,
      enrolment: {
        select: {
          project: { select: { name: true } },
          participant: { select: { id: true, pseudonym: true, identity: identify ? { select: { firstName: true, lastName: true } } : false } },
        },
      },
    },
    orderBy: [{ hiredAt: 'asc' }, { id: 'asc' }],
  });
  const ids = rows.flatMap((r) => (r.enrolment ? [r.enrolment.participant.id] : []));
  const named = rows.some((r) => r.enrolment?.participant.identity);
  if (ids.length > 0) {
    await audit(db, actor, named ? 'read.identity' : 'read', 'Participant', null, { ids, purpose: 'tender-hires', ...(named ? { fields: ['firstName', 'lastName'] } : {}) });
  }
  return rows.flatMap((r) => {
    if (!r.enrolment) return [];
    const identity = r.enrolment.participant.identity;
    return [{
      id: r.id,
      hiredAt: r.hiredAt,
      pseudonym: r.enrolment.participant.pseudonym,
      name: identity ? `${identity.lastName}, ${identity.firstName}` : null,
      project: r.enrolment.project.name,
      stillEmployed6m: r.stillEmployed6m,
      stillEmployed12m: r.stillEmployed12m,
    }];
  });
}
