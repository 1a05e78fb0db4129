import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../prisma/seed/demo-users';

// The README's sign-in table is what a newcomer tries first: it must match the seed.
describe('README demo sign-ins', () => {
  const rows = readFileSync('README.md', 'utf8')
    .split('\n')
    .filter((line) => line.includes('@demo.teilhabe.invalid |'))
    .map((line) => line.split('|').map((cell) => cell.trim()).filter(Boolean));

  it('lists every demo account with its role and organisation, and no other', () => {
    expect(rows.map(([email, role, organisation]) => ({ email, role, organisation })).sort((a, b) => a.email!.localeCompare(b.email!))).toEqual(
      DEMO_USERS.map(({ email, role, organisation }) => ({ email, role, organisation })).sort((a, b) => a.email.localeCompare(b.email)),
    );
  });

  it('has at least one account per role and a coordinator and a caseworker in Dortmund and in Duisburg', () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL']));
    for (const city of ['Dortmund', 'Duisburg']) {
      for (const role of ['COORDINATOR', 'CASEWORKER']) {
        expect(DEMO_USERS.some((u) => u.role === role && u.email.endsWith(`.${city.toLowerCase()}@demo.teilhabe.invalid`))).toBe(true);
      }
    }
  });
});
