import { describe, expect, it } from 'vitest';
import { navigationFor } from '@/lib/auth/navigation';
import type { Role } from '@/lib/generated/prisma/enums';

const actor = (role: Role) => ({ id: 'u', role, organisationId: 'o', name: 'n' });

describe('navigationFor', () => {
  it('shows the caseload page to coordinators only', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    const withCaseload = roles.filter((role) => navigationFor(actor(role)).some((item) => item.href === '/fallzahlen'));
    expect(withCaseload).toEqual(['COORDINATOR']);
  });

  it('shows the projects to every role (aggregates for those who only read)', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    for (const role of roles) expect(navigationFor(actor(role)).find((item) => item.href === '/projekte')?.label).toBe('projectAdmin.listTitle');
  });

  it('labels it from the message files', () => {
    expect(navigationFor(actor('COORDINATOR')).find((item) => item.href === '/fallzahlen')?.label).toBe('nav.caseload');
  });
});
