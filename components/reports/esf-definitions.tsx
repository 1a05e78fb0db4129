import { getTranslations } from 'next-intl/server';

const DEFINITIONS = ['entries', 'age', 'status', 'exit', 'afterSixMonths'] as const;

/** How the report counts: the approximations and definitions a reader needs to use the figures. */
export async function EsfDefinitions() {
  const t = await getTranslations('esfReport');
  return (
    <section aria-labelledby="esf-definitionen" className="esf-table space-y-2">
      <h2 id="esf-definitionen">{t('definitionsHeading')}</h2>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {DEFINITIONS.map((key) => <li key={key}>{t(`definitions.${key}`)}</li>)}
      </ul>
    </section>
  );
}
