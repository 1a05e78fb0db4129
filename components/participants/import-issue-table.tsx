'use client';
import { useTranslations } from 'next-intl';
import type { ImportIssue } from '@/lib/participants/import-format';

/** Errors or notes of an import check, one row each, in the order of the file. */
export function ImportIssueTable({ id, issues, count, caption, kind }: { id: string; issues: ImportIssue[]; count: number; caption: string; kind: 'error' | 'warning' }) {
  const t = useTranslations('import');
  return (
    <div className="mb-6 overflow-x-auto">
      <table id={id} tabIndex={-1}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('row')}</th>
            <th scope="col">{t('columnHeader')}</th>
            <th scope="col">{kind === 'error' ? t('error') : t('warning')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <th scope="row" className="bg-transparent font-normal">{issue.row ?? t('wholeFile')}</th>
              <td>{issue.column ?? t('noColumn')}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > issues.length && <p className="mt-2 text-muted">{t('shownOf', { shown: issues.length, count })}</p>}
    </div>
  );
}
