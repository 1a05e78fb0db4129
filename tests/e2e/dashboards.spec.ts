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
    // Three years would come by quarter; this reader wants them month by month.
    await page.getByLabel('Einteilung').selectOption({ label: 'je Monat' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();

    await expect(page.getByText('Projekt: Service Center lokale Arbeit')).toBeVisible();
    await expect(page.getByText(/^Stand: .+ Die Zahlen sind tagesaktuell/)).toBeVisible();
    await expect(page.getByText(/nahmen 208 Teilnehmende eine sozialversicherungspflichtige Beschäftigung auf/)).toBeVisible();
    const funnel = page.getByRole('table', { name: 'Teilnahmen, die im Zeitraum begannen, und erste Eintritte in jede Phase' });
    await expect(funnel.getByRole('row', { name: /Ungeförderte Beschäftigung/ }).getByRole('cell').first()).toHaveText('208');
    await page.getByText(/^Datentabelle anzeigen/).first().click();
    const placements = page.getByRole('table', { name: 'Vermittlungen je Monat' });
    await expect(placements.getByRole('row', { name: /^Januar 2017/ })).toBeVisible();
    await expect(placements.getByRole('row', { name: /^\S+ \d{4} / })).toHaveCount(36);
    await expectAccessible(page);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${'Teilnahmen, die im Zeitraum begannen, und erste Eintritte in jede Phase'} als CSV herunterladen` }).click(),
    ]);
    const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFStufe;Anzahl;Anteil an den Zuweisungen');
    expect(lines.some((l) => l.startsWith('Ungeförderte Beschäftigung;208;'))).toBe(true);

    // Printed (or saved as PDF): scope, period and date stay, the filter goes, closed tables open.
    const contacts = page.getByRole('table', { name: 'Kontakte je Monat gegen das Ziel des Projekts' });
    await expect(contacts).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByText('Zeitraum: Januar 2017 bis Dezember 2019')).toBeVisible();
    await expect(contacts).toBeVisible();
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

// The other themes, reached by the theme links, which keep the chosen project and period.
test.describe('Auswertungen: Arbeitsplätze, Finanzen, Vergabe (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('walks the themes for ISB and the Service Center with the seeded figures', async ({ page }) => {
    await page.goto('/auswertungen');
    await page.getByLabel('Ebene').selectOption({ label: 'Projekt' });
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Aktiv statt passiv! (Dortmund)' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    const themes = page.getByRole('navigation', { name: 'Themen der Auswertungen' });

    await themes.getByRole('link', { name: 'Arbeitsplätze und Betreuung' }).click();
    await expect(themes.getByRole('link', { name: 'Arbeitsplätze und Betreuung' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Projekt: Aktiv statt passiv!')).toBeVisible();
    await expect(page.getByText(/^9 Arbeitgeber bieten 161 Arbeitsplätze an/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Fallzahlen je Fachkraft gegen den Zielschlüssel' })).toBeVisible();
    await expectAccessible(page);

    await themes.getByRole('link', { name: 'Finanzen' }).click();
    await expect(page.getByText(/Jobcenter und Kommune 53 %, Land und ESF 26 %, Arbeitgeber 21 %/)).toBeVisible();
    await expect(page.getByRole('table', { name: /^Finanzierung je Art der Quelle/ }).getByRole('row', { name: /^Summe/ })).toContainText('9.300.000');
    await expectAccessible(page);

    await themes.getByRole('link', { name: 'Vergabe' }).click();
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Service Center lokale Arbeit (Dortmund)' });
    await page.getByLabel('Von (Monat)').fill('2017-01');
    await page.getByLabel('Bis (Monat)').fill('2019-12');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page.getByText(/wurden 19 Ausschreibungen auf Eignung geprüft, 14 davon waren geeignet/)).toBeVisible();
    const total = page.getByRole('table', { name: 'Ausschreibungen nach Jahr der Veröffentlichung' }).getByRole('row', { name: /^Zeitraum insgesamt/ });
    await expect(total).toContainText('226');
    await expect(total).toContainText('208');
    await expectAccessible(page);
  });

  test('compares the programmes side by side at the Land level', async ({ page }) => {
    // Until 2019: later browser tests register people in these projects today.
    await page.goto('/auswertungen?ebene=land&von=2013-01&bis=2019-12');
    const comparison = page.getByRole('table', { name: 'Kennzahlen je Programm im Zeitraum' });
    for (const name of ['Aktiv statt passiv!', 'Service Center lokale Arbeit', 'Das Duisburger Modell', 'Joboffensive Gelsenkirchen', 'job:plus']) {
      await expect(comparison.getByRole('row', { name: new RegExp(`^${name.replace(/[!+]/g, '\\$&')}`) })).toBeVisible();
    }
    await expect(comparison.getByRole('row', { name: /^Service Center lokale Arbeit/ }).getByRole('cell').nth(1)).toHaveText('208');
    // Seven years come by quarter: 28 rows and the period's total.
    await page.getByText('Datentabelle anzeigen (29 Zeilen)').first().click();
    await expect(page.getByRole('table', { name: 'Vermittlungen je Quartal' }).getByRole('row', { name: /^1\. Quartal 2013/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Auswertungen: Themen (Koordination ISB)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('sees the own project’s positions with exact counts and its shares', async ({ page }) => {
    await page.goto('/auswertungen/stellen');
    await expect(page.getByText('Genaue Zahlen: Ihre Organisation betreibt alle gezählten Projekte.')).toBeVisible();
    await expect(page.getByText(/^9 Arbeitgeber bieten 161 Arbeitsplätze an/)).toBeVisible();
    await expectAccessible(page);
    await page.goto('/auswertungen/finanzen');
    await expect(page.getByText(/Jobcenter und Kommune 53 %, Land und ESF 26 %, Arbeitgeber 21 %/)).toBeVisible();
  });
});

test.describe('Auswertungen: Themen (Fallmanagement)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('gets 404 on every theme and its export', async ({ page }) => {
    for (const path of ['/auswertungen/stellen', '/auswertungen/finanzen', '/auswertungen/vergabe']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      expect((await page.request.get(`${path}/export?tabelle=x`)).status(), `${path}/export`).toBe(404);
    }
  });
});
