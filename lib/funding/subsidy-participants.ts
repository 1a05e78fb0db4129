import 'server-only';
// The subsidy schedule per participant of a project: pseudonymous (pseudonym only, never a
// name), only for actors who may see those participants' records (enrolmentScope), one page
// at a time; every page shown is audited as a read of those participants (§67 ff. SGB X).
import { db } from '../db';
import { audit } from '../audit';
import { enrolmentScope, type ActorContext } from '../auth/authorize';
import { calculateSubsidy, hoursToTenths, type DatedHourlyWage, type SubsidySchedule, type WageBasis } from './subsidy';
import { SUBSIDISED_INSTRUMENTS, isSubsidised, type SubsidisedInstrument } from './subsidy-rates';
import { wageBasis, type FundingProject } from './subsidy-queries';

export const PARTICIPANTS_PER_PAGE = 20;

export interface ParticipantSchedule {
  phaseId: string;
  pseudonym: string;
  employer: string | null;
  instrument: SubsidisedInstrument;
  start: Date;
  end: Date | null;
  hoursPerWeekTenths: number | null;
  wage: WageBasis;
  schedule: SubsidySchedule | null;
}

/** null: the actor sees no participant records (officials); the page then shows aggregates only. */
export async function listParticipantSchedules(
  actor: ActorContext, project: FundingProject, wages: readonly DatedHourlyWage[], page: number,
): Promise<{ rows: ParticipantSchedule[]; total: number; page: number; pages: number } | null> {
  const scope = enrolmentScope(actor);
  if (!scope) return null;
  const where = { kind: 'SUBSIDISED_JOB' as const, instrument: { in: [...SUBSIDISED_INSTRUMENTS] }, enrolment: { AND: [{ projectId: project.id }, scope] } };
  const total = await db.phase.count({ where });
  const pages = Math.max(1, Math.ceil(total / PARTICIPANTS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const phases = await db.phase.findMany({
    where,
    select: {
      id: true, startDate: true, endDate: true, hoursPerWeek: true, instrument: true,
      employer: { select: { name: true } },
      position: { select: { hoursPerWeek: true, collectiveAgreement: true, hourlyWageCents: true, employer: { select: { name: true } } } },
      enrolment: { select: { participant: { select: { id: true, pseudonym: true } } } },
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * PARTICIPANTS_PER_PAGE,
    take: PARTICIPANTS_PER_PAGE,
  });
  if (phases.length > 0) {
    await audit(db, actor, 'read', 'Participant', null, { ids: phases.map((p) => p.enrolment.participant.id), purpose: 'subsidy-schedule', projectId: project.id });
  }
  const rows = phases.flatMap((p) => {
    if (!isSubsidised(p.instrument)) return [];
    const hours = p.hoursPerWeek ?? p.position?.hoursPerWeek ?? null;
    const hoursPerWeekTenths = hours === null ? null : hoursToTenths(hours);
    const wage = wageBasis(p.position?.collectiveAgreement, p.position?.hourlyWageCents);
    const schedule = hoursPerWeekTenths
      ? calculateSubsidy({ instrument: p.instrument, start: p.startDate, end: p.endDate, hoursPerWeekTenths, wage, minimumWages: wages })
      : null;
    return [{
      phaseId: p.id, pseudonym: p.enrolment.participant.pseudonym, employer: p.employer?.name ?? p.position?.employer.name ?? null,
      instrument: p.instrument, start: p.startDate, end: p.endDate, hoursPerWeekTenths, wage, schedule,
    }];
  });
  return { rows, total, page: current, pages };
}
