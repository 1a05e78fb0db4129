import 'server-only';
// Contacts per participant and month against the project's target (Joboffensive: up to
// 4 a month). Per month, quarter or year: participant-months (enrolments active in each of
// its months, summed; in a month simply the enrolments active), those with at least one
// contact, contacts, contacts per participant-month, and the target; across several
// projects the target is their targets weighted by their active enrolments.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import { shown, suppressLine, suppressPart, suppressSmall, SUPPRESSION_THRESHOLD, type Count } from './suppress';
import { activeCtes, spanEnrolments, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter, Step } from './schema';

/** One row of the series; `start` is its first month within the period, "YYYY-MM". */
export interface ContactSpan { start: string; active: Count; contacted: Count; contacts: Count; perParticipant: number | null; target: number | null }
export interface Contacts { step: Step; spans: ContactSpan[]; total: { contacts: Count; perParticipant: number | null; target: number | null } }

interface Row { start: string; persons: number; enrolled: number; active: number; contacts: number; contacted: number; expected: number | null; activeWithTarget: number }

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

export async function contactsFor(selection: Period & Pick<DashboardSelection, 'exact' | 'step'>): Promise<Contacts> {
  const { step } = selection;
  if (selection.projectIds.length === 0) return { step, spans: [], total: { contacts: shown(0), perParticipant: null, target: null } };
  const rows = await dashboardDb.$queryRaw<Row[]>`
    WITH ${activeCtes(selection)}, counted AS (
      SELECT month, SUM(value) FILTER (WHERE figure = 'contacts') AS contacts, SUM(value) FILTER (WHERE figure = 'contacted') AS contacted
      FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${selection.projectIds}::uuid[]) AND figure IN ('contacts', 'contacted')
        AND month BETWEEN (SELECT min(month) FROM months) AND (SELECT max(month) FROM months)
      GROUP BY 1
    ), targets AS (
      SELECT a.month, SUM(a.active) AS active, SUM(a.enrolled) AS enrolled, SUM(a.active * pr."contactsPerMonth") AS expected,
             COALESCE(SUM(a.active) FILTER (WHERE pr."contactsPerMonth" IS NOT NULL), 0) AS "activeWithTarget"
      FROM active a JOIN "Project" pr ON pr.id = a."projectId" GROUP BY 1
    )
    -- persons: active in the span's first month plus those enrolled later in it (whom the
    -- small-count rule is about; participant-months are no count of people).
    SELECT to_char(min(m.month), 'YYYY-MM') AS start,
           COALESCE(${spanEnrolments('t.active', 't.enrolled', 'm.month')}, 0)::int AS persons,
           COALESCE(SUM(t.enrolled), 0)::int AS enrolled, COALESCE(SUM(t.active), 0)::int AS active,
           COALESCE(SUM(c.contacts), 0)::int AS contacts, COALESCE(SUM(c.contacted), 0)::int AS contacted,
           SUM(t.expected)::int AS expected, COALESCE(SUM(t."activeWithTarget"), 0)::int AS "activeWithTarget"
    FROM months m LEFT JOIN targets t ON t.month = m.month LEFT JOIN counted c ON c.month = m.month
    GROUP BY date_trunc(${step}::text, m.month::timestamp)
    ORDER BY 1`;
  const totalContacts = rows.reduce((s, r) => s + r.contacts, 0);
  const activeMonths = rows.reduce((s, r) => s + r.active, 0);
  const target = (expected: number, withTarget: number) => ratio(expected, withTarget);
  const totalTarget = target(rows.reduce((s, r) => s + (r.expected ?? 0), 0), rows.reduce((s, r) => s + r.activeWithTarget, 0));
  if (selection.exact) {
    return {
      step,
      spans: rows.map((r) => ({
        start: r.start, active: shown(r.active), contacted: shown(r.contacted), contacts: shown(r.contacts),
        perParticipant: ratio(r.contacts, r.active), target: target(r.expected ?? 0, r.activeWithTarget),
      })),
      total: { contacts: shown(totalContacts), perParticipant: ratio(totalContacts, activeMonths), target: totalTarget },
    };
  }
  // A ratio shows only with both its counts: with one of them it would give the other away.
  const line = suppressLine(rows.map((r) => r.contacts), suppressSmall(totalContacts));
  const spans = rows.map((r, i) => {
    const active = r.persons < SUPPRESSION_THRESHOLD ? suppressSmall(0) : shown(r.active);
    const contacts = line.cells[i]!;
    const both = !active.suppressed && !contacts.suppressed;
    return {
      start: r.start, active, contacted: active.suppressed ? active : suppressPart(r.active, r.contacted).part, contacts,
      perParticipant: both ? ratio(r.contacts, r.active) : null,
      target: active.suppressed ? null : target(r.expected ?? 0, r.activeWithTarget),
    };
  });
  const persons = rows.reduce((sum, r, i) => sum + (i === 0 ? r.persons : r.enrolled), 0);
  const totalShown = !line.total.suppressed && persons >= SUPPRESSION_THRESHOLD;
  return { step, spans, total: { contacts: line.total, perParticipant: totalShown ? ratio(totalContacts, activeMonths) : null, target: totalTarget } };
}

export async function getContacts(actor: ActorContext, filter: DashboardFilter): Promise<Contacts | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && contactsFor(selection);
}
