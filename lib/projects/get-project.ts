import 'server-only';
// One project for its page and its edit form, loaded through the actor's scope: outside
// it the project does not exist (NOT_FOUND → 404). Figures are exact for those who run the
// project; everyone else sees statistics with small counts of people hidden.
import { z } from 'zod';
import { db } from '../db';
import { can } from '../auth/permissions';
import { projectEditScope, projectScope, type ActorContext } from '../auth/authorize';
import { berlinToday } from '../casework/activity-window';
import { shown, suppressPart, suppressSmall, type Count } from '../dashboard/suppress';
import { AppError } from '../errors';
import type { PhaseKind } from '../generated/prisma/enums';
import { rawProjectFigures } from './project-figures';

const PROJECT_SELECT = {
  id: true, version: true, name: true, shortName: true, city: true, model: true, description: true, startDate: true, endDate: true,
  targetParticipants: true, targetPositions: true, targetPlacements: true, caseloadRatio: true, contactsPerMonth: true,
  aftercareMonths: true, budgetCents: true, operatorId: true, operator: { select: { name: true } },
} as const;

async function findProject(actor: ActorContext, id: string) {
  // An id from the URL: anything that is not a uuid simply does not exist.
  const project = can(actor, 'project.read') && z.uuid().safeParse(id).success
    ? await db.project.findFirst({ where: { AND: [{ id }, projectScope(actor)] }, select: PROJECT_SELECT })
    : null;
  if (!project) throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  return project;
}

async function mayEdit(actor: ActorContext, id: string): Promise<boolean> {
  const scope = projectEditScope(actor);
  return scope !== null && (await db.project.count({ where: { AND: [{ id }, scope] } })) > 0;
}

export interface ProjectOverview {
  project: Awaited<ReturnType<typeof findProject>>;
  canEdit: boolean;
  /** true: exact counts; false: small counts of people suppressed. */
  exact: boolean;
  transitions: { fromKind: PhaseKind | null; toKind: PhaseKind }[];
  figures: {
    participants: Count;
    active: Count;
    placements: Count;
    employers: number;
    positionsOffered: number;
    positionsFilled: Count;
    /** Active enrolments per caseworker, rounded; null without active enrolments (or when suppressed). */
    caseload: number | null;
    /** Contacts per participant and month enrolled, one decimal; null without enrolment time (or when suppressed). */
    contactsPerMonth: number | null;
  };
}

export async function getProjectOverview(actor: ActorContext, id: string, today: Date = berlinToday()): Promise<ProjectOverview> {
  const project = await findProject(actor, id);
  const [canEdit, transitions, raw] = await Promise.all([
    mayEdit(actor, id),
    db.phaseTransition.findMany({ where: { projectId: id }, select: { fromKind: true, toKind: true } }),
    rawProjectFigures(id, today),
  ]);
  // The same rule as listProjectFigures: the organisation running the project sees exact counts.
  const exact = canEdit;
  const people = exact ? { total: shown(raw.participants), part: shown(raw.placements) } : suppressPart(raw.participants, raw.placements);
  const count = (n: number) => (exact ? shown(n) : suppressSmall(n));
  const rates = exact || raw.active >= 5;
  return {
    project,
    canEdit,
    exact,
    transitions,
    figures: {
      participants: people.total,
      active: count(raw.active),
      placements: people.part,
      employers: raw.employers,
      positionsOffered: raw.positionsOffered,
      positionsFilled: count(raw.positionsFilled),
      caseload: rates && raw.caseworkers > 0 ? Math.round(raw.activeWithCaseworker / raw.caseworkers) : null,
      contactsPerMonth: (exact || raw.participants >= 5) && raw.enrolmentMonths > 0 ? Math.round((raw.contacts / raw.enrolmentMonths) * 10) / 10 : null,
    },
  };
}

/** The project's own data for a sub-page's heading; NOT_FOUND outside the actor's scope. */
export async function getProjectHeader(actor: ActorContext, id: string) {
  return findProject(actor, id);
}

/** The project as its edit form needs it; NOT_FOUND unless the actor may edit it. */
export async function getProjectForEdit(actor: ActorContext, id: string) {
  const project = await findProject(actor, id);
  if (!(await mayEdit(actor, id))) throw new AppError('NOT_FOUND', 'Nicht gefunden.');
  const transitions = await db.phaseTransition.findMany({ where: { projectId: id }, select: { fromKind: true, toKind: true } });
  return { ...project, transitions };
}

/** The name of the actor's organisation: the operator of a project they create. */
export async function getOrganisationName(actor: ActorContext): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { name: true } });
  return organisation.name;
}
