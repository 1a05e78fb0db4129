// Delivered hires and their retention are counts of people that add up, and the tender page
// shows them side by side: per year of publication, per contractor and per tender against the
// total, each tender against its year and its contractor, and the hires per calendar year against
// the total again. Cell by cell suppression would let anyone subtract a hidden small count back
// out, so every such line goes through suppressLine (and a part and its rest through
// suppressPart), as lib/dashboard/placements.ts does. Pure, so each rule has a unit test.
import { shown, suppressLine, suppressPart, suppressSmall, type Count } from '../dashboard/suppress';

const HIDDEN: Count = { value: null, suppressed: true };

/** A count and whether this viewer sees it exactly (the viewer's organisation runs all its tenders). */
export interface Cell {
  value: number;
  exact: boolean;
}

/**
 * suppressLine over the cells the viewer may not see exactly. Exact cells stay shown and outside
 * the line: their coordinators hold the records, so hiding them would protect no one.
 */
export function lineOf(cells: readonly Cell[], total: Count, forced: readonly boolean[] = []): { cells: Count[]; total: Count } {
  const open = cells.flatMap((c, i) => (c.exact ? [] : [i]));
  const line = suppressLine(open.map((i) => cells[i]!.value), total, open.map((i) => forced[i] === true));
  const result = cells.map((c) => shown(c.value));
  open.forEach((i, k) => (result[i] = line.cells[k]!));
  return { cells: result, total: line.total };
}

export interface TenderCell extends Cell {
  year: number;
  /** null: no social clause, so no hires and no contractor row (not part of any line). */
  contractor: { name: string | null } | null;
}

export interface DeliveredInput {
  total: Cell;
  tenders: TenderCell[];
  years: (Cell & { year: number })[];
  contractors: (Cell & { contractor: string | null })[];
  /** Hires per calendar year of hiring, whatever their tender's year. */
  hired: Cell[];
}

export interface DeliveredCounts {
  total: Count;
  tenders: Count[];
  years: Count[];
  contractors: Count[];
  hired: Count[];
}

type Lines = 'tenders' | 'years' | 'contractors' | 'hired';

/**
 * Delivered hires. Hiding a cell can break another line (a tender hidden for its year's sake
 * leaves one hidden cell in its contractor's row), so the lines are applied again until no
 * further cell is hidden; cells only ever become hidden, so this ends.
 */
export function deliveredCounts(input: DeliveredInput): DeliveredCounts {
  let total = input.total.exact ? shown(input.total.value) : suppressSmall(input.total.value);
  const hidden: Record<Lines, boolean[]> = {
    tenders: input.tenders.map(() => false),
    years: input.years.map(() => false),
    contractors: input.contractors.map(() => false),
    hired: input.hired.map(() => false),
  };
  // Tenders without a clause have no hires and show none: no cell in any line.
  const withClause = input.tenders.flatMap((t, i) => (t.contractor ? [i] : []));
  const groups = [
    ...input.years.map((row, index) => ({ line: 'years' as const, index, row, members: withClause.filter((i) => input.tenders[i]!.year === row.year) })),
    ...input.contractors.map((row, index) => ({
      line: 'contractors' as const, index, row, members: withClause.filter((i) => input.tenders[i]!.contractor?.name === row.contractor),
    })),
  ];
  for (let changed = true; changed; ) {
    const before = JSON.stringify([hidden, total.suppressed]);
    for (const name of ['years', 'contractors', 'hired'] as const) {
      const line = lineOf(input[name], total, hidden[name]);
      hidden[name] = line.cells.map((c) => c.suppressed);
      total = line.total;
    }
    const tenderLine = lineOf(withClause.map((i) => input.tenders[i]!), total, withClause.map((i) => hidden.tenders[i]!));
    withClause.forEach((i, k) => (hidden.tenders[i] = tenderLine.cells[k]!.suppressed));
    total = tenderLine.total;
    for (const g of groups) {
      const open = g.members.filter((i) => !input.tenders[i]!.exact);
      if (hidden[g.line][g.index]) {
        // A row hidden for its line's sake must not follow by adding up its tenders: hide the
        // smallest of them, and the tender line above sees to the rest.
        if (open.length > 0 && open.every((i) => !hidden.tenders[i])) {
          hidden.tenders[open.reduce((min, i) => (input.tenders[i]!.value < input.tenders[min]!.value ? i : min))] = true;
        }
        continue;
      }
      const line = lineOf(g.members.map((i) => input.tenders[i]!), shown(g.row.value), g.members.map((i) => hidden.tenders[i]!));
      g.members.forEach((i, k) => (hidden.tenders[i] = line.cells[k]!.suppressed));
      if (line.total.suppressed) hidden[g.line][g.index] = true;
    }
    changed = JSON.stringify([hidden, total.suppressed]) !== before;
  }
  const counts = (cells: readonly Cell[], flags: boolean[]) => cells.map((c, i) => (c.exact || !flags[i] ? shown(c.value) : HIDDEN));
  return {
    total,
    // Without a clause: 0, shown only to those who run the tender, as before.
    tenders: counts(input.tenders, input.tenders.map((t, i) => hidden.tenders[i]! || !t.contractor)),
    years: counts(input.years, hidden.years),
    contractors: counts(input.contractors, hidden.contractors),
    hired: counts(input.hired, hidden.hired),
  };
}

