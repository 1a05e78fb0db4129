import { getTranslations } from 'next-intl/server';
import type { PhaseKind } from '@/lib/generated/prisma/enums';

const ORDER: (PhaseKind | null)[] = [null, 'PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT'];
const rank = (kind: PhaseKind | null) => ORDER.indexOf(kind);

/** The project's model as it is stored: its allowed phase sequences (edges), exits included. */
export async function PhaseModelTable({ transitions }: { transitions: { fromKind: PhaseKind | null; toKind: PhaseKind }[] }) {
  const [t, phase] = await Promise.all([getTranslations('projectAdmin'), getTranslations('phases')]);
  const rows = [...transitions].sort((a, b) => rank(a.fromKind) - rank(b.fromKind) || rank(a.toKind) - rank(b.toKind));
  return (
    <table className="max-w-2xl">
      <caption>{t('phaseFlowCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('from')}</th>
          <th scope="col">{t('to')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.fromKind ?? 'start'}-${r.toKind}`}>
            <td>{r.fromKind ? phase(r.fromKind) : t('phaseStart')}</td>
            <td>{phase(r.toKind)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
