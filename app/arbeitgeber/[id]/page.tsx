import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { orNotFound, requireActor } from '@/lib/auth/session';
import { getEmployer } from '@/lib/employers/queries';
import { EmployerForm } from '@/components/employers/employer-form';
import { EmployerCoachesAndAcquisitions, EmployerData, EmployerPositions } from '@/components/employers/employer-detail';
import { Disclosure } from '@/components/ui/disclosure';

export const metadata: Metadata = { title: 'Arbeitgeber' };

export default async function EmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const employer = await orNotFound(getEmployer(actor, id));
  const [t, messages] = await Promise.all([getTranslations('employers'), getMessages()]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="stammdaten" className="space-y-4">
        <h1>{employer.name}</h1>
        <h2 id="stammdaten" className="sr-only">{t('detail.data')}</h2>
        <EmployerData employer={employer} />
        {employer.canEdit && (
          <Disclosure summary={t('detail.edit')}>
            <NextIntlClientProvider messages={{ employers: messages.employers }}>
              <EmployerForm employer={employer} />
            </NextIntlClientProvider>
          </Disclosure>
        )}
      </section>
      <section aria-labelledby="arbeitsplaetze" className="space-y-4">
        <h2 id="arbeitsplaetze">{t('detail.positions')}</h2>
        <EmployerPositions employer={employer} />
        <p className="max-w-3xl text-sm text-muted">{t('filledHint')}</p>
      </section>
      <EmployerCoachesAndAcquisitions employer={employer} />
    </div>
  );
}
