// Everything the generator needs to know about the reference data, computed from the same
// definitions the seed writes (stable ids), so generating rows needs no database.
import { DATA_AS_OF, day, minDate } from './dates';
import { demoUserId } from './demo-users';
import { localEmployerId, localPositionId, type LocalEmployer } from './local-employers';
import { organisationId } from './organisations';
import {
  ISB_COACHES, ISB_DEMO_COACH, ISB_EMPLOYERS, ISB_HOURLY_WAGE_CENTS, ISB_HOURS_PER_WEEK, ISB_PROJECT,
  isbCoachId, isbEmployerId, isbPositionId,
} from './programme-isb';
import { DUISBURG_COACHES, DUISBURG_EMPLOYERS, DUISBURG_PROJECT, duisburgCoachId } from './programme-duisburg';
import { JOBOFFENSIVE_PROJECT } from './programme-joboffensive';
import { JOBPLUS_COACHES, JOBPLUS_EMPLOYERS, JOBPLUS_PROJECT, JOBPLUS_TENDERS, jobplusClauseId, jobplusClauseTerm, jobplusCoachId } from './programme-jobplus';
import { SCLA_PROJECT, sclaClauses, type SclaClause } from './programme-scla';
import { projectId, type ProjectDefinition, type ProjectKey } from './projects';
import type { PositionSource } from './slots';
import { staffOf, type StaffGroup } from './staff';

export interface Coach {
  id: string;
  /** The coach's sign-in account, if any (demo job coaches). */
  userId: string | null;
}

export interface ProjectContext {
  key: ProjectKey;
  projectId: string;
  jobcenterId: string;
  city: string;
  start: Date;
  end: Date;
  /** Outcomes are known up to here: the project end, or the seed's "today" if later. */
  observedUntil: Date;
  caseworkerIds: readonly string[];
  contactsPerMonth: number;
}

export interface ClauseCapacity {
  clauseId: string;
  employerId: string;
  committed: number;
  from: Date;
  until: Date;
}

export interface GeneratorContext {
  projects: Record<ProjectKey, ProjectContext>;
  isb: { positions: PositionSource[]; coachByEmployer: ReadonlyMap<string, Coach> };
  duisburg: { positions: PositionSource[]; coaches: Coach[] };
  jobplus: { positions: PositionSource[]; coaches: Coach[]; clauses: ClauseCapacity[] };
  scla: { clauses: SclaClause[] };
}

/** Contacts a month where the project sets no target. */
const DEFAULT_CONTACTS_PER_MONTH = 2;

function projectContext(definition: ProjectDefinition, caseworkers: StaffGroup, demoCaseworker: string | null): ProjectContext {
  const end = day(definition.end ?? '2030-12-31');
  const staff = staffOf(caseworkers).map((member) => member.id);
  return {
    key: definition.key,
    projectId: projectId(definition.key),
    jobcenterId: organisationId(definition.jobcenter),
    city: definition.city,
    start: day(definition.start),
    end,
    observedUntil: minDate(end, DATA_AS_OF),
    // The demo caseworker comes first, so the round robin gives them the first enrolment.
    caseworkerIds: demoCaseworker ? [demoUserId(demoCaseworker), ...staff] : staff,
    contactsPerMonth: definition.targets.contactsPerMonth ?? DEFAULT_CONTACTS_PER_MONTH,
  };
}

function localPositions(definition: ProjectDefinition, employers: readonly LocalEmployer[]): PositionSource[] {
  return employers.flatMap((employer) =>
    employer.positions.map((position, index) => ({
      positionId: localPositionId(definition.key, employer.key, index),
      employerId: localEmployerId(definition.key, employer.key),
      count: position.count,
      instrument: position.instrument,
      hoursPerWeek: 39,
      hourlyWageCents: position.hourlyWageCents,
    })),
  );
}

export function buildGeneratorContext(demoUsers: boolean): GeneratorContext {
  const dortmund = demoUsers ? 'fallmanagement.dortmund' : null;
  const coachByEmployer = new Map<string, Coach>();
  for (const coach of ISB_COACHES) {
    const userId = demoUsers && coach.key === ISB_DEMO_COACH ? demoUserId('jobcoach.dortmund') : null;
    for (const employer of coach.serves) {
      if (!coachByEmployer.has(isbEmployerId(employer))) coachByEmployer.set(isbEmployerId(employer), { id: isbCoachId(coach.key), userId });
    }
  }
  return {
    projects: {
      'isb-dortmund': projectContext(ISB_PROJECT, 'caseworkers-dortmund', dortmund),
      'duisburg-modell': projectContext(DUISBURG_PROJECT, 'caseworkers-duisburg', demoUsers ? 'fallmanagement.duisburg' : null),
      'jobplus-recklinghausen': projectContext(JOBPLUS_PROJECT, 'caseworkers-jobplus', null),
      'joboffensive-gelsenkirchen': projectContext(JOBOFFENSIVE_PROJECT, 'placement-officers-joboffensive', null),
      'scla-dortmund': projectContext(SCLA_PROJECT, 'caseworkers-dortmund', dortmund),
    },
    isb: {
      positions: ISB_EMPLOYERS.flatMap((employer) =>
        employer.positions.map(([, count], index) => ({
          positionId: isbPositionId(employer.key, index),
          employerId: isbEmployerId(employer.key),
          count,
          instrument: 'PARA_16E' as const,
          hoursPerWeek: ISB_HOURS_PER_WEEK,
          hourlyWageCents: ISB_HOURLY_WAGE_CENTS,
        })),
      ),
      coachByEmployer,
    },
    duisburg: {
      positions: localPositions(DUISBURG_PROJECT, DUISBURG_EMPLOYERS),
      coaches: DUISBURG_COACHES.map((_, index) => ({
        id: duisburgCoachId(index),
        userId: demoUsers && index === 0 ? demoUserId('jobcoach.duisburg') : null,
      })),
    },
    jobplus: {
      positions: localPositions(JOBPLUS_PROJECT, JOBPLUS_EMPLOYERS),
      coaches: JOBPLUS_COACHES.map((_, index) => ({ id: jobplusCoachId(index), userId: null })),
      clauses: JOBPLUS_TENDERS.map((tender) => ({
        clauseId: jobplusClauseId(tender.reference),
        employerId: localEmployerId(JOBPLUS_PROJECT.key, tender.contractor),
        committed: tender.committedHires,
        from: jobplusClauseTerm(tender.publishedAt).termStart,
        until: jobplusClauseTerm(tender.publishedAt).termEnd,
      })),
    },
    scla: { clauses: sclaClauses() },
  };
}
