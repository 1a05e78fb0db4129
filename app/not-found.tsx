import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div>
      <h1 className="mb-4">{t('notFoundTitle')}</h1>
      <p className="mb-4">{t('notFoundText')}</p>
      <Link href="/">{t('backHome')}</Link>
    </div>
  );
}
