import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

// The ESF+ indicator report as the Land official reads it: filter, tables, one CSV, the print view.
test.describe('ESF+-Indikatorenbericht (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('filters by project, downloads a table as CSV and opens the print view', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'ESF+-Indikatorenbericht' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ESF+-Indikatorenbericht' })).toBeVisible();
    await page.getByLabel('Projekt').selectOption({ label: 'Aktiv statt passiv!' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page.getByText('Auswahl: Aktiv statt passiv!; Eintritte aus allen Zeiträumen.')).toBeVisible();
    const bySex = page.getByRole('table', { name: 'Eintritte nach Geschlecht' });
    await expect(bySex.getByRole('rowheader')).toHaveText(['weiblich', 'männlich', 'divers', 'Insgesamt']);
    await expect(page.getByRole('table', { name: 'Ergebnis sechs Monate nach dem Austritt' })).toBeVisible();
    await expectAccessible(page);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Eintritte nach Geschlecht als CSV herunterladen' }).click(),
    ]);
    const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFGeschlecht;Anzahl;Anteil (%)');
    expect(lines.map((l) => l.split(';')[0])).toEqual(['\uFEFFGeschlecht', 'weiblich', 'männlich', 'divers', 'Insgesamt']);

    await page.getByRole('link', { name: 'Druckansicht' }).click();
    await expect(page).toHaveURL(/\/auswertungen\/esf\/druck\?projekt=/);
    await expect(page.getByText(/^Erstellt am .+ Uhr$/)).toBeVisible();
    await expect(page.getByText('Auswahl: Aktiv statt passiv!; Eintritte aus allen Zeiträumen.')).toBeVisible();
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Zurück zum Bericht' })).toBeHidden();
    await expect(page.getByRole('table', { name: 'Ergebnis beim Austritt' })).toBeVisible();
  });
});

test.describe('ESF+-Indikatorenbericht (Jobcoach)', () => {
  test.use({ storageState: authFile('jobCoach') });

  test('does not exist for a job coach', async ({ page }) => {
    const response = await page.goto('/auswertungen/esf');
    expect(response?.status()).toBe(404);
    // A request, not a navigation: Chromium aborts navigating to a bodiless 404 download.
    const csv = await page.request.get('/auswertungen/esf/export?tabelle=geschlecht');
    expect(csv.status()).toBe(404);
  });
});
