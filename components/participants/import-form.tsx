'use client';
import { useActionState, useState, type FormEvent } from 'react';
import { useFormStatus } from 'react-dom';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { importParticipantsAction, type ImportState } from '@/lib/participants/import-actions';
import type { ImportPreview } from '@/lib/participants/import-format';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { ImportIssueTable } from './import-issue-table';

function SubmitButton({ label, pendingLabel, primary }: { label: string; pendingLabel: string; primary?: boolean }) {
  // Pending per form: the check and the import are two forms of one action.
  const { pending } = useFormStatus();
  const style = primary
    ? 'bg-action text-white hover:bg-action-dark'
    : 'border-2 border-action text-action hover:bg-action-tint';
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`rounded px-5 py-2 font-semibold cursor-pointer disabled:opacity-70 ${style}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}

export function ImportForm({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const t = useTranslations('import');
  const [state, action] = useActionState<ImportState, FormData>(importParticipantsAction, { status: 'idle' });
  const [fileError, setFileError] = useState<{ message: string; after: ImportState } | null>(null);
  const limits = { megabytes: maxBytes / 1_000_000, rows: maxRows };
  // A message from the browser's own check holds until the server answers again.
  const clientMessage = fileError?.after === state ? fileError.message : null;
  const message = clientMessage ?? (state.status === 'error' ? state.message : null);

  // Checked here too, so a file over the limit never travels; the server checks again.
  function checkFile(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null;
    const file = input?.files?.[0];
    const problem = !file || file.size === 0 ? t('noFile') : file.size > maxBytes ? t('tooLarge', limits) : null;
    if (problem) {
      event.preventDefault();
      setFileError({ message: problem, after: state });
    } else setFileError(null);
  }

  return (
    <>
      <form action={action} onSubmit={checkFile} noValidate className="mb-8 max-w-2xl">
        <ErrorSummary title={t('problem')} errors={message ? [['datei', message]] : []} />
        <input type="hidden" name="step" value="preview" />
        <Field id="datei" label={t('fileLabel')} hint={t('fileHint', limits)} error={message ?? undefined}>
          {(control) => <input type="file" name="file" accept=".csv,text/csv" {...control} />}
        </Field>
        <SubmitButton label={t('check')} pendingLabel={t('checking')} />
      </form>

      <p role="status" className={state.status === 'done' ? 'mb-6 border-l-4 border-success bg-hued p-4 font-semibold' : 'sr-only'}>
        {state.status === 'done' && (
          <>
            {t('done', { participants: state.participants, phases: state.phases })}{' '}
            <Link href="/teilnehmende">{t('toList')}</Link>
          </>
        )}
      </p>

      {state.status === 'preview' && <PreviewSection preview={state.preview} csv={state.csv} fileName={state.fileName} action={action} />}
    </>
  );
}

function PreviewSection({ preview, csv, fileName, action }: { preview: ImportPreview; csv: string; fileName: string; action: (formData: FormData) => void }) {
  const t = useTranslations('import');
  const ok = preview.errorCount === 0;
  return (
    <section aria-labelledby="vorschau" className="max-w-5xl">
      <h2 id="vorschau" className="mb-2">{t('previewHeading')}</h2>
      {fileName && <p className="mb-1 text-muted">{t('checkedFile', { fileName })}</p>}
      <p role="status" className="mb-4 font-semibold">
        {t('summary', { participants: preview.participants, phases: preview.phases, rows: preview.rows })}
      </p>
      {ok ? (
        <p className="mb-4 border-l-4 border-success bg-hued p-3">{t('ready')}</p>
      ) : (
        <ErrorSummary title={t('hasErrors', { count: preview.errorCount })} errors={[['fehler', t('toErrors')]]} />
      )}
      {!ok && <ImportIssueTable id="fehler" issues={preview.errors} count={preview.errorCount} caption={t('errorsCaption')} kind="error" />}
      {preview.warningCount > 0 && (
        <>
          <p className="mb-2">{t('warningsIntro')}</p>
          <ImportIssueTable id="hinweise" issues={preview.warnings} count={preview.warningCount} caption={t('warningsCaption')} kind="warning" />
        </>
      )}
      {ok && <Sample preview={preview} />}
      {ok && (
        <form action={action}>
          <input type="hidden" name="step" value="commit" />
          <input type="hidden" name="csv" value={csv} />
          <input type="hidden" name="fileName" value={fileName} />
          <SubmitButton label={t('commit')} pendingLabel={t('committing')} primary />
        </form>
      )}
    </section>
  );
}

function Sample({ preview }: { preview: ImportPreview }) {
  const t = useTranslations('import');
  const phaseLabel = useTranslations('phases');
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  if (preview.sample.length === 0) return null;
  return (
    <div className="mb-6 overflow-x-auto">
      <table>
        <caption>{t('sampleCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('row')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('customerNumber')}</th>
            <th scope="col">{t('project')}</th>
            <th scope="col">{t('enrolledAt')}</th>
            <th scope="col">{t('phases')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((p) => (
            <tr key={p.row}>
              <td>{p.row}</td>
              <th scope="row" className="bg-transparent font-normal">{p.name}</th>
              <td>{p.customerNumber}</td>
              <td>{p.project}</td>
              <td>{day(p.enrolledAt)}</td>
              <td>
                {p.phases.length === 0 ? t('noPhase') : (
                  <ol className="list-none p-0">
                    {p.phases.map((phase, i) => (
                      <li key={i}>
                        {phase.endDate
                          ? t('phaseFromTo', { phase: phaseLabel(phase.kind), start: day(phase.startDate), end: day(phase.endDate) })
                          : t('phaseFrom', { phase: phaseLabel(phase.kind), start: day(phase.startDate) })}
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
