// What `npm run bench` measures: named calls of the app's data functions, each with its
// p95 budget on the 2-core reference machine (dashboards issue, "Fast at scale"). To
// measure another function, add a case here; the runner times it, captures the SQL it
// sends and times that SQL alone, so the app's own overhead stays visible.
import type { Fixtures } from './fixtures';
import { DASHBOARD_CASES } from './dashboard-cases';

export interface CaseContext {
  fixtures: Fixtures;
  /** The day the data were generated for; "today" of every call. */
  today: Date;
}

export interface BenchCase {
  name: string;
  /** p95 budget in milliseconds. */
  budgetMs: number;
  run(context: CaseContext): Promise<unknown>;
  /**
   * Optional: the naive SQL that computes the same numbers straight from the base tables,
   * timed beside the app's SQL (for figures served from rollups).
   */
  naive?: (context: CaseContext) => { text: string; values: unknown[] };
  /** Optional: the page's path and query, loaded over HTTP from `next start` (bench/http.ts). */
  http?: (context: CaseContext) => string;
}

export const SEARCH_BUDGET_MS = 100;
export const WORKLIST_BUDGET_MS = 150;

// Imported on first use: lib/db reads DATABASE_URL when the first query runs.
const participants = () => import('../lib/participants/list-participants');
const worklist = () => import('../lib/casework/worklist');

function search(name: string, filter: (f: Fixtures) => Record<string, string>): BenchCase {
  return {
    name,
    budgetMs: SEARCH_BUDGET_MS,
    async run({ fixtures, today }) {
      const { listParticipants, ListFilterSchema } = await participants();
      // Parsed like the page parses its URL, so a malformed fixture would not pass silently.
      return listParticipants(fixtures.caseworker, ListFilterSchema.parse(filter(fixtures)), { today });
    },
  };
}

export const CASES: readonly BenchCase[] = [
  search('Teilnehmende: erste Seite, ohne Filter', () => ({})),
  search('Teilnehmende: Nachname, 2 Buchstaben', (f) => ({ q: f.lastName.slice(0, 2) })),
  search('Teilnehmende: Nachname, 4 Buchstaben', (f) => ({ q: f.lastName.slice(0, 4) })),
  search('Teilnehmende: „Vorname Nachname“', (f) => ({ q: `${f.firstName} ${f.lastName}` })),
  search('Teilnehmende: Kundennummer, 5 Zeichen', (f) => ({ q: f.customerNumberPrefix })),
  search('Teilnehmende: Phase Profiling', () => ({ phase: 'PROFILING' })),
  // Only ISB's model has a qualification phase: in the jobcenter measured, no one is in it.
  search('Teilnehmende: Phase Qualifizierung (selten)', () => ({ phase: 'QUALIFICATION' })),
  search('Teilnehmende: Kontakt überfällig', () => ({ kontakt: 'ueberfaellig' })),
  search('Teilnehmende: Seite 101 (Cursor)', (f) => ({ nach: f.deepCursor })),
  {
    name: 'Arbeitsliste: übliche Fallzahl',
    budgetMs: WORKLIST_BUDGET_MS,
    async run({ fixtures, today }) {
      return (await worklist()).getWorklist(fixtures.caseworker, today);
    },
  },
  {
    name: 'Arbeitsliste: größte Fallzahl',
    budgetMs: WORKLIST_BUDGET_MS,
    async run({ fixtures, today }) {
      return (await worklist()).getWorklist(fixtures.busiest, today);
    },
  },
  ...DASHBOARD_CASES,
];
