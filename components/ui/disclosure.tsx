import type { ReactNode } from 'react';

/** A titled section that opens on demand (native <details>: keyboard and screen readers for free). */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="mb-4 rounded border border-line p-4">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}
