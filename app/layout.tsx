import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Teilhabe', template: '%s – Teilhabe' },
  description: 'Portal für kommunale Programme gegen Langzeitarbeitslosigkeit',
  icons: { icon: '/favicon.svg' },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col bg-white">
        <a
          href="#inhalt"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2"
        >
          {t('app.skipLink')}
        </a>
        <SiteHeader />
        <main id="inhalt" tabIndex={-1} className="flex-1 w-full max-w-6xl mx-auto px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-line bg-hued">
          <p className="max-w-6xl mx-auto px-4 py-4 text-sm text-muted">{t('footer.text')}</p>
        </footer>
      </body>
    </html>
  );
}
