import 'server-only';
// Which employers a job coach serves. The schema holds only the employer that employs a
// coach (JobCoach.employerId); whom they serve is derived from their enrolments' jobs, so
// ISB's Dobeq coach serves Dobeq and the Stadtteil-Schule without a second column that
// could contradict the records.
import { db } from '../db';

interface Row {
  jobCoachId: string;
  employer: string;
}

/** Job coach id → names of the employers where their participants of this project held a job. */
export async function servedEmployers(projectId: string): Promise<Map<string, string[]>> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT DISTINCT e."jobCoachId", em.name AS employer
    FROM "Phase" ph
    JOIN "Enrolment" e ON e.id = ph."enrolmentId"
    LEFT JOIN "Position" pos ON pos.id = ph."positionId"
    JOIN "Employer" em ON em.id = COALESCE(pos."employerId", ph."employerId")
    WHERE e."projectId" = ${projectId}::uuid AND e."jobCoachId" IS NOT NULL
      AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')
    ORDER BY employer`;
  const served = new Map<string, string[]>();
  for (const r of rows) served.set(r.jobCoachId, [...(served.get(r.jobCoachId) ?? []), r.employer]);
  return served;
}
