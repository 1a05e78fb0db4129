import { expect, test as setup } from '@playwright/test';
import { authFile, demoUser, signIn } from './fixtures';

// One saved sign-in per role, reused by the tests of that role.
export const ROLE_ACCOUNTS = {
  admin: 'admin@',
  coordinator: 'koordination.isb@',
  coordinatorDuisburg: 'koordination.duisburg@',
  caseworker: 'fallmanagement.dortmund@',
  jobCoach: 'jobcoach.dortmund@',
  official: 'land.nrw@',
} as const;

for (const [role, prefix] of Object.entries(ROLE_ACCOUNTS)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = demoUser(prefix);
    await signIn(page, user.email, user.password);
    await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();
    await page.context().storageState({ path: authFile(role) });
  });
}
