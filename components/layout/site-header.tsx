import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { navigationFor } from '@/lib/auth/navigation';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from '@/components/auth/sign-out-button';

export async function SiteHeader() {
  const [t, actor, locale] = await Promise.all([getTranslations(), getActor(), getLocale()]);
  return (
    <header className="bg-action text-white">
      <div className="max-w-6xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="text-white no-underline hover:text-white">
          <span className="text-xl font-semibold">{t('app.name')}</span>
          <span className="block text-sm opacity-90">{t('app.tagline')}</span>
        </Link>
        <div className="ml-auto flex items-center gap-4 text-sm">
          {actor && <span>{t('nav.signedInAs', { name: actor.name, role: t(`roles.${actor.role}`) })}</span>}
          <LanguageSwitch current={locale} label={t('language.switch')} />
          {actor && <SignOutButton label={t('nav.signOut')} />}
        </div>
      </div>
      {/* A row of its own: with every area a role may use, the entries no longer fit beside the name. */}
      {actor && (
        <nav aria-label={t('nav.label')} className="border-t border-white/25">
          <ul className="max-w-6xl mx-auto px-4 py-2 flex flex-wrap gap-x-6 gap-y-1">
            {navigationFor(actor).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white hover:text-white">
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
