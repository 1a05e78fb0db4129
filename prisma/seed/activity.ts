// What happens around an enrolment: contacts, §16a support services, follow-ups.
import type { ContactKind, SupportServiceKind, SupportServiceStatus } from '../../lib/generated/prisma/enums';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { ProjectContext } from './context';
import { addDays, addMonths, daysBetween, minDate } from './dates';
import type { Pathway } from './pathway';
import type { Rng } from './random';

// Short neutral notes only: no health or other special-category details (Art. 9 GDPR).
const NOTES = [
  'Beratungsgespräch geführt.',
  'Bewerbungsunterlagen besprochen.',
  'Termin wahrgenommen, nächste Schritte vereinbart.',
  'Stellenangebote besprochen.',
  'Rückmeldung des Arbeitgebers eingeholt.',
  'Termin verschoben.',
  'Unterlagen nachgereicht.',
  'Zwischenstand besprochen.',
] as const;

const CONTACT_KINDS: readonly (readonly [ContactKind, number])[] = [
  ['IN_PERSON', 45], ['PHONE', 30], ['EMAIL', 15], ['HOME_VISIT', 3], ['AT_EMPLOYER', 7],
];

const JOB_PHASES = new Set(['SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE']);

export function contactRows(
  rng: Rng, pathway: Pathway, enrolmentId: string, caseworkerId: string | null, project: ProjectContext,
): Prisma.ContactCreateManyInput[] {
  const until = minDate(pathway.exit?.date ?? project.observedUntil, project.observedUntil);
  const days = daysBetween(pathway.enrolledAt, until);
  if (days <= 0) return [];
  const rate = project.contactsPerMonth;
  const count = Math.max(1, Math.round((days / 30.4) * rate * (0.8 + rng.float() * 0.4)));
  const rows: Prisma.ContactCreateManyInput[] = [];
  const coachUser = pathway.coach?.userId ?? null;
  for (let i = 0; i < count; i += 1) {
    const dayOffset = Math.floor(((i + rng.float()) / count) * days);
    const date = addDays(pathway.enrolledAt, dayOffset);
    // Office hours, 8:00–16:00 Central European Time (UTC+1; the hour is approximate in summer).
    const occurredAt = new Date(date.getTime() + (7 * 60 + rng.int(0, 8 * 60)) * 60_000);
    const inJob = pathway.phases.some((ph) => JOB_PHASES.has(ph.kind) && ph.start <= date && (!ph.end || date <= ph.end));
    const byCoach = inJob && coachUser !== null && rng.chance(0.5);
    rows.push({
      id: rng.uuid(),
      enrolmentId,
      byUserId: byCoach ? coachUser : caseworkerId,
      occurredAt,
      kind: inJob && rng.chance(0.3) ? 'AT_EMPLOYER' : rng.weighted(CONTACT_KINDS),
      durationMinutes: rng.pick([10, 15, 20, 30, 30, 45, 60]),
      note: rng.chance(0.4) ? null : rng.pick(NOTES),
    });
  }
  return rows;
}

const SERVICE_KINDS: readonly (readonly [SupportServiceKind, number])[] = [
  ['DEBT_COUNSELLING', 25], ['ADDICTION_COUNSELLING', 8], ['PSYCHOSOCIAL_COUNSELLING', 15], ['CHILDCARE', 12],
  ['LANGUAGE_COURSE', 15], ['DRIVING_LICENCE', 10], ['HEALTH', 10], ['OTHER', 5],
];

const PROVIDERS: Record<SupportServiceKind, string> = {
  DEBT_COUNSELLING: 'Schuldner- und Insolvenzberatung',
  ADDICTION_COUNSELLING: 'Suchtberatungsstelle',
  PSYCHOSOCIAL_COUNSELLING: 'Psychosoziale Beratungsstelle',
  CHILDCARE: 'Kindertagespflege',
  LANGUAGE_COURSE: 'Volkshochschule',
  DRIVING_LICENCE: 'Fahrschule',
  HEALTH: 'Gesundheitsamt',
  OTHER: 'Beratungsstelle',
};

/** §16a SGB II services for about 30 % of enrolments. */
export function supportServiceRows(
  rng: Rng, pathway: Pathway, enrolmentId: string, project: ProjectContext,
): Prisma.SupportServiceCreateManyInput[] {
  if (!rng.chance(0.3)) return [];
  const until = minDate(pathway.exit?.date ?? project.observedUntil, project.observedUntil);
  const span = Math.max(0, daysBetween(pathway.enrolledAt, until));
  const kinds = new Set<SupportServiceKind>([rng.weighted(SERVICE_KINDS)]);
  if (rng.chance(0.3)) kinds.add(rng.weighted(SERVICE_KINDS));
  return [...kinds].map((kind) => {
    const startDate = addDays(pathway.enrolledAt, rng.int(0, span));
    const plannedEnd = addMonths(startDate, rng.int(2, 9));
    let status: SupportServiceStatus = 'COMPLETED';
    if (startDate > project.observedUntil) status = 'PLANNED';
    else if (plannedEnd > project.observedUntil) status = 'ACTIVE';
    else if (rng.chance(0.1)) status = 'CANCELLED';
    return {
      id: rng.uuid(),
      enrolmentId,
      kind,
      status,
      startDate,
      endDate: status === 'COMPLETED' || status === 'CANCELLED' ? plannedEnd : null,
      provider: `${PROVIDERS[kind]} ${project.city}`,
      note: null,
    };
  });
}

/**
 * Sustainability checks 6 and 12 months after the placement. Recorded only when due by the
 * end of observation; "still employed" follows the pathway's own job end, so phases and
 * follow-ups agree. Needs-covering: income ends benefit dependency (rate is an assumption).
 */
export function followUpRows(
  rng: Rng, pathway: Pathway, enrolmentId: string, project: ProjectContext,
): Prisma.FollowUpCreateManyInput[] {
  const placement = pathway.placement;
  if (!placement) return [];
  const needsCovering = rng.chance(0.55);
  return [6, 12].map((monthsAfter) => {
    const dueAt = addMonths(placement.date, monthsAfter);
    const done = dueAt <= project.observedUntil;
    const stillEmployed = placement.endedAt === null || placement.endedAt > dueAt;
    return {
      id: rng.uuid(),
      enrolmentId,
      monthsAfter,
      dueAt,
      completedAt: done ? minDate(addDays(dueAt, rng.int(0, 21)), project.observedUntil) : null,
      stillEmployed: done ? stillEmployed : null,
      needsCovering: done ? stillEmployed && needsCovering : null,
    };
  });
}

/** Whether the hire still held after n months, once known. */
export function stillEmployedAfter(pathway: Pathway, months: number, observedUntil: Date): boolean | null {
  const placement = pathway.placement;
  if (!placement) return null;
  const due = addMonths(placement.date, months);
  if (due > observedUntil) return null;
  return placement.endedAt === null || placement.endedAt > due;
}
