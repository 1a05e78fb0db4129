import { getTranslations } from 'next-intl/server';
import type { PhaseKind } from '@/lib/generated/prisma/enums';
import { CUSTOM_MODEL, MODEL_FLOWS, PHASE_ORDER, PROJECT_MODELS } from '@/lib/projects/templates';
import type { TransitionTableTexts } from './transition-table';
import type { ModelOption } from './project-form';

/** The templates with their phase order in words, in the user's language. */
export async function modelOptions(): Promise<ModelOption[]> {
  const [t, phase] = await Promise.all([getTranslations('projectAdmin'), getTranslations('phases')]);
  return [
    ...PROJECT_MODELS.map((model) => ({
      value: model,
      label: t(`models.${model}`),
      flow: MODEL_FLOWS[model].map(([from, to]) => `${from ? phase(from) : t('phaseStart')} → ${phase(to)}`).join('; '),
    })),
    { value: CUSTOM_MODEL, label: t('customModel'), flow: t('customModelFlow') },
  ];
}

/** The phase names and the transition table's texts, in the user's language. */
export async function transitionTableProps(): Promise<{ phases: Record<PhaseKind, string>; transitionTexts: TransitionTableTexts }> {
  const [t, phase] = await Promise.all([getTranslations('projectAdmin.transitions'), getTranslations('phases')]);
  return {
    phases: Object.fromEntries(PHASE_ORDER.map((k) => [k, phase(k)])) as Record<PhaseKind, string>,
    transitionTexts: {
      caption: t('caption'), corner: t('corner'), start: t('start'), cell: t('cell', { from: '{from}', to: '{to}' }),
      impossible: t('impossible'), region: t('region'),
    },
  };
}
