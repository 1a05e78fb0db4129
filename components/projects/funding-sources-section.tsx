import { getTranslations } from 'next-intl/server';
import type { ProjectFunding } from '@/lib/funding/source-queries';
import { formatEuroFromCents } from '@/lib/format';
import { centsToEuroInput } from '@/lib/projects/form-values';
import { Disclosure } from '@/components/ui/disclosure';
import { FundingAmountForm, FundingDeleteForm, FundingSourceForm } from './funding-forms';

const TEXT_KEYS = [
  'errorSummary', 'kind', 'name', 'nameHint', 'yearField', 'plannedField', 'actualField', 'actualHint', 'amountHint',
  'choose', 'save', 'saving', 'delete', 'deleting',
] as const;

/** Each source with its amounts per year; forms to add, edit and delete for those who may. */
export async function FundingSourcesSection({ projectId, funding, kinds }: {
  projectId: string; funding: ProjectFunding; kinds: { value: string; label: string }[];
}) {
  const [t, kindLabel] = await Promise.all([getTranslations('projectAdmin.funding'), getTranslations('funding')]);
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, t(k)]));
  return (
    <section aria-labelledby="quellen" className="space-y-6">
      <h2 id="quellen">{t('sourcesHeading')}</h2>
      {funding.sources.map((source) => (
        <section key={source.id} aria-labelledby={`quelle-${source.id}-titel`} className="space-y-3 border-t border-line pt-4">
          <h3 id={`quelle-${source.id}-titel`}>
            {source.name} <span className="font-normal text-muted">({kindLabel(source.kind)})</span>
          </h3>
          {source.amounts.length === 0 ? (
            <p>{t('noAmounts')}</p>
          ) : (
            <table className="max-w-3xl">
              <caption>{t('amountsCaption', { source: source.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col" className="num">{t('planned')}</th>
                  <th scope="col" className="num">{t('actual')}</th>
                </tr>
              </thead>
              <tbody>
                {source.amounts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="bg-transparent font-normal">{a.year}</th>
                    <td className="num">{formatEuroFromCents(a.plannedCents)}</td>
                    <td className="num">{a.actualCents === null ? t('noActual') : formatEuroFromCents(a.actualCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {funding.canEdit && (
            <div>
              {source.amounts.map((a) => (
                <Disclosure key={a.id} summary={t('editAmount', { year: a.year })}>
                  <FundingAmountForm
                    fundingSourceId={source.id}
                    amount={{ id: a.id, version: a.version, year: a.year, planned: centsToEuroInput(a.plannedCents), actual: a.actualCents === null ? '' : centsToEuroInput(a.actualCents) }}
                    texts={texts}
                  />
                  <div className="mt-4">
                    <FundingDeleteForm kind="amount" id={a.id} version={a.version} label={t('deleteAmount', { year: a.year })} texts={texts} />
                  </div>
                </Disclosure>
              ))}
              <Disclosure summary={t('addAmount')}>
                <FundingAmountForm fundingSourceId={source.id} texts={texts} />
              </Disclosure>
              <Disclosure summary={t('editSource')}>
                <FundingSourceForm projectId={projectId} source={source} kinds={kinds} texts={texts} />
                <div className="mt-6">
                  <FundingDeleteForm kind="source" id={source.id} version={source.version} label={t('deleteSource')} hint={t('deleteSourceHint')} texts={texts} />
                </div>
              </Disclosure>
            </div>
          )}
        </section>
      ))}
      {funding.canEdit && (
        <Disclosure summary={t('addSource')}>
          <FundingSourceForm projectId={projectId} kinds={kinds} texts={texts} />
        </Disclosure>
      )}
    </section>
  );
}
