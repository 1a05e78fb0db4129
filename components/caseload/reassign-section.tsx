import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/permissions';
import type { ProjectCaseload } from '@/lib/casework/caseload';
import { listHeldEnrolments, listReassignTargets } from '@/lib/casework/reassign-queries';
import { personParam, type ReassignFilter, type ReassignRole } from '@/lib/casework/reassign-schema';
import { formatDay, formatInteger } from '@/lib/format';
import { ReassignForm } from './reassign-form';

const TEXT_KEYS = [
  'errorSummary', 'selectionLegend', 'selectAll', 'selectNone', 'select', 'pseudonym', 'participantName', 'phase', 'enrolledAt',
  'target', 'targetHint', 'choose', 'submit', 'submitting',
] as const;

/**
 * Choose project and current person with a GET form (works without JavaScript), then
 * hand over their active enrolments. The person list is the selected project's caseload.
 */
export async function ReassignSection({ actor, caseload, filter }: { actor: ActorContext; caseload: ProjectCaseload[]; filter: ReassignFilter }) {
  const t = await getTranslations('caseload');
  const project = caseload.find((p) => p.projectId === filter.projekt) ?? caseload[0];
  if (!project) return null;
  const personValue = filter.person ? personParam(filter.person.role, filter.person.personId) : '';
  const roleLabel = (role: ReassignRole) => t(role === 'caseworker' ? 'roleCaseworker' : 'roleJobCoach');
  const unassigned = (role: ReassignRole) => t(role === 'caseworker' ? 'unassignedCaseworker' : 'unassignedJobCoach');
  const options = (role: ReassignRole) => [
    ...project.people.filter((p) => p.role === role).map((p) => ({ value: personParam(role, p.personId), label: t('personOption', { name: p.name, count: formatInteger(p.enrolments) }) })),
    { value: personParam(role, null), label: t('personOption', { name: unassigned(role), count: formatInteger(role === 'caseworker' ? project.withoutCaseworker : project.withoutJobCoach) }) },
  ];
  const person = filter.person && filter.projekt === project.projectId ? filter.person : null;
  const personName = person
    ? person.personId === null
      ? unassigned(person.role)
      : (project.people.find((p) => p.role === person.role && p.personId === person.personId)?.name ?? null)
    : null;

  return (
    <section id="uebergabe" aria-labelledby="uebergabe-titel" className="space-y-4">
      <h2 id="uebergabe-titel">{t('reassignHeading')}</h2>
      <p className="text-muted">{t('reassignIntro')}</p>
      <form method="get" action="/fallzahlen#uebergabe" className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="projekt" className="mb-1 block font-semibold">{t('project')}</label>
          <select id="projekt" name="projekt" defaultValue={project.projectId} className="rounded border-2 border-ink bg-white px-3 py-2">
            {caseload.map((p) => <option key={p.projectId} value={p.projectId}>{p.project}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="person" className="mb-1 block font-semibold">{t('person')}</label>
          <p id="person-hinweis" className="mb-1 text-sm text-muted">{t('personHint')}</p>
          <select id="person" name="person" defaultValue={person ? personValue : ''} aria-describedby="person-hinweis" className="rounded border-2 border-ink bg-white px-3 py-2">
            <option value="">{t('choose')}</option>
            {(['caseworker', 'jobCoach'] as const).map((role) => (
              <optgroup key={role} label={roleLabel(role)}>
                {options(role).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="cursor-pointer rounded border-2 border-action px-4 py-2 font-semibold text-action hover:bg-action-tint">{t('show')}</button>
      </form>
      {person && personName !== null && <HeldList actor={actor} project={project} role={person.role} personId={person.personId} personName={personName} filter={filter} />}
      {person && personName === null && <p role="status">{t('none')}</p>}
    </section>
  );
}

async function HeldList(props: { actor: ActorContext; project: ProjectCaseload; role: ReassignRole; personId: string | null; personName: string; filter: ReassignFilter }) {
  const { actor, project, role, personId, personName, filter } = props;
  const [t, phases, { rows, next }, targets] = await Promise.all([
    getTranslations('caseload'),
    getTranslations('phases'),
    listHeldEnrolments(actor, { projectId: project.projectId, role, personId, after: filter.nach }),
    listReassignTargets(actor, project.projectId, role),
  ]);
  const base = { projekt: project.projectId, person: personParam(role, personId) };
  const href = (extra: Record<string, string>) => `/fallzahlen?${new URLSearchParams({ ...base, ...extra })}#uebergabe`;
  const page: Record<string, string> = filter.nach ? { nach: filter.nach } : {};
  if (rows.length === 0) return <p role="status">{t('none')}</p>;
  return (
    <>
      {targets.filter((x) => x.id !== personId).length === 0 && <p role="status">{t('noTargets')}</p>}
      <ReassignForm
        projectId={project.projectId}
        role={role}
        caption={t('listCaption', { person: personName, project: project.project })}
        rows={rows.map((r) => ({
          enrolmentId: r.enrolmentId,
          version: r.version,
          pseudonym: r.pseudonym,
          name: r.name,
          phase: r.phase ? `${phases(r.phase)} (${t('since', { date: formatDay(r.phaseSince ?? r.enrolledAt) })})` : phases('NONE'),
          enrolledAt: formatDay(r.enrolledAt),
        }))}
        showNames={can(actor, 'participant.readIdentity')}
        targets={targets.filter((x) => x.id !== personId)}
        allSelected={filter.alle === '1'}
        selectAllHref={href({ ...page, alle: '1' })}
        selectNoneHref={href(page)}
        texts={Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]))}
      />
      <nav aria-label={t('pagination')} className="flex gap-6">
        {filter.nach && <Link href={href({})}>{t('firstPage')}</Link>}
        {next && <Link href={href({ nach: next })}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
