import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getEsfReport } from '@/lib/reports/esf';
import { EsfFilterSchema, esfFilterQuery, periodError } from '@/lib/reports/esf-schema';
import { EsfFiltersUsed } from '@/components/reports/esf-filters-used';
import { EsfTables } from '@/components/reports/esf-tables';
import { EsfDefinitions } from '@/components/reports/esf-definitions';

export const metadata: Metadata = { title: 'ESF+-Indikatorenbericht (Druckansicht)' };

// A4 with room for the page number; counter(pages) in a margin box needs Chromium 131+
// (other browsers print their own header and footer instead). Only this page carries it.
const PAGE_CSS = `@page { size: A4 portrait; margin: 18mm 16mm 20mm;
  @bottom-right { content: "Seite " counter(page) " von " counter(pages); font: 9pt "Fira Sans", sans-serif; } }`;

const produced = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
const producedTime = new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' });

export default async function EsfReportPrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, 'dashboard.read')) notFound();
  const filter = EsfFilterSchema.parse(await searchParams);
  if (periodError(filter)) notFound();
  const [t, report] = await Promise.all([getTranslations('esfReport'), orNotFound(getEsfReport(actor, filter))]);
  const now = new Date();
  return (
    <article className="print-report space-y-6">
      <style>{PAGE_CSS}</style>
      <div className="no-print space-y-2 border-l-4 border-action bg-info-bg p-4">
        <p>{t('printHint')}</p>
        <p><Link href={`/auswertungen/esf${esfFilterQuery(filter)}`}>{t('backLink')}</Link></p>
      </div>
      <header className="space-y-2 border-b border-line pb-4">
        <h1>{t('title')}</h1>
        <p>{t('produced', { date: produced.format(now), time: producedTime.format(now) })}</p>
        <EsfFiltersUsed report={report} chosenProject={Boolean(filter.projekt)} />
      </header>
      <EsfTables report={report} filter={filter} print />
      <EsfDefinitions />
    </article>
  );
}
