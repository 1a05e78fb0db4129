import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { berlinToday } from './activity-window';
import { CONFLICT_MESSAGE, claimEnrolment, closedMessage, findActivityEnrolment, mayWriteCasework } from './activity-enrolment';
import { RecordSupportServiceSchema, SPECIAL_CATEGORY_KINDS, type RecordSupportServiceField } from './contact-schema';

export type RecordSupportServiceResult =
  | { ok: true; supportServiceId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<RecordSupportServiceField, string>> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

const INVALID = 'Die Leistung wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

/**
 * Records a support service (§16a SGB II: debt, addiction and psychosocial counselling,
 * childcare; also language course, driving licence, health). Planned services may lie in
 * the future, and a service may have begun before the enrolment (counselling already under
 * way), so only the order of start and end is checked. Same 12-month aftercare window as contacts.
 */
export async function recordSupportService(actor: ActorContext, raw: unknown, today: Date = berlinToday()): Promise<RecordSupportServiceResult> {
  if (!mayWriteCasework(actor)) return { ok: false, kind: 'not-found' };
  const parsed = RecordSupportServiceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<RecordSupportServiceField>(parsed.error) };
  const input = parsed.data;

  const enrolment = await findActivityEnrolment(actor, input.enrolmentId, 'record-support-service');
  if (!enrolment) return { ok: false, kind: 'not-found' };
  const closed = closedMessage(enrolment, today);
  if (closed) return { ok: false, kind: 'invalid', message: closed, fieldErrors: {} };

  return db.$transaction(async (tx) => {
    if (!(await claimEnrolment(tx, enrolment, input.version))) return { ok: false, kind: 'conflict', message: CONFLICT_MESSAGE } as const;
    const service = await tx.supportService.create({
      data: {
        enrolmentId: enrolment.id,
        kind: input.kind,
        status: input.status,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        provider: input.provider || null,
        note: input.note || null,
      },
      select: { id: true },
    });
    // Ids and field names only. The kind itself is not logged: for addiction, psychosocial
    // counselling and health it is an Art. 9 GDPR special category, so the event only says so.
    const fields = ['kind', 'status', 'startDate', ...(['endDate', 'provider', 'note'] as const).filter((f) => input[f])];
    const special = SPECIAL_CATEGORY_KINDS.includes(input.kind);
    await audit(tx, actor, 'create', 'SupportService', service.id, { enrolmentId: enrolment.id, fields, ...(special ? { special: true } : {}) });
    return { ok: true, supportServiceId: service.id } as const;
  });
}
