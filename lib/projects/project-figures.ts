import 'server-only';
// A project's figures, live from the records and counted in SQL: people (participants,
// active, placed), positions offered versus filled (lib/employers/job-figures.ts, the one
// definition of "filled"), employers, and the actuals behind the targets.
import { db } from '../db';
import { jobFigures, sumFigures } from '../employers/job-figures';

export interface RawProjectFigures {
  participants: number;
  active: number;
  placements: number;
  employers: number;
  positionsOffered: number;
  positionsFilled: number;
  /** Active enrolments with a caseworker, and how many caseworkers hold them. */
  activeWithCaseworker: number;
  caseworkers: number;
  /** Contacts and enrolment-months up to today (or the exit), for contacts per participant per month. */
  contacts: number;
  enrolmentMonths: number;
}

interface Row {
  participants: bigint;
  active: bigint;
  placements: bigint;
  employers: bigint;
  offered: bigint;
  activeWithCaseworker: bigint;
  caseworkers: bigint;
  contacts: bigint;
  enrolmentMonths: number | null;
}

export async function rawProjectFigures(projectId: string, today: Date): Promise<RawProjectFigures> {
  const day = today.toISOString().slice(0, 10);
  const [rows, jobs] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT
        (SELECT COUNT(DISTINCT "participantId") FROM "Enrolment" WHERE "projectId" = p.id) AS participants,
        (SELECT COUNT(DISTINCT "participantId") FROM "Enrolment" WHERE "projectId" = p.id AND "exitedAt" IS NULL) AS active,
        (SELECT COUNT(DISTINCT e."participantId") FROM "Phase" ph JOIN "Enrolment" e ON e.id = ph."enrolmentId"
          WHERE e."projectId" = p.id AND ph.kind IN ('SUBSIDISED_JOB', 'REGULAR_JOB')) AS placements,
        (SELECT COUNT(DISTINCT "employerId") FROM "Position" WHERE "projectId" = p.id) AS employers,
        (SELECT COALESCE(SUM("count"), 0) FROM "Position" WHERE "projectId" = p.id) AS offered,
        (SELECT COUNT(*) FROM "Enrolment" WHERE "projectId" = p.id AND "exitedAt" IS NULL AND "caseworkerId" IS NOT NULL) AS "activeWithCaseworker",
        (SELECT COUNT(DISTINCT "caseworkerId") FROM "Enrolment" WHERE "projectId" = p.id AND "exitedAt" IS NULL) AS caseworkers,
        (SELECT COUNT(*) FROM "Contact" c JOIN "Enrolment" e ON e.id = c."enrolmentId" WHERE e."projectId" = p.id) AS contacts,
        -- Months enrolled, up to the exit or today (30.4375 days = a mean month).
        (SELECT SUM(GREATEST(LEAST(COALESCE("exitedAt", ${day}::date), ${day}::date) - "enrolledAt", 0))::float8 / 30.4375
          FROM "Enrolment" WHERE "projectId" = p.id) AS "enrolmentMonths"
      FROM "Project" p WHERE p.id = ${projectId}::uuid`,
    jobFigures({ projectIds: [projectId] }, today),
  ]);
  const r = rows[0];
  return {
    participants: Number(r?.participants ?? 0),
    active: Number(r?.active ?? 0),
    placements: Number(r?.placements ?? 0),
    employers: Number(r?.employers ?? 0),
    positionsOffered: Number(r?.offered ?? 0),
    // Filled places of the project's positions; jobs at an employer outside any position do not fill one.
    positionsFilled: sumFigures(jobs.filter((j) => j.positionId !== null)).filled,
    activeWithCaseworker: Number(r?.activeWithCaseworker ?? 0),
    caseworkers: Number(r?.caseworkers ?? 0),
    contacts: Number(r?.contacts ?? 0),
    enrolmentMonths: r?.enrolmentMonths ?? 0,
  };
}
