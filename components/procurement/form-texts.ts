import { getTranslations } from 'next-intl/server';

const KEYS = [
  'errorSummary', 'choose', 'saving', 'yes', 'no',
  'reference', 'referenceHint', 'title', 'department', 'departmentHint', 'kind', 'value', 'valueHint', 'publishedAt',
  'project', 'projectHint', 'noProject', 'saveTender', 'createTender',
  'suitableQuestion', 'reason', 'reasonHint', 'checkedAt', 'checkedAtHint', 'saveCheck',
  'clauseType', 'clauseTypeHint', 'committedHires', 'committedHiresHint', 'committedHours', 'committedHoursHint',
  'protectsStaff', 'contractor', 'contractorHint', 'termStart', 'termEnd', 'saveClause',
  'pseudonym', 'pseudonymHint', 'hiredAt', 'saveHire', 'due', 'stillEmployedQuestion', 'saveEmploymentCheck',
  'visitedAt', 'findings', 'findingsHint', 'deviationQuestion', 'sanction', 'sanctionHint', 'saveVisit',
] as const;

/** The procurement forms' texts, resolved on the server for the client components. */
export async function formTexts(): Promise<Record<string, string>> {
  const t = await getTranslations('procurement.form');
  return Object.fromEntries(KEYS.map((k) => [k, t(k)]));
}
