import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLE_PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

// The expected table, written out independently of ROLE_PERMISSIONS: a change to
// who may do what has to change this test too.
const EXPECTED: Record<Role, Permission[]> = {
  ADMIN: ['project.read', 'project.create', 'project.update', 'employer.read', 'employer.write', 'funding.read', 'funding.write', 'tender.read', 'tender.write', 'dashboard.read', 'participant.read',
    'participant.readIdentity', 'user.manage', 'organisation.manage', 'referenceData.manage', 'audit.read'],
  COORDINATOR: ['project.read', 'project.create', 'project.update', 'employer.read', 'employer.write', 'funding.read',
    'funding.write', 'tender.read', 'tender.write', 'dashboard.read', 'participant.read', 'participant.readIdentity',
    'casework.write', 'participant.reassign'],
  CASEWORKER: ['project.read', 'employer.read', 'participant.read', 'participant.readIdentity',
    'casework.write', 'participant.create', 'participant.update'],
  JOB_COACH: ['project.read', 'employer.read', 'participant.read', 'participant.readIdentity', 'casework.write'],
  OFFICIAL: ['project.read', 'employer.read', 'funding.read', 'tender.read', 'dashboard.read'],
};

describe('can(role, permission)', () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    for (const permission of PERMISSIONS) {
      const expected = EXPECTED[role].includes(permission);
      it(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(expected);
      });
    }
  }

  it('grants no permission outside the declared list', () => {
    for (const list of Object.values(ROLE_PERMISSIONS)) for (const p of list) expect(PERMISSIONS).toContain(p);
  });

  it('never lets an official near a participant record', () => {
    const personal = PERMISSIONS.filter((p) => p.startsWith('participant.') || p === 'casework.write');
    for (const p of personal) expect(can({ role: 'OFFICIAL' }, p)).toBe(false);
  });
});
