import { getTranslations } from 'next-intl/server';

// The figures read small rollup tables, so this shows only briefly.
export default async function Loading() {
  const t = await getTranslations('dashboard');
  return (
    <div className="space-y-10" aria-busy="true">
      <h1>{t('title')}</h1>
      <p role="status">{t('loading')}</p>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="space-y-3" aria-hidden="true">
          <div className="h-7 w-1/3 rounded bg-hued" />
          <div className="h-4 w-2/3 rounded bg-hued" />
          <div className="h-64 rounded border border-line bg-hued" />
        </div>
      ))}
    </div>
  );
}
