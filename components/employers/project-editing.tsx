import Link from 'next/link';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ProjectEmployers } from '@/lib/employers/project-queries';
import { Disclosure } from '@/components/ui/disclosure';
import { NewAcquisitionForm, MoveAcquisitionForm } from './acquisition-form';
import { CoachForm } from './coach-form';
import { DeletePositionForm, PositionForm } from './position-form';

type Options = NonNullable<ProjectEmployers['options']>;

/** Only the employer texts travel to the browser, for the forms. */
export async function EmployerTexts({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ employers: messages.employers }}>{children}</NextIntlClientProvider>;
}

export async function PositionEditing({ data, options }: { data: ProjectEmployers; options: Options }) {
  const t = await getTranslations('employers');
  return (
    <EmployerTexts>
      {data.positions.map((p) => (
        <Disclosure key={p.id} summary={t('project.editPositionOf', { field: p.occupationalField, employer: p.employer })}>
          <PositionForm projectId={data.project.id} employers={options.employers} position={p} />
          <DeletePositionForm projectId={data.project.id} positionId={p.id} version={p.version} label={t('positionForm.delete')} />
        </Disclosure>
      ))}
      <Disclosure summary={t('project.addPosition')}>
        <PositionForm projectId={data.project.id} employers={options.employers} />
        <MissingEmployer />
      </Disclosure>
    </EmployerTexts>
  );
}

export async function CoachEditing({ data, options }: { data: ProjectEmployers; options: Options }) {
  const t = await getTranslations('employers');
  return (
    <EmployerTexts>
      {data.coaches.map((c) => (
        <Disclosure key={c.id} summary={t('project.editCoach', { name: c.name })}>
          <CoachForm projectId={data.project.id} employers={options.employers} accounts={options.accounts} coach={c} />
        </Disclosure>
      ))}
      <Disclosure summary={t('project.addCoach')}>
        <CoachForm projectId={data.project.id} employers={options.employers} accounts={options.accounts} />
      </Disclosure>
    </EmployerTexts>
  );
}

export async function AcquisitionEditing({ data, options, actorId, today }: { data: ProjectEmployers; options: Options; actorId: string; today: string }) {
  const t = await getTranslations('employers');
  const acquired = new Set(data.acquisitions.map((a) => a.employerId));
  return (
    <EmployerTexts>
      {data.acquisitions.map((a) => (
        <Disclosure key={a.id} summary={t('project.moveAcquisition', { employer: a.employer })}>
          <MoveAcquisitionForm projectId={data.project.id} acquisition={a} />
        </Disclosure>
      ))}
      <Disclosure summary={t('project.addAcquisition')}>
        <NewAcquisitionForm
          projectId={data.project.id} employers={options.employers.filter((e) => !acquired.has(e.id))}
          acquirers={options.acquirers} actorId={actorId} today={today}
        />
        <MissingEmployer />
      </Disclosure>
    </EmployerTexts>
  );
}

async function MissingEmployer() {
  const t = await getTranslations('employers.project');
  return (
    <p className="mt-4 text-sm">
      {t('missingEmployer')} <Link href="/arbeitgeber/neu">{t('createEmployerLink')}</Link>
    </p>
  );
}
