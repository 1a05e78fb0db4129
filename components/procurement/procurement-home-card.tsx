import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { percentOf } from '@/lib/procurement/figures';
import { getProjectProcurementFigures } from '@/lib/procurement/queries';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatInteger } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';

/** A project's procurement headline on the start page: checked, suitable, committed, delivered. */
export async function ProcurementHomeCard({ actor, projectId, projectName }: { actor: ActorContext; projectId: string; projectName: string }) {
  const figures = await getProjectProcurementFigures(actor, projectId);
  if (!figures) return null;
  const t = await getTranslations('procurement');
  const pct = (value: number | null) => (value === null ? t('noPercent') : t('percent', { value }));
  return (
    <>
      <h3>{t('homeHeading')}</h3>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <StatCard label={t('checked')} value={`${t('checkedValue', { checked: formatInteger(figures.checked), tenders: formatInteger(figures.tenders) })} (${pct(percentOf(figures.checked, figures.tenders))})`} />
        <StatCard label={t('suitable')} value={`${formatInteger(figures.suitable)} (${pct(percentOf(figures.suitable, figures.checked))})`} />
        <StatCard label={t('committed')} value={formatInteger(figures.committedHires)} />
        <StatCard label={t('delivered')} value={formatCountCell(figures.delivered)} />
      </dl>
      <p>
        <Link href={`/ausschreibungen?projekt=${projectId}`}>{t('homeLink')}<span className="sr-only"> {projectName}</span></Link>
      </p>
    </>
  );
}
