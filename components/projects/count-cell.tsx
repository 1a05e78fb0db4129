import type { Count } from '@/lib/dashboard/suppress';
import { formatInteger } from '@/lib/format';

export function formatCount(count: Count): string {
  return count.suppressed ? '< 5' : formatInteger(count.value);
}
