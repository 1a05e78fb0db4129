import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  className: string;
}

// Label above, hint and error below, both tied to the control with aria-describedby:
// the frame every input, select and text area shares.
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (control: ControlProps) => ReactNode }) {
  const hintId = `${id}-hinweis`;
  const errorId = `${id}-fehler`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint && <p id={hintId} className="text-sm text-muted mb-1">{hint}</p>}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: `w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? 'border-danger' : 'border-ink'}`,
      })}
      {error && <p id={errorId} className="mt-1 text-danger font-semibold">{error}</p>}
    </div>
  );
}
