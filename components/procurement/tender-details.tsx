import type { ReactNode } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TenderView } from '@/lib/procurement/get-tender';
import { clauseRefusal } from '@/lib/procurement/save-social-clause';
import { CLAUSE_TYPES, TENDER_KINDS } from '@/lib/procurement/schema';
import { formatDay, formatEuroFromCents, formatInteger } from '@/lib/format';
import { Disclosure } from '@/components/ui/disclosure';
import { ClauseForm } from './clause-form';
import { SuitabilityForm } from './suitability-form';
import { TenderForm } from './tender-form';

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');
/** Cents as the form takes them back: "1250000,50", no grouping. */
const euroInput = (cents: bigint) => `${cents / 100n}${cents % 100n ? `,${String(cents % 100n).padStart(2, '0')}` : ''}`;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const DL = 'grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]';

interface Props {
  tender: TenderView;
  projects: { id: string; name: string }[];
  texts: Record<string, string>;
  today: string;
}

export async function TenderDetailsSection({ tender, projects, texts }: Props) {
  const t = await getTranslations('procurement');
  const ref = { id: tender.id, version: tender.version };
  return (
    <section aria-labelledby="angaben" className="space-y-4">
      <h2 id="angaben">{t('detailsHeading')}</h2>
      <dl className={DL}>
        <Row term={t('reference')}>{tender.reference}</Row>
        <Row term={t('department')}>{tender.orderingDepartment}</Row>
        <Row term={t('kind')}>{t(`kinds.${tender.kind}`)}</Row>
        <Row term={t('value')}>{formatEuroFromCents(tender.estimatedValueCents)}</Row>
        <Row term={t('publishedAt')}>{formatDay(tender.publishedAt)}</Row>
        <Row term={t('organisation')}>{tender.organisation.name}</Row>
        <Row term={t('project')}>
          {tender.project ? <Link href={`/ausschreibungen?projekt=${tender.project.id}`}>{tender.project.name}</Link> : t('noProject')}
        </Row>
      </dl>
      {tender.mayEdit && (
        <Disclosure summary={t('editTender')}>
          <TenderForm
            tender={ref}
            initial={{
              reference: tender.reference, title: tender.title, orderingDepartment: tender.orderingDepartment, kind: tender.kind,
              estimatedValue: euroInput(tender.estimatedValueCents), publishedAt: isoDay(tender.publishedAt), projectId: tender.project?.id ?? '',
            }}
            kinds={TENDER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            projects={projects.map((p) => ({ value: p.id, label: p.name }))}
            texts={texts}
          />
        </Disclosure>
      )}
    </section>
  );
}

export async function SuitabilitySection({ tender, texts, today }: Props) {
  const t = await getTranslations('procurement');
  const check = tender.suitabilityCheck;
  return (
    <section aria-labelledby="eignung" className="space-y-4">
      <h2 id="eignung">{t('checkHeading')}</h2>
      {check ? (
        <dl className={DL}>
          <Row term={t('checkResult')}>{check.suitable ? t('suitableYes') : t('suitableNo')}</Row>
          <Row term={t('reason')}>{check.reason}</Row>
          <Row term={t('checkedBy')}>{check.checkedBy?.name ?? t('unknownPerson')}</Row>
          <Row term={t('checkedAt')}>{formatDay(check.checkedAt)}</Row>
        </dl>
      ) : (
        <p>{t('checkNone')}</p>
      )}
      {tender.mayEdit && (
        <Disclosure summary={check ? t('changeCheck') : t('recordCheck')}>
          <SuitabilityForm
            tender={{ id: tender.id, version: tender.version }}
            initial={{ suitable: check ? (check.suitable ? 'ja' : 'nein') : '', reason: check?.reason ?? '', checkedAt: isoDay(check?.checkedAt) || today }}
            today={today}
            texts={texts}
          />
        </Disclosure>
      )}
    </section>
  );
}

export async function ClauseSection({ tender, texts }: Props) {
  const t = await getTranslations('procurement');
  const clause = tender.socialClause;
  const refusal = clauseRefusal(tender);
  const term = clause?.termStart || clause?.termEnd
    ? `${clause.termStart ? formatDay(clause.termStart) : '…'} – ${clause.termEnd ? formatDay(clause.termEnd) : '…'}`
    : t('termOpen');
  return (
    <section aria-labelledby="sozialklausel" className="space-y-4">
      <h2 id="sozialklausel">{t('clauseHeading')}</h2>
      {clause ? (
        <dl className={DL}>
          <Row term={t('clauseType')}>{t(`clauseTypes.${clause.type}`)}</Row>
          <Row term={t('committed')}>{formatInteger(clause.committedHires)}</Row>
          {clause.committedHours !== null && <Row term={t('committedHours')}>{formatInteger(clause.committedHours)}</Row>}
          <Row term={t('protectsStaff')}>{clause.protectsExistingStaff ? t('yes') : t('no')}</Row>
          <Row term={t('contractor')}>{clause.contractor ?? t('noContractor')}</Row>
          <Row term={t('term')}>{term}</Row>
        </dl>
      ) : (
        <p>{t('clauseNone')}</p>
      )}
      {tender.mayEdit && refusal && !clause && <p className="max-w-3xl border-l-4 border-line pl-3">{refusal}</p>}
      {tender.mayEdit && !refusal && (
        <Disclosure summary={clause ? t('changeClause') : t('applyClause')}>
          <ClauseForm
            tender={{ id: tender.id, version: tender.version }}
            initial={{
              type: clause?.type ?? '', committedHires: clause ? String(clause.committedHires) : '', committedHours: clause?.committedHours?.toString() ?? '',
              protectsExistingStaff: clause?.protectsExistingStaff ?? false, contractor: clause?.contractor ?? '',
              termStart: isoDay(clause?.termStart), termEnd: isoDay(clause?.termEnd),
            }}
            types={CLAUSE_TYPES.map((k) => ({ value: k, label: t(`clauseTypes.${k}`) }))}
            texts={texts}
          />
        </Disclosure>
      )}
    </section>
  );
}
