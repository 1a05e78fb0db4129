// The rollup tables behind the dashboards (migration dashboard_rollups). Statement-level
// triggers on Enrolment, Phase, FollowUp and Contact keep them exact inside the writing
// transaction, so nothing here refreshes them in normal operation.
import type { PrismaClient } from '../generated/prisma/client';

const PHASE_KINDS = ['PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT'] as const;
const EXIT_REASONS = ['REGULAR_JOB', 'SUBSIDISED_JOB_ENDED', 'COMPLETED', 'DROPPED_OUT', 'ILLNESS', 'MOVED', 'OTHER', 'NONE'] as const;

/**
 * Every `RollupProjectMonth.figure`, each counted in the month of its date:
 * - `enrolled` / `exited` / `exited.<reason>`: enrolments starting / ending (NONE: no reason);
 * - `entered.<kind>`: enrolments whose first phase of that kind starts (the funnel);
 * - `placed`: the first SUBSIDISED_JOB or REGULAR_JOB phase, the start of insured employment;
 * - `followUp6.*` / `followUp12.*` by due month: `due`, `completed`, `employed` (still
 *   employed), `needsCovering` (income ends benefit dependency); the last two completed only;
 * - `contacts` (Europe/Berlin month) and `contacted`: enrolments with at least one contact.
 */
export const FIGURES = [
  'enrolled',
  'exited',
  ...EXIT_REASONS.map((r) => `exited.${r}` as const),
  ...PHASE_KINDS.map((k) => `entered.${k}` as const),
  'placed',
  ...[6, 12].flatMap((m) => (['due', 'completed', 'employed', 'needsCovering'] as const).map((f) => `followUp${m}.${f}` as const)),
  'contacts',
  'contacted',
] as const;

export type Figure = (typeof FIGURES)[number];

/**
 * Recomputes every rollup from the base tables (TRUNCATE, then grouped inserts). For repair
 * only, e.g. after writes with triggers disabled (`session_replication_role = replica`
 * bulk loads): it locks the rollup tables, and dashboards read empty figures meanwhile
 * unless it runs in a transaction.
 */
export async function unsafeRebuildRollups(prisma: Pick<PrismaClient, '$executeRawUnsafe'>): Promise<void> {
  await prisma.$executeRawUnsafe('SELECT teilhabe_rollup_rebuild()');
}
