'use client';
import { useEffect, useRef } from 'react';

// GOV.UK / KERN pattern: a summary at the top that takes focus and links to each field.
export function ErrorSummary({ title, message, errors }: { title: string; message?: string | null; errors: [string, string][] }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || errors.length > 0;
  // Focus when the content changes, not on every render (e.g. while a form is pending).
  const content = `${message ?? ''}|${errors.map((e) => e.join(':')).join('|')}`;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, content]);
  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="mb-6 border-l-4 border-danger bg-danger-bg p-4">
      {message && <p className="font-semibold">{message}</p>}
      {errors.length > 0 && (
        <>
          <p className="font-semibold">{title}</p>
          <ul className="list-disc pl-6">
            {errors.map(([field, error]) => (
              <li key={field}>
                <a href={`#${field}`}>{error}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
