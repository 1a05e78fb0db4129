import { expect, test } from '@playwright/test';
import { projectId } from '../../prisma/seed/projects';
import { authFile, expectAccessible } from './fixtures';

// The ISB programme's Förderung page: the staffing-plan figure does not depend on the
// synthetic participants (161 §16e positions at 9,50 €, 39 h, 2013–2014), so it is exact:
// 2013: 161 × 12 × 1 418,16 € = 2 739 885,12 €; 2014: 161 × 12 × 945,44 € = 1 826 590,08 €.
const ISB = `/projekte/${projectId('isb-dortmund')}/foerderung`;

test.describe('Förderung (Koordination ISB-Netzwerk)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('shows the subsidy per position, per participant and the savings', async ({ page }) => {
    await page.goto(ISB);
    await expect(page.getByRole('heading', { level: 1, name: 'Förderung: Aktiv statt passiv!' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Förderung', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(/4\.566\.475,20\s€/).first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Geförderte Stellen und ihr Lohnkostenzuschuss' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Je Teilnehmerin und Teilnehmer' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Einsparungen und Kosten/ })).toBeVisible();
    await page.getByText('Monatsplan: Caritas, Senioren-/Gesundheitswirtschaft').click();
    await expect(page.getByRole('table', { name: /Zuschuss je Monat für eine Stelle bei Caritas/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Förderung (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('an official reads the aggregates but no participant', async ({ page }) => {
    await page.goto(ISB);
    await expect(page.getByRole('heading', { level: 1, name: 'Förderung: Aktiv statt passiv!' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Je Teilnehmerin und Teilnehmer' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: /Einsparungen und Kosten/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Förderung (Fallmanagement)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('a caseworker gets 404', async ({ page }) => {
    expect((await page.goto(ISB))?.status()).toBe(404);
  });
});

test.describe('Mindestlohn und Leistungssätze (Administration)', () => {
  test.use({ storageState: authFile('admin') });

  test('adds a minimum wage after a refused input, then deletes it', async ({ page }) => {
    // A day far in the future, unique per run, so repeated runs never collide.
    const year = 2100 + (Date.now() % 500);
    const shown = `01.01.${year}`;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mindestlohn und Leistungssätze' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mindestlohn und Leistungssätze' })).toBeVisible();
    await expectAccessible(page);
    const form = page.locator('#mindestlohn-formular');
    await form.getByLabel('Gültig ab').fill(`${year}-01-01`);
    await form.getByLabel('Mindestlohn je Stunde in Euro').fill('zwölf');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form.getByRole('alert')).toContainText('Betrag von 1,00 € bis 100,00 €');
    await form.getByLabel('Mindestlohn je Stunde in Euro').fill('20,00');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form.getByRole('status')).toContainText(`Der Mindestlohn ab dem ${shown} wurde gespeichert.`);
    const row = page.getByRole('table', { name: /Gesetzlicher Mindestlohn je Stunde/ }).getByRole('row', { name: new RegExp(shown) });
    await expect(row).toContainText(/20,00\s€/);
    await row.getByRole('button', { name: `Mindestlohn ab ${shown} löschen` }).click();
    await expect(page.getByRole('row', { name: new RegExp(shown) })).toHaveCount(0);
  });
});
