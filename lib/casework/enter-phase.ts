import 'server-only';
import { db } from '../db';
import { readEnv } from '../env.js';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import { fieldErrors } from '../validation';
import { addMonthsBgb, addDays } from './legal-limits';
import { checkPhaseEntry, type Finding, type LimitSummary } from './phase-rules';
import { EnterPhaseSchema, type EnterPhaseField } from './schema';

export const FOLLOW_UP_MONTHS = [6, 12] as const;

export type EnterPhaseResult =
  | { ok: true; phaseId: string }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Partial<Record<EnterPhaseField, string>>; limits?: LimitSummary[] }
  | { ok: false; kind: 'confirm'; warnings: Finding[]; limits: LimitSummary[] }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'not-found' };

const INVALID = 'Die Phase wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.';

export async function enterPhase(actor: ActorContext, raw: unknown, today = new Date()): Promise<EnterPhaseResult> {
  const scope = enrolmentScope(actor);
  if (!scope || !can(actor, 'casework.write')) return { ok: false, kind: 'not-found' };
  const parsed = EnterPhaseSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: fieldErrors<EnterPhaseField>(parsed.error) };
  const input = parsed.data;

  const enrolment = await db.enrolment.findFirst({
    where: { AND: [{ id: input.enrolmentId }, scope] },
    select: {
      id: true, version: true, exitedAt: true, participantId: true, projectId: true,
      project: { select: { transitions: { select: { fromKind: true, toKind: true } }, operatorId: true } },
      phases: { select: { id: true, kind: true, startDate: true, endDate: true }, orderBy: { startDate: 'desc' }, take: 1 },
      participant: { select: { unemployedSince: true, benefitYearsInLast7: true, identity: { select: { birthDate: true } } } },
    },
  });
  if (!enrolment) {
    await audit(db, actor, 'access.denied', 'Enrolment', input.enrolmentId, { action: 'enter-phase' });
    return { ok: false, kind: 'not-found' };
  }
  if (enrolment.exitedAt) return { ok: false, kind: 'invalid', message: 'Diese Teilnahme ist beendet; es kann keine Phase mehr eingetragen werden.', fieldErrors: {} };
  if (input.employerId) {
    const employer = await db.employer.findFirst({
      where: { id: input.employerId, OR: [{ positions: { some: { projectId: enrolment.projectId } } }, { organisationId: enrolment.project.operatorId }] },
      select: { id: true },
    });
    if (!employer) return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: { employerId: 'Dieser Arbeitgeber gehört nicht zum Projekt.' } };
  }

  // The legal limits are per person: every phase of every enrolment counts.
  const history = await db.phase.findMany({
    where: { enrolment: { participantId: enrolment.participantId } },
    select: { kind: true, instrument: true, startDate: true, endDate: true },
  });
  const birthDate = enrolment.participant.identity?.birthDate ?? null;
  if (birthDate) await audit(db, actor, 'read.identity', 'Participant', enrolment.participantId, { purpose: 'phase-check', fields: ['birthDate'] });
  const current = enrolment.phases[0] ?? null;
  const instrument = input.instrument ?? (input.kind === 'WORK_OPPORTUNITY' ? 'PARA_16D' : null);
  const check = checkPhaseEntry({
    transitions: enrolment.project.transitions,
    current: current ? { kind: current.kind, startDate: current.startDate } : null,
    entry: { kind: input.kind, instrument, startDate: input.startDate, plannedEndDate: input.plannedEndDate ?? null },
    person: { birthDate, unemployedSince: enrolment.participant.unemployedSince, benefitYearsInLast7: enrolment.participant.benefitYearsInLast7 },
    history,
    today,
  });
  if (!check.ok) {
    const errors: Partial<Record<EnterPhaseField, string>> = {};
    for (const f of check.findings) if (f.severity === 'error' && !errors[f.field]) errors[f.field] = f.message;
    return { ok: false, kind: 'invalid', message: INVALID, fieldErrors: errors, limits: check.limits };
  }
  const warnings = check.findings.filter((f) => f.severity === 'warning');
  if (warnings.length > 0 && !input.warningsConfirmed) return { ok: false, kind: 'confirm', warnings, limits: check.limits };

  return db.$transaction(async (tx) => {
    // Optimistic concurrency: the enrolment must still be the version the form showed.
    const claimed = await tx.enrolment.updateMany({
      where: { id: enrolment.id, version: input.version },
      data: {
        version: { increment: 1 },
        ...(input.kind === 'EXIT' ? { exitedAt: input.startDate, exitReason: input.exitReason ?? null } : {}),
      },
    });
    if (claimed.count === 0) {
      return { ok: false, kind: 'conflict', message: 'Diese Teilnahme wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.' } as const;
    }
    if (current && !current.endDate) {
      await tx.phase.update({ where: { id: current.id }, data: { endDate: addDays(input.startDate, -1), version: { increment: 1 } } });
    }
    const phase = await tx.phase.create({
      data: {
        enrolmentId: enrolment.id,
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.kind === 'EXIT' ? input.startDate : (input.plannedEndDate ?? null),
        instrument,
        employerId: input.employerId ?? null,
        hoursPerWeek: input.hoursPerWeek ?? null,
        monthlyWageCents: input.monthlyWage ?? null,
      },
      select: { id: true },
    });
    if (input.kind === 'EXIT') {
      // Sustainability checks 6 and 12 months after exit; identifying data kept RETENTION_YEARS
      // (default 5) after it, then `npm run retention` deletes them.
      await tx.followUp.createMany({
        data: FOLLOW_UP_MONTHS.map((months) => ({ enrolmentId: enrolment.id, monthsAfter: months, dueAt: addMonthsBgb(input.startDate, months) })),
        skipDuplicates: true,
      });
      await tx.participant.update({
        where: { id: enrolment.participantId },
        data: { deletionDueAt: addMonthsBgb(input.startDate, readEnv().RETENTION_YEARS * 12), version: { increment: 1 } },
      });
    }
    await audit(tx, actor, 'create', 'Phase', phase.id, {
      enrolmentId: enrolment.id,
      kind: input.kind,
      closedPhaseId: current && !current.endDate ? current.id : null,
      warningsConfirmed: warnings.map((w) => w.code),
    });
    return { ok: true, phaseId: phase.id } as const;
  });
}
