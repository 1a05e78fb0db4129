import { getTranslations } from 'next-intl/server';
import type { HireRow, TenderView } from '@/lib/procurement/get-tender';
import { checkDueAt } from '@/lib/procurement/employment-check';
import { formatCountCell } from '@/lib/dashboard/tables';
import { formatDay, formatInteger } from '@/lib/format';
import { Disclosure } from '@/components/ui/disclosure';
import { EmploymentCheckForm } from './employment-check-form';
import { HireForm } from './hire-form';
import { RetentionCell } from './procurement-figures';
import { VisitForm } from './visit-form';

interface Props {
  tender: TenderView;
  texts: Record<string, string>;
  today: string;
}

/** Committed versus delivered for this tender, from the same query as the list's figures. */
export async function BalanceSection({ tender }: { tender: TenderView }) {
  const t = await getTranslations('procurement');
  const f = tender.figures;
  return (
    <section aria-labelledby="bilanz" className="space-y-4">
      <h2 id="bilanz">{t('balanceHeading')}</h2>
      <table>
        <caption>{t('balanceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figure')}</th>
            <th scope="col" className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          <tr><th scope="row" className="bg-transparent font-normal">{t('committed')}</th><td className="num">{formatInteger(f.committedHires)}</td></tr>
          {f.committedHours > 0 && <tr><th scope="row" className="bg-transparent font-normal">{t('committedHours')}</th><td className="num">{formatInteger(f.committedHours)}</td></tr>}
          <tr><th scope="row" className="bg-transparent font-normal">{t('delivered')}</th><td className="num">{formatCountCell(f.delivered)}</td></tr>
          <tr><th scope="row" className="bg-transparent font-normal">{t('after6')}</th><td className="num"><RetentionCell retention={f.after6} /></td></tr>
          <tr><th scope="row" className="bg-transparent font-normal">{t('after12')}</th><td className="num"><RetentionCell retention={f.after12} /></td></tr>
        </tbody>
      </table>
      {(f.delivered.suppressed || f.after6.still.suppressed || f.after12.still.suppressed) && <p className="text-sm text-muted">{t('suppressedNote')}</p>}
    </section>
  );
}

async function CheckCell({ hire, months, value }: { hire: HireRow; months: 6 | 12; value: boolean | null }) {
  const t = await getTranslations('procurement');
  if (value === null) return <>{t('dueOn', { date: formatDay(checkDueAt(hire.hiredAt, months)) })}</>;
  return <>{value ? t('stillEmployed') : t('notEmployed')}</>;
}

export async function HiresSection({ tender, texts, today }: Props) {
  const t = await getTranslations('procurement');
  const form = await getTranslations('procurement.form');
  const { hires } = tender;
  const named = hires?.some((h) => h.name !== null) ?? false;
  const ref = { id: tender.id, version: tender.version };
  return (
    <section aria-labelledby="einstellungen" className="space-y-4">
      <h2 id="einstellungen">{t('hiresHeading')}</h2>
      {hires === null ? (
        <p>{t('hiresAggregateOnly')}</p>
      ) : hires.length === 0 ? (
        <p>{t('hiresNone')}</p>
      ) : (
        <div>
          <table>
            <caption>{t('hiresCaption', { reference: tender.reference })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pseudonym')}</th>
                {named && <th scope="col">{t('name')}</th>}
                <th scope="col">{t('hireProject')}</th>
                <th scope="col">{t('hiredAt')}</th>
                <th scope="col">{t('after6Short')}</th>
                <th scope="col">{t('after12Short')}</th>
              </tr>
            </thead>
            <tbody>
              {hires.map((h) => (
                <tr key={h.id}>
                  <th scope="row" className="bg-transparent font-normal whitespace-nowrap">{h.pseudonym}</th>
                  {named && <td>{h.name ?? ''}</td>}
                  <td>{h.project}</td>
                  <td>{formatDay(h.hiredAt)}</td>
                  <td><CheckCell hire={h} months={6} value={h.stillEmployed6m} /></td>
                  <td><CheckCell hire={h} months={12} value={h.stillEmployed12m} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tender.hiddenHires !== null && tender.hiddenHires > 0 && <p className="text-muted">{t('hiddenHires', { count: tender.hiddenHires })}</p>}
      {tender.mayEdit && hires !== null && (
        <>
          <Disclosure summary={t('addHire')}>
            <HireForm tender={ref} today={today} texts={texts} />
          </Disclosure>
          {tender.dueChecks.length > 0 && (
            <Disclosure summary={t('recordEmploymentCheck')}>
              <EmploymentCheckForm
                tender={ref}
                due={tender.dueChecks.map((c) => ({ value: c.value, label: form('dueOption', { pseudonym: c.pseudonym, months: c.months, date: formatDay(c.dueAt) }) }))}
                texts={texts}
              />
            </Disclosure>
          )}
        </>
      )}
    </section>
  );
}

export async function VisitsSection({ tender, texts, today }: Props) {
  const t = await getTranslations('procurement');
  const visits = tender.socialClause?.monitoringVisits ?? [];
  return (
    <section aria-labelledby="vor-ort" className="space-y-4">
      <h2 id="vor-ort">{t('visitsHeading')}</h2>
      {visits.length === 0 ? (
        <p>{t('visitsNone')}</p>
      ) : (
        <div>
          <table>
            <caption>{t('visitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('visitedAt')}</th>
                <th scope="col">{t('findings')}</th>
                <th scope="col">{t('deviation')}</th>
                <th scope="col">{t('sanction')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.id}>
                  <th scope="row" className="bg-transparent font-normal whitespace-nowrap">{formatDay(v.visitedAt)}</th>
                  <td>{v.findings}</td>
                  <td>{v.deviation ? t('yes') : t('no')}</td>
                  <td>{v.sanction ?? t('noSanction')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tender.mayEdit && (
        <Disclosure summary={t('addVisit')}>
          <VisitForm tender={{ id: tender.id, version: tender.version }} today={today} texts={texts} />
        </Disclosure>
      )}
    </section>
  );
}