export interface RetentionInput {
  /** Hires whose check has been recorded, and of them those still employed. */
  recorded: number;
  still: number;
  exact: boolean;
}

export interface RetentionCounts {
  recorded: Count;
  still: Count;
}

/**
 * Retention after 6 or 12 months: the recorded checks of the rows add up to the total's, and so
 * do the still employed. Those still employed are a part of the recorded checks whose rest (who
 * left) must not be small: in a row, in the total (suppressPart), and in the hidden rows taken
 * together, which the two totals minus the shown rows reveal; if that rest is small, the total
 * still employed is hidden. Each grouping is checked against the same total; the total is hidden
 * where any of them needs it.
 */
export function retentionCounts(total: RetentionInput, groupings: readonly (readonly RetentionInput[])[]): { total: RetentionCounts; groupings: RetentionCounts[][] } {
  if (total.exact) {
    return { total: { recorded: shown(total.recorded), still: shown(total.still) }, groupings: groupings.map((rows) => rows.map((r) => ({ recorded: shown(r.recorded), still: shown(r.still) }))) };
  }
  const totals = suppressPart(total.recorded, total.still);
  let recordedTotal = totals.total;
  let stillTotal = totals.part;
  const result = groupings.map((rows) => {
    const recorded = lineOf(rows.map((r) => ({ value: r.recorded, exact: r.exact })), totals.total);
    const forced = rows.map((r, i) => recorded.cells[i]!.suppressed || (!r.exact && suppressPart(r.recorded, r.still).part.suppressed));
    const still = lineOf(rows.map((r) => ({ value: r.still, exact: r.exact })), totals.part, forced);
    if (recorded.total.suppressed) recordedTotal = recorded.total;
    if (still.total.suppressed) stillTotal = still.total;
    const group = rows.filter((_, i) => still.cells[i]!.suppressed);
    const sum = (pick: (r: RetentionInput) => number) => group.reduce((s, r) => s + pick(r), 0);
    if (!recorded.total.suppressed && !still.total.suppressed && group.length > 0 && suppressPart(sum((r) => r.recorded), sum((r) => r.still)).part.suppressed) {
      stillTotal = HIDDEN;
    }
    return rows.map((_, i) => ({ recorded: recorded.cells[i]!, still: still.cells[i]! }));
  });
  return { total: { recorded: recordedTotal, still: stillTotal }, groupings: result };
}
