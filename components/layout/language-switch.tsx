import { setLocaleAction } from '@/lib/i18n/actions';

export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  const other = current === 'de' ? { locale: 'en', text: 'English' } : { locale: 'de', text: 'Deutsch' };
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other.locale} />
      <button type="submit" className="underline underline-offset-2 cursor-pointer">
        <span className="sr-only">{label}: </span>
        <span lang={other.locale}>{other.text}</span>
      </button>
    </form>
  );
}
