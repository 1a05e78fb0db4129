import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

test.describe('Koordination (ISB-Netzwerk Dortmund)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('sees 161 positions at 9 employers and the 53/26/21 split from the funding records', async ({ page }) => {
    await page.goto('/');
    const isb = page.getByRole('region', { name: 'Aktiv statt passiv!' });
    await expect(isb.getByText('161 Arbeitsplätze bei 9 Arbeitgebern')).toBeVisible();
    const shares = isb.getByRole('table', { name: /Finanzierungsanteile/ });
    await expect(shares.getByRole('row', { name: /Jobcenter Dortmund und Stadt Dortmund/ })).toContainText('53 %');
    await expect(shares.getByRole('row', { name: /Land NRW und ESF/ })).toContainText('26 %');
    await expect(shares.getByRole('row', { name: /Arbeitgeber/ })).toContainText('21 %');
    await expect(shares.getByRole('row', { name: /Gesamt/ })).toContainText('9.300.000');
    await expectAccessible(page);
  });
});

test.describe('Koordination Duisburg', () => {
  test.use({ storageState: authFile('coordinatorDuisburg') });

  test('sees only the Duisburg project, not Dortmund’s', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Das Duisburger Modell' })).toBeVisible();
    await expect(page.getByText('Aktiv statt passiv!')).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('Land NRW (nur Auswertungen)', () => {
  test.use({ storageState: authFile('official') });

  test('sees all five programmes as counts, with no names', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Projekte mit Arbeitsplätzen, Teilnehmenden und Integrationen' });
    // Other tests may add projects (the Land sees every city's): the five programmes at least.
    for (const name of ['Aktiv statt passiv!', 'Das Duisburger Modell', 'job:plus', 'Joboffensive', 'Service Center lokale Arbeit']) {
      await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
    }
    await expect(table.getByRole('row', { name: /Aktiv statt passiv!/ }).getByRole('cell').nth(2)).toHaveText('161Ziel: 161');
    await expect(table.getByRole('row', { name: /job:plus/ }).getByRole('cell').nth(2)).toContainText('Ziel: 260');
    await expect(table.getByRole('row', { name: /Joboffensive/ }).getByRole('cell').nth(3)).toContainText('Ziel: 1.900');
    await expect(page.getByText(/Fallzahlen unter 5/)).toBeVisible();
    await expect(page.getByText('TN-')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('switches to English and back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Projects' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: /Deutsch/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Projekte' })).toBeVisible();
  });
});

test.describe('Fallmanagement Jobcenter Dortmund', () => {
  test.use({ storageState: authFile('caseworker') });

  test('sees their own work figures and the Dortmund projects', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Meine Arbeit' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Arbeitsliste' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Fällige Nachbefragungen \(bis in 14 Tagen\): \d+$/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Kontakte unter dem Projektziel/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Nachbetreuung endet/ })).toBeVisible();
    const caseload = page.getByRole('definition').filter({ hasText: /^\d+$/ });
    await expect(caseload.first()).toBeVisible();
    const projects = page.getByRole('table', { name: 'Projekte mit Arbeitsplätzen, Teilnehmenden und Integrationen' });
    await expect(projects.getByRole('row', { name: /Aktiv statt passiv!/ })).toBeVisible();
    await expect(projects.getByRole('row', { name: /Duisburger Modell/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('Jobcoaching', () => {
  test.use({ storageState: authFile('jobCoach') });

  test('sees assigned participants by code only', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /Ihnen zugewiesene Teilnehmende \(pseudonymisiert\)/ });
    await expect(table.getByRole('row').nth(1)).toContainText('TN-');
    await expect(table.getByRole('row').nth(1)).toContainText(/aktiv|ausgetreten am \d{2}\.\d{2}\.\d{4}/);
    await expectAccessible(page);
  });
});

test.describe('Administration', () => {
  test.use({ storageState: authFile('admin') });

  test('sees accounts by role and an unknown page as a German 404', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table', { name: 'Benutzerkonten nach Rolle' }).getByRole('row', { name: /Jobcoaching/ })).toBeVisible();
    await expectAccessible(page);
    const response = await page.goto('/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    await expectAccessible(page);
  });
});
