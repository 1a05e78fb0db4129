import type { InputHTMLAttributes } from 'react';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
}

// Label above, error below the input and tied to it with aria-describedby.
export function TextField({ name, label, error, id = name, ...input }: Props) {
  const errorId = `${id}-fehler`;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
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
