import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { listFinancingShares, listProjectFigures } from '@/lib/projects/queries';
import { formatCount } from '@/components/projects/count-cell';
import { FinancingShares } from '@/components/projects/financing-shares';
import { ProcurementHomeCard } from '@/components/procurement/procurement-home-card';
import { StatCard } from '@/components/ui/stat-card';
import { formatInteger } from '@/lib/format';
import { can } from '@/lib/auth/permissions';

export async function CoordinatorHome({ actor }: { actor: ActorContext }) {
  const t = await getTranslations('projects');
  const caseload = await getTranslations('caseload');
  const esf = await getTranslations('esfReport');
  const dashboard = await getTranslations('dashboard');
  const projects = await listProjectFigures(actor, { operatorId: actor.organisationId });
  const shares = await Promise.all(projects.map((p) => listFinancingShares(actor, p.id)));
  if (projects.length === 0) return <p>{(await getTranslations('home'))('noProjects')}</p>;
  return (
    <div className="space-y-10">
      {projects.map((p, i) => (
        <section key={p.id} aria-labelledby={`projekt-${p.id}`} className="space-y-4">
          <h2 id={`projekt-${p.id}`}><Link href={`/projekte/${p.id}`}>{p.name}</Link></h2>
          <p className="text-muted">{t('positionsAcross', { positions: formatInteger(p.positions), employers: formatInteger(p.employers) })}</p>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <StatCard label={t('positions')} value={formatInteger(p.positions)} />
            <StatCard label={t('employers')} value={formatInteger(p.employers)} />
            <StatCard label={t('participants')} value={formatCount(p.participants)} />
            <StatCard label={t('placements')} value={formatCount(p.placements)} />
          </dl>
          {can(actor, 'participant.reassign') && (
            <p>
              <Link href={`/fallzahlen#fallzahlen-${p.id}`}>{caseload('homeLink')}<span className="sr-only"> {p.name}</span></Link>
            </p>
          )}
          <h3>{t('financing')}</h3>
          <FinancingShares project={p.name} shares={shares[i] ?? []} />
          <ProcurementHomeCard actor={actor} projectId={p.id} projectName={p.name} />
        </section>
      ))}
      {can(actor, 'dashboard.read') && <p><Link href="/auswertungen">{dashboard('homeLink')}</Link></p>}
      {can(actor, 'dashboard.read') && <p><Link href="/auswertungen/esf">{esf('homeLink')}</Link></p>}
    </div>
  );
}
