import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

// The dashboards as officials and coordinators read them (not run by its author).
test.describe('Auswertungen (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('chooses a project and a period, reads the funnel table and downloads it as CSV', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auswertungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Auswertungen' })).toBeVisible();
    await page.getByLabel('Ebene').selectOption({ label: 'Projekt' });
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Service Center lokale Arbeit (Dortmund)' });
    await page.getByLabel('Von (Monat)').fill('2017-01');
    await page.getByLabel('Bis (Monat)').fill('2019-12');
    await page.getByRole('button', { name: 'Anzeigen' }).click();

    await expect(page.getByText('Projekt: Service Center lokale Arbeit')).toBeVisible();
    await expect(page.getByText(/^Stand: .+ Die Zahlen sind tagesaktuell/)).toBeVisible();
    await expect(page.getByText(/nahmen 208 Teilnehmende eine sozialversicherungspflichtige Beschäftigung auf/)).toBeVisible();
    const funnel = page.getByRole('table', { name: 'Teilnahmen, die im Zeitraum begannen, und erste Eintritte in jede Phase' });
    await expect(funnel.getByRole('row', { name: /Ungeförderte Beschäftigung/ }).getByRole('cell').first()).toHaveText('208');
    await page.getByText(/^Datentabelle anzeigen/).first().click();
    await expect(page.getByRole('table', { name: 'Vermittlungen je Monat' })).toBeVisible();
    await expectAccessible(page);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${'Teilnahmen, die im Zeitraum begannen, und erste Eintritte in jede Phase'} als CSV herunterladen` }).click(),
    ]);
    const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFStufe;Anzahl;Anteil an den Zuweisungen');
    expect(lines.some((l) => l.startsWith('Ungeförderte Beschäftigung;208;'))).toBe(true);
  });
});

test.describe('Auswertungen (Koordination ISB)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('shows the own project with exact figures and no level choice', async ({ page }) => {
    await page.goto('/auswertungen');
    await expect(page.getByText('Projekt: Aktiv statt passiv!')).toBeVisible();
    await expect(page.getByText('Genaue Zahlen: Ihre Organisation betreibt alle gezählten Projekte.')).toBeVisible();
    await expect(page.getByLabel('Ebene')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Kontakte je Teilnehmende(n) und Monat' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Auswertungen (Fallmanagement)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('has no dashboards', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auswertungen' })).toHaveCount(0);
    const response = await page.goto('/auswertungen');
    expect(response?.status()).toBe(404);
  });
});
