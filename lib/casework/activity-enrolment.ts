import 'server-only';
// The steps that logging a contact and recording a support service share: find the
// enrolment inside the actor's scope, check it still takes entries, claim its version.
import { db } from '../db';
import { audit } from '../audit';
import { can } from '../auth/permissions';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import type { Prisma } from '../generated/prisma/client';
import { formatDay } from '../format';
import { activityClosesAfter, activityOpen } from './activity-window';

export interface ActivityEnrolment {
  id: string;
  version: number;
  enrolledAt: Date;
  exitedAt: Date | null;
}

export const CONFLICT_MESSAGE = 'Diese Teilnahme wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.';

/** Whether the actor may write casework at all; no record is touched yet. */
export function mayWriteCasework(actor: ActorContext): boolean {
  return enrolmentScope(actor) !== null && can(actor, 'casework.write');
}

/** The enrolment if it is in the actor's scope; otherwise null, and the attempt is audited. */
export async function findActivityEnrolment(actor: ActorContext, enrolmentId: string, action: string): Promise<ActivityEnrolment | null> {
  const scope = enrolmentScope(actor);
  const enrolment = scope
    ? await db.enrolment.findFirst({ where: { AND: [{ id: enrolmentId }, scope] }, select: { id: true, version: true, enrolledAt: true, exitedAt: true } })
    : null;
  if (!enrolment) await audit(db, actor, 'access.denied', 'Enrolment', enrolmentId, { action });
  return enrolment;
}

/** A German message if the enrolment no longer takes contacts or services, else null. */
export function closedMessage(enrolment: ActivityEnrolment, today: Date): string | null {
  if (!enrolment.exitedAt || activityOpen(enrolment.exitedAt, today)) return null;
  return `Diese Teilnahme ist seit mehr als 12 Monaten beendet; Einträge waren bis zum ${formatDay(activityClosesAfter(enrolment.exitedAt))} möglich.`;
}

/** Optimistic concurrency: true if the enrolment was still the version the form showed. */
export async function claimEnrolment(tx: Prisma.TransactionClient, enrolment: ActivityEnrolment, version: number): Promise<boolean> {
  const claimed = await tx.enrolment.updateMany({ where: { id: enrolment.id, version }, data: { version: { increment: 1 } } });
  return claimed.count === 1;
}
