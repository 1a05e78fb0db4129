// One chronological view of an enrolment's phases, contacts, support services and
// follow-ups (newest first), built from plain records.
import type { ContactKind, ExitReason, PhaseKind, SupportServiceKind, SupportServiceStatus } from '../generated/prisma/enums';

export type TimelineEntry =
  | { type: 'enrolment'; date: Date; project: string }
  | { type: 'phase'; date: Date; kind: PhaseKind; endDate: Date | null; employer: string | null }
  | { type: 'contact'; date: Date; kind: ContactKind; durationMinutes: number; note: string | null }
  | { type: 'service'; date: Date; kind: SupportServiceKind; status: SupportServiceStatus; endDate: Date | null }
  | { type: 'followUp'; date: Date; monthsAfter: number; completed: boolean; stillEmployed: boolean | null; needsCovering: boolean | null }
  | { type: 'exit'; date: Date; reason: ExitReason | null };

export interface TimelineSource {
  project: string;
  enrolledAt: Date;
  exitedAt: Date | null;
  exitReason: ExitReason | null;
  phases: { kind: PhaseKind; startDate: Date; endDate: Date | null; employer: { name: string } | null }[];
  contacts: { occurredAt: Date; kind: ContactKind; durationMinutes: number; note: string | null }[];
  supportServices: { kind: SupportServiceKind; status: SupportServiceStatus; startDate: Date; endDate: Date | null }[];
  followUps: { monthsAfter: number; dueAt: Date; completedAt: Date | null; stillEmployed: boolean | null; needsCovering: boolean | null }[];
}

// Within one day, the later step of a case comes first (exit above the phase it ends).
const ORDER: Record<TimelineEntry['type'], number> = { exit: 0, followUp: 1, phase: 2, service: 3, contact: 4, enrolment: 5 };

export function buildTimeline(source: TimelineSource): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { type: 'enrolment', date: source.enrolledAt, project: source.project },
    ...source.phases
      .filter((p) => p.kind !== 'EXIT')
      .map((p): TimelineEntry => ({ type: 'phase', date: p.startDate, kind: p.kind, endDate: p.endDate, employer: p.employer?.name ?? null })),
    ...source.contacts.map((c): TimelineEntry => ({ type: 'contact', date: c.occurredAt, kind: c.kind, durationMinutes: c.durationMinutes, note: c.note })),
    ...source.supportServices.map((s): TimelineEntry => ({ type: 'service', date: s.startDate, kind: s.kind, status: s.status, endDate: s.endDate })),
    ...source.followUps.map((f): TimelineEntry => ({ type: 'followUp', date: f.completedAt ?? f.dueAt, monthsAfter: f.monthsAfter, completed: f.completedAt !== null, stillEmployed: f.stillEmployed, needsCovering: f.needsCovering })),
    ...(source.exitedAt ? [{ type: 'exit', date: source.exitedAt, reason: source.exitReason } as TimelineEntry] : []),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || ORDER[a.type] - ORDER[b.type]);
}
