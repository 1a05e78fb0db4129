'use client';
import { useActionState, useState } from 'react';
import Link from 'next/link';
import { createProjectAction, updateProjectAction } from '@/lib/projects/actions';
import type { ProjectFormState } from '@/lib/projects/schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { PhaseKind } from '@/lib/generated/prisma/enums';
import { edgeKey, modelTransitions, PROJECT_MODELS, tickedEdgeKeys } from '@/lib/projects/templates';
import { firstEdgeId, TransitionTable, type TransitionTableTexts } from './transition-table';

export interface ModelOption {
  value: string;
  label: string;
  /** The phase order in words, e.g. "Profiling → Geförderte Beschäftigung → Nachbetreuung". */
  flow: string;
}

export interface ProjectFormProps {
  texts: Record<string, string>;
  models: ModelOption[];
  phases: Record<PhaseKind, string>;
  transitionTexts: TransitionTableTexts;
  /** Edit: the project's id, version and current values (strings as the inputs take them). */
  project?: { id: string; version: number; values: Record<string, string> };
  cancelHref: string;
}

const initial: ProjectFormState = { status: 'idle' };

const isTemplate = (v: string): v is (typeof PROJECT_MODELS)[number] => (PROJECT_MODELS as readonly string[]).includes(v);

export function ProjectForm(props: ProjectFormProps) {
  const [state, action, pending] = useActionState<ProjectFormState, FormData>(props.project ? updateProjectAction : createProjectAction, initial);
  const values = state.status === 'idle' ? (props.project?.values ?? {}) : state.values;
  // key: after a server answer the inputs start again from the returned values
  return <ProjectFormBody key={JSON.stringify(values)} {...props} state={state} action={action} pending={pending} values={values} />;
}

function ProjectFormBody({ texts: t, models, phases, transitionTexts, project, cancelHref, state, action, pending, values }: ProjectFormProps & {
  state: ProjectFormState; action: (data: FormData) => void; pending: boolean; values: Record<string, string>;
}) {
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const value = (name: string) => values[name] ?? '';
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(tickedEdgeKeys(values)));
  const [announcement, setAnnouncement] = useState(state.status === 'template' ? t.templateApplied! : '');
  const chooseModel = (model: string) => {
    if (!isTemplate(model)) return;
    setTicked(new Set(modelTransitions(model).map(edgeKey)));
    setAnnouncement(t.templateApplied!);
  };
  const toggle = (key: string, on: boolean) => {
    setTicked((before) => {
      const next = new Set(before);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  };
  const number = { type: 'text', inputMode: 'numeric' as const };
  return (
    <form action={action} noValidate className="max-w-2xl">
      {/* The default button: Enter in a field saves, rather than applying the template below. */}
      <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      {project && <input type="hidden" name="id" value={project.id} />}
      {project && <input type="hidden" name="version" value={project.version} />}
      <ErrorSummary
        title={t.errorSummary!}
        message={state.status === 'error' ? state.message : null}
        errors={Object.entries(errors).map(([field, error]) => [field === 'model' ? `model-${models[0]?.value}` : field === 'transitions' ? firstEdgeId : field, error as string])}
      />

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.basics}</legend>
        <TextField name="name" label={t.name!} defaultValue={value('name')} error={errors.name} maxLength={200} />
        <TextField name="shortName" label={t.shortName!} hint={t.shortNameHint} defaultValue={value('shortName')} error={errors.shortName} maxLength={50} autoComplete="off" />
        <TextField name="city" label={t.city!} defaultValue={value('city')} error={errors.city} maxLength={100} />
        <TextAreaField name="description" label={t.description!} defaultValue={value('description')} error={errors.description} maxLength={2000} />
      </fieldset>

      <fieldset className="mb-6" aria-describedby={`model-hinweis${errors.model ? ' model-fehler' : ''}`}>
        <legend className="text-xl font-semibold mb-1">{t.model}</legend>
        <p id="model-hinweis" className="mb-3 text-sm text-muted">{t.modelHint}</p>
        {errors.model && <p id="model-fehler" className="mb-3 text-danger font-semibold">{errors.model}</p>}
        <div className="space-y-3">
          {models.map((m) => (
            <div key={m.value} className="flex items-start gap-3">
              <input
                type="radio" id={`model-${m.value}`} name="model" value={m.value} defaultChecked={value('model') === m.value}
                onChange={(e) => chooseModel(e.target.value)}
                aria-describedby={`model-${m.value}-folge`} className="mt-1 size-5 shrink-0"
              />
              <div>
                <label htmlFor={`model-${m.value}`} className="font-semibold">{m.label}</label>
                <p id={`model-${m.value}-folge`} className="text-sm text-muted">{m.flow}</p>
              </div>
            </div>
          ))}
        </div>
        {/* Without JavaScript: reloads the form with the chosen template's edges ticked, saves nothing. */}
        <button type="submit" name="intent" value="template" formNoValidate className="mt-4 rounded border border-action px-4 py-1 text-action cursor-pointer">
          {t.applyTemplate}
        </button>
        <p role="status" className="mt-2 text-sm">{announcement}</p>
      </fieldset>

      <fieldset className="mb-6" aria-describedby={`kanten-hinweis${errors.transitions ? ' kanten-fehler' : ''}`}>
        <legend className="text-xl font-semibold mb-1">{t.transitions}</legend>
        <p id="kanten-hinweis" className="mb-3 text-sm text-muted">{t.transitionsHint}</p>
        {errors.transitions && <p id="kanten-fehler" className="mb-3 text-danger font-semibold">{errors.transitions}</p>}
        <TransitionTable texts={transitionTexts} phases={phases} ticked={ticked} onToggle={toggle} describedBy={errors.transitions ? 'kanten-fehler' : undefined} />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.period}</legend>
        <TextField name="startDate" type="date" label={t.startDate!} defaultValue={value('startDate')} error={errors.startDate} />
        <TextField name="endDate" type="date" label={t.endDate!} defaultValue={value('endDate')} error={errors.endDate} />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t.targets}</legend>
        <TextField name="targetParticipants" label={t.targetParticipants!} defaultValue={value('targetParticipants')} error={errors.targetParticipants} {...number} />
        <TextField name="targetPositions" label={t.targetPositions!} defaultValue={value('targetPositions')} error={errors.targetPositions} {...number} />
        <TextField name="targetPlacements" label={t.targetPlacements!} defaultValue={value('targetPlacements')} error={errors.targetPlacements} {...number} />
        <TextField name="caseloadRatio" label={t.caseloadRatio!} hint={t.caseloadRatioHint} defaultValue={value('caseloadRatio')} error={errors.caseloadRatio} {...number} />
        <TextField name="contactsPerMonth" label={t.contactsPerMonth!} defaultValue={value('contactsPerMonth')} error={errors.contactsPerMonth} {...number} />
        <TextField name="aftercareMonths" label={t.aftercareMonths!} defaultValue={value('aftercareMonths')} error={errors.aftercareMonths} {...number} />
        <TextField name="budget" label={t.budget!} hint={t.budgetHint} defaultValue={value('budget')} error={errors.budget} type="text" inputMode="decimal" />
      </fieldset>

      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer">
          {pending ? t.saving : project ? t.submitEdit : t.submitCreate}
        </button>
        <Link href={cancelHref}>{t.cancel}</Link>
      </div>
    </form>
  );
}
