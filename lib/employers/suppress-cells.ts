import { shown, suppressSmall, SUPPRESSION_THRESHOLD, type Count } from '../dashboard/suppress';

/**
 * Cells of a table whose total is shown (filled places per employer and the project's
 * sum), for those who see statistics only. Small cells are hidden, and then as many of
 * the smallest others as it takes that no hidden cell can be worked out by subtracting
 * the shown ones from the total: at least two hidden, together at least the threshold
 * (complementary suppression, as in official statistics).
 */
export function suppressCells(exact: boolean, values: readonly number[], total: number): { cells: Count[]; total: Count } {
  if (exact) return { cells: values.map(shown), total: shown(total) };
  const shownTotal = suppressSmall(total);
  const hidden = new Set(values.flatMap((v, i) => (v < SUPPRESSION_THRESHOLD ? [i] : [])));
  if (!shownTotal.suppressed) {
    const bySize = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const hiddenSum = () => [...hidden].reduce((sum, i) => sum + (values[i] ?? 0), 0);
    for (const [, i] of bySize) {
      if (hidden.size === 0 || (hidden.size >= 2 && hiddenSum() >= SUPPRESSION_THRESHOLD)) break;
      hidden.add(i);
    }
  }
  return { cells: values.map((v, i) => (hidden.has(i) ? { value: null, suppressed: true } : shown(v))), total: shownTotal };
}
