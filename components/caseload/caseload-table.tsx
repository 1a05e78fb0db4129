import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { staffNeeded, type ProjectCaseload } from '@/lib/casework/caseload';
import { personParam } from '@/lib/casework/reassign-schema';
import { formatInteger } from '@/lib/format';
import { UtilisationBar } from './utilisation-bar';

/** One project's caseload per person, with the unassigned counts and a link to hand over. */
export async function CaseloadTable({ caseload: p }: { caseload: ProjectCaseload }) {
  const t = await getTranslations('caseload');
  const needed = staffNeeded(p);
  const ratio = p.caseloadRatio ? t('ratio', { ratio: formatInteger(p.caseloadRatio) }) : t('noRatioShort');
  const show = (role: 'caseworker' | 'jobCoach', personId: string | null) =>
    `/fallzahlen?${new URLSearchParams({ projekt: p.projectId, person: personParam(role, personId) })}#uebergabe`;
  return (
    <section aria-labelledby={`fallzahlen-${p.projectId}`} className="space-y-3">
      <h2 id={`fallzahlen-${p.projectId}`}>{p.project}</h2>
      <ul className="list-disc pl-6">
        <li>{t('activeEnrolments', { count: formatInteger(p.activeEnrolments) })}</li>
        <li>
          {p.withoutCaseworker > 0 ? <Link href={show('caseworker', null)}>{t('withoutCaseworker', { count: formatInteger(p.withoutCaseworker) })}</Link> : t('withoutCaseworker', { count: '0' })}
        </li>
        <li>
          {p.withoutJobCoach > 0 ? <Link href={show('jobCoach', null)}>{t('withoutJobCoach', { count: formatInteger(p.withoutJobCoach) })}</Link> : t('withoutJobCoach', { count: '0' })}
        </li>
        <li>{p.caseloadRatio && needed !== null ? t('staffNeeded', { ratio: formatInteger(p.caseloadRatio), needed }) : t('noRatio')}</li>
      </ul>
      <table>
        <caption>{t('tableCaption', { project: p.project })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col" className="num">{t('activeColumn')}</th>
            <th scope="col">{t('ratioColumn')}</th>
            <th scope="col">{t('utilisation')}</th>
            <th scope="col"><span className="sr-only">{t('handOver')}</span></th>
          </tr>
        </thead>
        <tbody>
          {p.people.length === 0 && <tr><td colSpan={6}>{t('noPeople')}</td></tr>}
          {p.people.map((person) => (
            <tr key={`${person.role}-${person.personId}`}>
              <td>
                {person.name}
                {!person.active && <> <span className="text-muted">{t('deactivated')}</span></>}
              </td>
              <td>{t(person.role === 'caseworker' ? 'roleCaseworker' : 'roleJobCoach')}</td>
              <td className="num">{formatInteger(person.enrolments)}</td>
              <td>{ratio}</td>
              <td>{person.utilisation === null ? t('noRatioShort') : <UtilisationBar percent={person.utilisation} overTarget={person.overTarget} overLabel={t('overTarget')} />}</td>
              <td>
                {person.enrolments > 0 && (
                  <Link href={show(person.role, person.personId)}>
                    {t('showEnrolments')}<span className="sr-only"> {t('ofPerson', { name: person.name })}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
