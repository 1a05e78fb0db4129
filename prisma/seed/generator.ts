// The synthetic participants: deterministic (seeded PRNG, ids included) and streamed in
// batches, so memory stays flat from 400 to 1 000 000 participants. Each participant gets
// an identity, one enrolment whose phases follow that project's transitions, contacts,
// support services, follow-ups and, under a social clause, a delivered hire.
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import type { EducationLevel, Sex } from '../../lib/generated/prisma/enums';
import {
  bulkInsert, CONTACT_COLUMNS, DELIVERED_HIRE_COLUMNS, ENROLMENT_COLUMNS, FOLLOW_UP_COLUMNS, IDENTITY_COLUMNS,
  PARTICIPANT_COLUMNS, PHASE_COLUMNS, SUPPORT_SERVICE_COLUMNS,
} from './bulk-insert';
import { contactRows, followUpRows, stillEmployedAfter, supportServiceRows } from './activity';
import { buildGeneratorContext, type GeneratorContext, type ProjectContext } from './context';
import { addDays, addMonths } from './dates';
import type { Pathway } from './pathway';
import { createPathwayState, duisburgPathway, isbPathway, jobplusPathway, type PathwayState } from './pathways-jobs';
import { joboffensivePathway, sclaPathway } from './pathways-placement';
import { address, customerNumber, firstName, LAST_NAMES, pseudonym } from './people';
import { SCLA_DELIVERED_HIRES } from './programme-scla';
import type { ProjectKey } from './projects';
import { Rng } from './random';

export const DEFAULT_GENERATOR_SEED = 20_130_101;
export const DEFAULT_BATCH_SIZE = 1_000;

export interface GeneratorOptions {
  /** Synthetic participants spread over ISB, Duisburg, job:plus and Joboffensive. */
  participants: number;
  demoUsers: boolean;
  seed?: number;
  batchSize?: number;
}

export interface RowBatch {
  done: number;
  total: number;
  label: string;
  participants: Prisma.ParticipantCreateManyInput[];
  identities: Prisma.ParticipantIdentityCreateManyInput[];
  enrolments: Prisma.EnrolmentCreateManyInput[];
  phases: Prisma.PhaseCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  supportServices: Prisma.SupportServiceCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  deliveredHires: Prisma.DeliveredHireCreateManyInput[];
}

/**
 * How many participants each project gets. Duisburg is capped at its 100 places and ISB at
 * 200 (161 positions plus turnover); the rest goes to job:plus and, largest, the Joboffensive.
 * The Service Center's hires are not part of `participants`: they are the published
 * „über 200“ (208 here, one per delivered hire) and are always generated.
 */
export function planParticipants(participants: number): { project: ProjectKey; count: number }[] {
  const duisburg = Math.min(100, Math.round(participants * 0.15));
  const isb = Math.min(200, Math.round(participants * 0.2));
  const rest = participants - duisburg - isb;
  const jobplus = Math.round((rest * 0.2) / 0.65);
  return [
    { project: 'isb-dortmund', count: isb },
    { project: 'duisburg-modell', count: duisburg },
    { project: 'jobplus-recklinghausen', count: jobplus },
    { project: 'joboffensive-gelsenkirchen', count: rest - jobplus },
    { project: 'scla-dortmund', count: SCLA_DELIVERED_HIRES },
  ];
}

interface Profile {
  age: readonly [number, number];
  unemployedMonths: readonly [number, number];
  education: readonly (readonly [EducationLevel, number])[];
}

// Long-term unemployed with several barriers (ISB, Duisburg) vs. "market-near" customers
// (Joboffensive). Distributions are plausible assumptions, not published figures.
const PROFILES: Record<ProjectKey, Profile> = {
  'isb-dortmund': { age: [45, 8], unemployedMonths: [24, 120], education: [['ISCED_0_2', 65], ['ISCED_3_4', 31], ['ISCED_5_8', 4]] },
  'duisburg-modell': { age: [42, 9], unemployedMonths: [24, 96], education: [['ISCED_0_2', 60], ['ISCED_3_4', 35], ['ISCED_5_8', 5]] },
  'jobplus-recklinghausen': { age: [43, 9], unemployedMonths: [12, 96], education: [['ISCED_0_2', 55], ['ISCED_3_4', 39], ['ISCED_5_8', 6]] },
  'joboffensive-gelsenkirchen': { age: [38, 10], unemployedMonths: [6, 48], education: [['ISCED_0_2', 40], ['ISCED_3_4', 50], ['ISCED_5_8', 10]] },
  'scla-dortmund': { age: [41, 10], unemployedMonths: [12, 72], education: [['ISCED_0_2', 55], ['ISCED_3_4', 40], ['ISCED_5_8', 5]] },
};

const LABELS: Record<ProjectKey, string> = {
  'isb-dortmund': 'Aktiv statt passiv!',
  'duisburg-modell': 'Das Duisburger Modell',
  'jobplus-recklinghausen': 'job:plus',
  'joboffensive-gelsenkirchen': 'Joboffensive Gelsenkirchen',
  'scla-dortmund': 'Service Center lokale Arbeit',
};

function emptyBatch(done: number, total: number, label: string): RowBatch {
  return {
    done, total, label, participants: [], identities: [], enrolments: [], phases: [], contacts: [], supportServices: [],
    followUps: [], deliveredHires: [],
  };
}

