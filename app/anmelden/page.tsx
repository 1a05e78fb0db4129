import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { SIGN_IN_LOCKED } from '@/lib/auth/options';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Anmelden' };

export default async function SignInPage() {
  if (await getActor()) redirect('/');
  const t = await getTranslations('signIn');
  const texts = {
    email: t('email'),
    password: t('password'),
    submit: t('submit'),
    submitting: t('submitting'),
    failed: t('failed'),
    locked: t('locked'),
    errorSummary: t('errorSummary'),
  };
  return (
    <div className="max-w-xl">
      <h1 className="mb-2">{t('title')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <SignInForm texts={texts} lockedCode={SIGN_IN_LOCKED} />
    </div>
  );
}
