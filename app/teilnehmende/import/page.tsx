import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/participants/import-format';
import { listImportProjects } from '@/lib/participants/import-participants';
import { Disclosure } from '@/components/ui/disclosure';
import { ImportForm } from '@/components/participants/import-form';

export const metadata: Metadata = { title: 'Teilnehmende importieren' };

export default async function ImportParticipantsPage() {
  const actor = await requireActor();
  if (!can(actor, 'participant.create')) notFound();
  const [t, messages, projects] = await Promise.all([getTranslations('import'), getMessages(), listImportProjects(actor)]);
  const limits = { rows: MAX_IMPORT_ROWS, megabytes: MAX_IMPORT_BYTES / 1_000_000 };
  return (
    <>
      <h1 className="mb-2">{t('title')}</h1>
      <p className="mb-6 max-w-3xl text-muted">{t('intro')}</p>

      <Disclosure summary={t('formatHeading')}>
        <p className="mb-2 max-w-3xl">{t('formatIntro')}</p>
        <p className="mb-4 max-w-3xl">{t('formatDetails', limits)}</p>
        <div className="mb-6 overflow-x-auto">
          <table>
            <caption>{t('columnsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('column')}</th>
                <th scope="col">{t('required')}</th>
                <th scope="col">{t('content')}</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS.map((c) => (
                <tr key={c.key}>
                  <th scope="row" className="bg-transparent font-normal"><code>{c.header}</code></th>
                  <td>{c.required ? t('yes') : t('no')}</td>
                  <td>{t(`columns.${c.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {projects.length === 0 ? (
          <p>{t('noProjects')}</p>
        ) : (
          <div className="mb-4 overflow-x-auto">
            <table>
              <caption>{t('projectsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projectName')}</th>
                  <th scope="col">{t('projectShortName')}</th>
                </tr>
              </thead>
              <tbody>
                {projects.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="bg-transparent font-normal">{p.name}</th>
                    <td><code>{p.shortName}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {projects.length > 0 && <a href="/teilnehmende/import/vorlage" download>{t('template')}</a>}
      </Disclosure>

      {/* Only the texts the form needs travel to the browser. */}
      <NextIntlClientProvider messages={{ import: messages.import, phases: messages.phases }}>
        <ImportForm maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} />
      </NextIntlClientProvider>
    </>
  );
}
