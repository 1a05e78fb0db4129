'use client';
// Client component: error boundaries run in the browser, so texts stay German
// here (the default language) rather than loading the message catalogue.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" lang="de">
      <h1 className="mb-4">Ein Fehler ist aufgetreten</h1>
      <p className="mb-4">Bitte versuchen Sie es erneut. Bleibt der Fehler, wenden Sie sich an Ihre IT.</p>
      <button type="button" onClick={reset} className="rounded bg-action px-4 py-2 text-white cursor-pointer">
        Erneut versuchen
      </button>
    </div>
  );
}
