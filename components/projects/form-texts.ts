import { getTranslations } from 'next-intl/server';

const KEYS = [
  'errorSummary', 'basics', 'name', 'shortName', 'shortNameHint', 'city', 'description', 'model', 'modelHint', 'period',
  'startDate', 'endDate', 'targets', 'targetParticipants', 'targetPositions', 'targetPlacements', 'caseloadRatio',
  'caseloadRatioHint', 'contactsPerMonth', 'aftercareMonths', 'budget', 'budgetHint', 'submitCreate', 'submitEdit', 'saving', 'cancel',
  'applyTemplate', 'templateApplied', 'transitions', 'transitionsHint',
] as const;

/** The project form's texts, resolved on the server for the client component. */
export async function formTexts(): Promise<Record<string, string>> {
  const t = await getTranslations('projectAdmin.form');
  return Object.fromEntries(KEYS.map((k) => [k, t(k)]));
}
