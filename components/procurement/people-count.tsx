import type { Count } from '@/lib/dashboard/suppress';
import { formatInteger } from '@/lib/format';

/**
 * A count of people as shown: the number, or a dash with a spoken explanation where it
 * is suppressed (below 5, or derivable from other cells by subtraction).
 */
export function PeopleCount({ count, suppressed }: { count: Count; suppressed: string }) {
  if (!count.suppressed) return <>{formatInteger(count.value)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">{suppressed}</span>
    </>
  );
}

export function peopleText(count: Count, suppressed: string): string {
  return count.suppressed ? suppressed : formatInteger(count.value);
}
