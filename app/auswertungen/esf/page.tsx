import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getEsfReport } from '@/lib/reports/esf';
import { EsfFilterSchema, esfFilterQuery, periodError } from '@/lib/reports/esf-schema';
import { EsfFilterForm } from '@/components/reports/esf-filter-form';
import { EsfFiltersUsed } from '@/components/reports/esf-filters-used';
import { EsfTables } from '@/components/reports/esf-tables';
import { EsfDefinitions } from '@/components/reports/esf-definitions';

export const metadata: Metadata = { title: 'ESF+-Indikatorenbericht' };

export default async function EsfReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, 'dashboard.read')) notFound();
  const filter = EsfFilterSchema.parse(await searchParams);
  const error = periodError(filter);
  // With a period that ends before it starts the form shows the error; the report only lists the projects.
  const [t, report] = await Promise.all([getTranslations('esfReport'), orNotFound(getEsfReport(actor, error ? { projekt: filter.projekt } : filter))]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="mb-2">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </div>
      {report.projects.length === 0 ? (
        <p>{t('noProjects')}</p>
      ) : (
        <>
          <EsfFilterForm filter={filter} projects={report.projects} periodError={error} />
          {!error && (
            <>
              <EsfFiltersUsed report={report} chosenProject={Boolean(filter.projekt)} />
              <p><Link href={`/auswertungen/esf/druck${esfFilterQuery(filter)}`}>{t('printLink')}</Link></p>
              <EsfTables report={report} filter={filter} />
              <EsfDefinitions />
            </>
          )}
        </>
      )}
    </div>
  );
}
