import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

// Read-only: the seeded programmes have ended, so no enrolment is active and nothing is
// handed over here; the handover itself is covered by tests/integration/caseload.test.ts.
test.describe('Fallzahlen (Koordination ISB-Netzwerk)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('reaches the caseload from the navigation and sees the project’s job coaches', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fallzahlen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fallzahlen und Zuständigkeit' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Fallzahlen je Person im Projekt Aktiv statt passiv!' });
    await expect(table.getByRole('row', { name: /Jobcoach/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Teilnahmen übergeben' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Fallzahlen (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('an official gets 404 and no navigation entry', async ({ page }) => {
    expect((await page.goto('/fallzahlen'))?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Fallzahlen' })).toHaveCount(0);
  });
});
