import 'server-only';
// How current the dashboard's figures are. The rollups change in the writing transaction,
// so on the primary they are current to the last commit: now. On a read replica they are
// as old as the last transaction it has replayed, and the page says so.
import { dashboardDb } from '../db';

export async function dataAsOf(): Promise<Date> {
  const [row] = await dashboardDb.$queryRaw<{ at: Date | null }[]>`
    SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_xact_replay_timestamp() ELSE now() END AS at`;
  return row?.at ?? new Date();
}
