import type { ReactNode, SelectHTMLAttributes } from 'react';

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}

export function SelectField({ name, label, error, hint, id = name, children, ...select }: Props) {
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint && <p id={hintId} className="text-sm text-muted mb-1">{hint}</p>}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? 'border-danger' : 'border-ink'}`}
        {...select}
      >
        {children}
      </select>
      {error && <p id={errorId} className="mt-1 text-danger font-semibold">{error}</p>}
    </div>
  );
}
