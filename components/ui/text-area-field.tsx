import type { TextareaHTMLAttributes } from 'react';

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

// As TextField, for short free text: label above, hint and error tied with aria-describedby.
export function TextAreaField({ name, label, error, hint, id = name, rows = 3, ...textarea }: Props) {
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint && <p id={hintId} className="text-sm text-muted mb-1">{hint}</p>}
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full max-w-md rounded border-2 px-3 py-2 ${error ? 'border-danger' : 'border-ink'}`}
        {...textarea}
      />
      {error && <p id={errorId} className="mt-1 text-danger font-semibold">{error}</p>}
    </div>
  );
}
