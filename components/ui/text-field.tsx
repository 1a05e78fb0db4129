import type { InputHTMLAttributes } from 'react';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

// Label above, error below the input and tied to it with aria-describedby.
export function TextField({ name, label, error, hint, id = name, ...input }: Props) {
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint && <p id={hintId} className="text-sm text-muted mb-1">{hint}</p>}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full max-w-md rounded border-2 px-3 py-2 ${error ? 'border-danger' : 'border-ink'}`}
        {...input}
      />
      {error && (
        <p id={errorId} className="mt-1 text-danger font-semibold">
          {error}
        </p>
      )}
    </div>
  );
}
