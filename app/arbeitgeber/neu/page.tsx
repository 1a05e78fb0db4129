import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { EmployerForm } from '@/components/employers/employer-form';

export const metadata: Metadata = { title: 'Arbeitgeber anlegen' };

export default async function NewEmployerPage() {
  const actor = await requireActor();
  if (!can(actor, 'employer.write')) notFound();
  const [t, messages] = await Promise.all([getTranslations('employers'), getMessages()]);
  return (
    <>
      <h1 className="mb-2">{t('create')}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t('createIntro')}</p>
      <NextIntlClientProvider messages={{ employers: messages.employers }}>
        <EmployerForm />
      </NextIntlClientProvider>
    </>
  );
}