function pathwayFor(rng: Rng, state: PathwayState, project: ProjectContext, index: number): Pathway {
  switch (project.key) {
    case 'isb-dortmund':
      return isbPathway(rng, state, project);
    case 'duisburg-modell':
      return duisburgPathway(rng, state, project, index);
    case 'jobplus-recklinghausen':
      return jobplusPathway(rng, state, project, index);
    case 'joboffensive-gelsenkirchen':
      return joboffensivePathway(rng, project);
    case 'scla-dortmund': {
      // The index-th hire belongs to the clause whose running total of delivered hires covers it.
      let rest = index;
      for (const clause of state.ctx.scla.clauses) {
        if (rest < clause.delivered) return sclaPathway(rng, clause);
        rest -= clause.delivered;
      }
      throw new Error('Mehr Einstellungen als Sozialklauseln erbracht haben');
    }
  }
}

function addParticipant(rng: Rng, batch: RowBatch, ctx: GeneratorContext, state: PathwayState, key: ProjectKey, index: number, serial: number): void {
  const project = ctx.projects[key];
  const profile = PROFILES[key];
  const pathway = pathwayFor(rng, state, project, index);
  const participantId = rng.uuid();
  const enrolmentId = rng.uuid();
  const sex = rng.weighted<Sex>([['MALE', 57], ['FEMALE', 42], ['DIVERSE', 1]]);
  const birthYear = pathway.enrolledAt.getUTCFullYear() - rng.around(profile.age[0], profile.age[1], 20, 63);
  const caseworkerId = project.caseworkerIds[index % project.caseworkerIds.length] ?? null;
  batch.participants.push({
    id: participantId,
    organisationId: project.jobcenterId,
    pseudonym: pseudonym(serial),
    sex,
    birthYear,
    educationLevel: rng.weighted(profile.education),
    unemployedSince: addMonths(pathway.enrolledAt, -rng.int(profile.unemployedMonths[0], profile.unemployedMonths[1])),
  });
  batch.identities.push({
    participantId,
    customerNumber: customerNumber(rng),
    firstName: firstName(rng, sex),
    lastName: rng.pick(LAST_NAMES),
    birthDate: addDays(new Date(Date.UTC(birthYear, 0, 1)), rng.int(0, 364)),
    ...address(rng, project.city),
  });
  batch.enrolments.push({
    id: enrolmentId,
    participantId,
    projectId: project.projectId,
    caseworkerId,
    jobCoachId: pathway.coach?.id ?? null,
    enrolledAt: pathway.enrolledAt,
    exitedAt: pathway.exit?.date ?? null,
    exitReason: pathway.exit?.reason ?? null,
  });
  for (const { start, end, ...phase } of pathway.phases) {
    batch.phases.push({ id: rng.uuid(), enrolmentId, startDate: start, endDate: end, ...phase });
  }
  batch.contacts.push(...contactRows(rng, pathway, enrolmentId, caseworkerId, project));
  batch.supportServices.push(...supportServiceRows(rng, pathway, enrolmentId, project));
  batch.followUps.push(...followUpRows(rng, pathway, enrolmentId, project));
  if (pathway.clauseId && pathway.placement) {
    batch.deliveredHires.push({
      id: rng.uuid(),
      socialClauseId: pathway.clauseId,
      enrolmentId,
      hiredAt: pathway.placement.date,
      stillEmployed6m: stillEmployedAfter(pathway, 6, project.observedUntil),
      stillEmployed12m: stillEmployedAfter(pathway, 12, project.observedUntil),
    });
  }
}

/** Yields one batch of rows at a time; pure (no database), deterministic for a given seed. */
export function* generateBatches(options: GeneratorOptions): Generator<RowBatch> {
  const rng = new Rng(options.seed ?? DEFAULT_GENERATOR_SEED);
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const ctx = buildGeneratorContext(options.demoUsers);
  const state = createPathwayState(ctx);
  const plan = planParticipants(options.participants);
  const total = plan.reduce((sum, entry) => sum + entry.count, 0);
  let serial = 0;
  let batch = emptyBatch(0, total, '');
  for (const { project, count } of plan) {
    for (let index = 0; index < count; index += 1) {
      addParticipant(rng, batch, ctx, state, project, index, serial);
      serial += 1;
      // A batch ends when full and at the end of each project, so progress names the project.
      if (batch.participants.length >= size || index === count - 1) {
        batch.done = serial;
        batch.label = LABELS[project];
        yield batch;
        batch = emptyBatch(serial, total, LABELS[project]);
      }
    }
  }
}

export async function insertBatch(prisma: PrismaClient, batch: RowBatch): Promise<void> {
  await bulkInsert(prisma, 'Participant', PARTICIPANT_COLUMNS, batch.participants);
  await bulkInsert(prisma, 'ParticipantIdentity', IDENTITY_COLUMNS, batch.identities);
  await bulkInsert(prisma, 'Enrolment', ENROLMENT_COLUMNS, batch.enrolments);
  await bulkInsert(prisma, 'Phase', PHASE_COLUMNS, batch.phases);
  await bulkInsert(prisma, 'Contact', CONTACT_COLUMNS, batch.contacts);
  await bulkInsert(prisma, 'SupportService', SUPPORT_SERVICE_COLUMNS, batch.supportServices);
  await bulkInsert(prisma, 'FollowUp', FOLLOW_UP_COLUMNS, batch.followUps);
  await bulkInsert(prisma, 'DeliveredHire', DELIVERED_HIRE_COLUMNS, batch.deliveredHires);
}

export async function generateParticipants(
  prisma: PrismaClient,
  options: GeneratorOptions,
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<void> {
  for (const batch of generateBatches(options)) {
    await insertBatch(prisma, batch);
    onProgress?.(batch.done, batch.total, batch.label);
  }
}
