import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { listReferenceRows } from '@/lib/funding/subsidy-reference';
import { centsToInput } from '@/lib/funding/subsidy-reference-schema';
import { formatEuroCents } from '@/lib/funding/subsidy-format';
import { formatDay } from '@/lib/format';
import { BenefitRateForm, DeleteRowForm, MinimumWageForm, type EditedRow } from '@/components/funding/reference-rate-forms';

export const metadata: Metadata = { title: 'Mindestlohn und Leistungssätze' };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const FORM_KEYS = [
  'errorSummary', 'save', 'saving', 'cancelEdit', 'delete', 'validFrom', 'hourly', 'hourlyHint', 'addWage', 'editWage',
  'standardRate', 'standardRateHint', 'housingCosts', 'housingCostsHint', 'addRate', 'editRate',
] as const;

export default async function ReferenceRatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const rows = await listReferenceRows(actor);
  if (!rows) notFound();
  const t = await getTranslations('referenceRates');
  const texts = Object.fromEntries(FORM_KEYS.map((k) => [k, t(`form.${k}`)]));
  const params = await searchParams;
  const editWage = rows.minimumWages.find((r) => iso(r.validFrom) === params.mindestlohn);
  const editRate = rows.benefitRates.find((r) => iso(r.validFrom) === params.leistungssatz);
  const wageEdit: EditedRow | null = editWage
    ? { validFrom: iso(editWage.validFrom), version: editWage.version, values: { validFrom: iso(editWage.validFrom), hourly: centsToInput(editWage.hourlyCents) } }
    : null;
  const rateEdit: EditedRow | null = editRate
    ? {
        validFrom: iso(editRate.validFrom), version: editRate.version,
        values: { validFrom: iso(editRate.validFrom), standardRate: centsToInput(editRate.standardRateCents), housingCosts: centsToInput(editRate.housingCostsCents) },
      }
    : null;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-2">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
      </div>

      <section aria-labelledby="mindestlohn" className="space-y-6">
        <h2 id="mindestlohn">{t('wages.heading')}</h2>
        <p className="max-w-3xl">{t('wages.intro')}</p>
        <table className="max-w-2xl">
          <caption>{t('wages.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('validFrom')}</th>
              <th scope="col" className="num">{t('wages.hourly')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.minimumWages.map((r) => (
              <tr key={iso(r.validFrom)}>
                <th scope="row" className="font-normal">{formatDay(r.validFrom)}</th>
                <td className="num">{formatEuroCents(r.hourlyCents)}</td>
                <td className="space-x-4">
                  <a href={`/verwaltung/mindestlohn?mindestlohn=${iso(r.validFrom)}#mindestlohn-formular`} aria-label={t('wages.editLabel', { date: formatDay(r.validFrom) })}>{t('edit')}</a>
                  <DeleteRowForm table="MinimumWage" validFrom={iso(r.validFrom)} version={r.version} label={t('wages.deleteLabel', { date: formatDay(r.validFrom) })} texts={texts} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div id="mindestlohn-formular">
          <MinimumWageForm key={wageEdit?.validFrom ?? 'neu'} edited={wageEdit} texts={texts} />
        </div>
      </section>

      <section aria-labelledby="leistungssaetze" className="space-y-6">
        <h2 id="leistungssaetze">{t('rates.heading')}</h2>
        <p className="max-w-3xl">{t('rates.intro')}</p>
        <table className="max-w-3xl">
          <caption>{t('rates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('validFrom')}</th>
              <th scope="col" className="num">{t('rates.standardRate')}</th>
              <th scope="col" className="num">{t('rates.housingCosts')}</th>
              <th scope="col" className="num">{t('rates.sum')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.benefitRates.map((r) => (
              <tr key={iso(r.validFrom)}>
                <th scope="row" className="font-normal">{formatDay(r.validFrom)}</th>
                <td className="num">{formatEuroCents(r.standardRateCents)}</td>
                <td className="num">{formatEuroCents(r.housingCostsCents)}</td>
                <td className="num">{formatEuroCents(r.standardRateCents + r.housingCostsCents)}</td>
                <td className="space-x-4">
                  <a href={`/verwaltung/mindestlohn?leistungssatz=${iso(r.validFrom)}#leistungssatz-formular`} aria-label={t('rates.editLabel', { date: formatDay(r.validFrom) })}>{t('edit')}</a>
                  <DeleteRowForm table="BenefitRate" validFrom={iso(r.validFrom)} version={r.version} label={t('rates.deleteLabel', { date: formatDay(r.validFrom) })} texts={texts} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div id="leistungssatz-formular">
          <BenefitRateForm key={rateEdit?.validFrom ?? 'neu'} edited={rateEdit} texts={texts} />
        </div>
      </section>
    </div>
  );
}
