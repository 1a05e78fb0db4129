import 'server-only';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { fieldErrors } from '../validation';
import { MonitoringVisitSchema, type MonitoringVisitField } from './schema';
import { findEditableTender, invalid, mayWriteTenders, withClaimedTender, type WriteResult } from './tender-access';

const INVALID = 'Die Prüfung vor Ort wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

/** Records a monitoring visit at the contractor: findings, a deviation from the clause, a sanction. */
export async function recordMonitoringVisit(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<WriteResult<MonitoringVisitField>> {
  if (!mayWriteTenders(actor)) return { ok: false, kind: 'not-found' };
  const parsed = MonitoringVisitSchema.safeParse(raw);
  if (!parsed.success) return invalid(INVALID, fieldErrors<MonitoringVisitField>(parsed.error));
  const input = parsed.data;
  const tender = await findEditableTender(actor, input.tenderId, 'record-monitoring-visit');
  if (!tender) return { ok: false, kind: 'not-found' };
  const clause = tender.socialClause;
  if (!clause) return invalid('Prüfungen vor Ort lassen sich erst erfassen, wenn die Vergabe eine Sozialklausel hat.');
  if (input.visitedAt > today) return invalid(INVALID, { visitedAt: 'Das Datum der Prüfung darf nicht in der Zukunft liegen.' });

  return withClaimedTender(tender.id, input.version, async (tx) => {
    const visit = await tx.monitoringVisit.create({
      data: { socialClauseId: clause.id, visitedAt: input.visitedAt, findings: input.findings, deviation: input.deviation, sanction: input.sanction ?? null },
      select: { id: true },
    });
    // Field names only: findings and sanctions are free text about a firm.
    await audit(tx, actor, 'create', 'MonitoringVisit', visit.id, {
      tenderId: tender.id,
      socialClauseId: clause.id,
      fields: ['visitedAt', 'findings', 'deviation', ...(input.sanction ? ['sanction'] : [])],
    });
    return { ok: true, id: visit.id } as const;
  });
}
