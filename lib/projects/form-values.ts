import type { PhaseKind } from '../generated/prisma/enums';
import { CUSTOM_MODEL, edgeField, templateOf, type TransitionEdge } from './templates';

// Stored values back into what the form's inputs take (and parse again): dates as
// YYYY-MM-DD, money as German euros without thousands separators ("3500000,50").
export function centsToEuroInput(cents: bigint): string {
  const euros = cents / 100n;
  const rest = cents % 100n;
  return rest === 0n ? euros.toString() : `${euros},${rest.toString().padStart(2, '0')}`;
}

const dayInput = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const countInput = (value: number | null) => (value === null ? '' : String(value));

export function projectFormValues(project: {
  name: string; shortName: string; city: string; model: string; description: string | null; startDate: Date; endDate: Date | null;
  targetParticipants: number | null; targetPositions: number | null; targetPlacements: number | null; caseloadRatio: number | null;
  contactsPerMonth: number | null; aftercareMonths: number | null; budgetCents: bigint | null;
  transitions: { fromKind: PhaseKind | null; toKind: PhaseKind }[];
}): Record<string, string> {
  const edges = project.transitions.map((t): TransitionEdge => [t.fromKind, t.toKind]);
  return {
    ...Object.fromEntries(edges.map((e) => [edgeField(e), '1'])),
    name: project.name,
    shortName: project.shortName,
    city: project.city,
    // A template only while the edges are exactly its own; else they are the coordinator's.
    model: templateOf(edges) ?? CUSTOM_MODEL,
    description: project.description ?? '',
    startDate: dayInput(project.startDate),
    endDate: dayInput(project.endDate),
    targetParticipants: countInput(project.targetParticipants),
    targetPositions: countInput(project.targetPositions),
    targetPlacements: countInput(project.targetPlacements),
    caseloadRatio: countInput(project.caseloadRatio),
    contactsPerMonth: countInput(project.contactsPerMonth),
    aftercareMonths: countInput(project.aftercareMonths),
    budget: project.budgetCents === null ? '' : centsToEuroInput(project.budgetCents),
  };
}
