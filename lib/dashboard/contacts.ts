import 'server-only';
// Contacts per participant and month against the project's target (Joboffensive: up to
// 4 a month). Per month: enrolments active, enrolments contacted at least once, contacts,
// contacts per active enrolment, and the target; across several projects the target is
// their targets weighted by their active enrolments.
import { dashboardDb } from '../db';
import type { ActorContext } from '../auth/authorize';
import { shown, suppressLine, suppressPart, suppressSmall, type Count } from './suppress';
import { activeCtes, type Period } from './rollup-sql';
import { resolveSelection, type DashboardSelection } from './selection';
import type { DashboardFilter } from './schema';

export interface ContactMonth { month: string; active: Count; contacted: Count; contacts: Count; perParticipant: number | null; target: number | null }
export interface Contacts { months: ContactMonth[]; total: { contacts: Count; perParticipant: number | null; target: number | null } }

interface Row { month: string; active: number; contacts: number; contacted: number; expected: number | null; activeWithTarget: number }

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

export async function contactsFor(selection: Period & Pick<DashboardSelection, 'exact'>): Promise<Contacts> {
  if (selection.projectIds.length === 0) return { months: [], total: { contacts: shown(0), perParticipant: null, target: null } };
  const rows = await dashboardDb.$queryRaw<Row[]>`
    WITH ${activeCtes(selection)}, counted AS (
      SELECT month, SUM(value) FILTER (WHERE figure = 'contacts') AS contacts, SUM(value) FILTER (WHERE figure = 'contacted') AS contacted
      FROM "RollupProjectMonth"
      WHERE "projectId" = ANY(${selection.projectIds}::uuid[]) AND figure IN ('contacts', 'contacted')
        AND month BETWEEN (SELECT min(month) FROM months) AND (SELECT max(month) FROM months)
      GROUP BY 1
    ), targets AS (
      SELECT a.month, SUM(a.active) AS active, SUM(a.active * pr."contactsPerMonth") AS expected,
             COALESCE(SUM(a.active) FILTER (WHERE pr."contactsPerMonth" IS NOT NULL), 0) AS "activeWithTarget"
      FROM active a JOIN "Project" pr ON pr.id = a."projectId" GROUP BY 1
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(t.active, 0)::int AS active,
           COALESCE(c.contacts, 0)::int AS contacts, COALESCE(c.contacted, 0)::int AS contacted,
           t.expected::int AS expected, t."activeWithTarget"::int AS "activeWithTarget"
    FROM months m LEFT JOIN targets t ON t.month = m.month LEFT JOIN counted c ON c.month = m.month
    ORDER BY 1`;
  const totalContacts = rows.reduce((s, r) => s + r.contacts, 0);
  const activeMonths = rows.reduce((s, r) => s + r.active, 0);
  const target = (expected: number, withTarget: number) => ratio(expected, withTarget);
  const totalTarget = target(rows.reduce((s, r) => s + (r.expected ?? 0), 0), rows.reduce((s, r) => s + r.activeWithTarget, 0));
  if (selection.exact) {
    return {
      months: rows.map((r) => ({
        month: r.month, active: shown(r.active), contacted: shown(r.contacted), contacts: shown(r.contacts),
        perParticipant: ratio(r.contacts, r.active), target: target(r.expected ?? 0, r.activeWithTarget),
      })),
      total: { contacts: shown(totalContacts), perParticipant: ratio(totalContacts, activeMonths), target: totalTarget },
    };
  }
  // A ratio shows only with both its counts: with one of them it would give the other away.
  const line = suppressLine(rows.map((r) => r.contacts), suppressSmall(totalContacts));
  const months = rows.map((r, i) => {
    const active = suppressSmall(r.active);
    const contacts = line.cells[i]!;
    const both = !active.suppressed && !contacts.suppressed;
    return {
      month: r.month, active, contacted: suppressPart(r.active, r.contacted).part, contacts,
      perParticipant: both ? ratio(r.contacts, r.active) : null,
      target: active.suppressed ? null : target(r.expected ?? 0, r.activeWithTarget),
    };
  });
  const totalShown = !line.total.suppressed && activeMonths >= 5;
  return { months, total: { contacts: line.total, perParticipant: totalShown ? ratio(totalContacts, activeMonths) : null, target: totalTarget } };
}

export async function getContacts(actor: ActorContext, filter: DashboardFilter): Promise<Contacts | null> {
  const selection = await resolveSelection(actor, filter);
  return selection && contactsFor(selection);
}
