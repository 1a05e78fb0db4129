// Role → permission table: the one place that says what a role may do at all.
// Which *records* it may do it to is decided in authorize.ts.
import type { Role } from '../generated/prisma/enums';

export const PERMISSIONS = [
  'project.read',
  'project.create',
  'project.update',
  'employer.read',
  'employer.write',
  'funding.read',
  'funding.write',
  'tender.read',
  'tender.write',
  'participant.read',
  'participant.readIdentity',
  'participant.create',
  'participant.update',
  'participant.reassign',
  'casework.write', // phases, contacts, support services, follow-ups
  'dashboard.read',
  'user.manage',
  'organisation.manage',
  'referenceData.manage',
  'audit.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const CASEWORK: Permission[] = ['participant.read', 'participant.readIdentity', 'casework.write'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The rule: "only coordinators and admins of the owning organisation edit" a
  // project, its funding and its employers (the organisation is enforced by the edit scopes).
  ADMIN: [
    'project.read', 'project.create', 'project.update', 'employer.read', 'employer.write', 'funding.read', 'funding.write', 'tender.read', 'tender.write', 'dashboard.read',
    'participant.read', 'participant.readIdentity',
    'user.manage', 'organisation.manage', 'referenceData.manage', 'audit.read',
  ],
  COORDINATOR: [
    'project.read', 'project.create', 'project.update', 'employer.read', 'employer.write',
    'funding.read', 'funding.write', 'tender.read', 'tender.write', 'dashboard.read',
    ...CASEWORK, 'participant.reassign',
  ],
  // Dashboards are for steering (coordinators) and oversight (officials); caseworkers work
  // from their worklist.
  CASEWORKER: [
    'project.read', 'employer.read',
    ...CASEWORK, 'participant.create', 'participant.update',
  ],
  JOB_COACH: ['project.read', 'employer.read', ...CASEWORK],
  // Officials read aggregates only (DOMAIN.md): never a participant record.
  OFFICIAL: ['project.read', 'employer.read', 'funding.read', 'tender.read', 'dashboard.read'],
};

export interface Actor {
  id: string;
  role: Role;
  organisationId: string;
  name: string;
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}
