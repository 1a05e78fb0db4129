import { getTranslations } from 'next-intl/server';
import type { ActorContext } from '@/lib/auth/authorize';
import { getAdminFigures } from '@/lib/admin/queries';
import { formatInteger } from '@/lib/format';
import { StatCard } from '@/components/ui/stat-card';

export async function AdminHome({ actor }: { actor: ActorContext }) {
  const [t, figures] = await Promise.all([getTranslations(), getAdminFigures(actor)]);
  if (!figures) return null;
  return (
    <section aria-labelledby="verwaltung" className="space-y-6">
      <h2 id="verwaltung">{t('admin.heading')}</h2>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
        <StatCard label={t('admin.users')} value={formatInteger(figures.users)} />
        <StatCard label={t('admin.organisations')} value={formatInteger(figures.organisations)} />
        <StatCard label={t('admin.auditLast24h')} value={formatInteger(figures.auditLast24h)} />
      </dl>
      <table className="max-w-md">
        <caption>{t('admin.usersByRole')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col" className="num">{t('admin.count')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.usersByRole.map((r) => (
            <tr key={r.role}>
              <td>{t(`roles.${r.role}`)}</td>
              <td className="num">{formatInteger(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
