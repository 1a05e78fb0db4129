import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on narrow screens. The region takes keyboard focus
 * and carries the table's name, so keyboard users can scroll it too (axe:
 * scrollable-region-focusable) and screen readers announce what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
