// The core flows by keyboard alone (WCAG 2.1.1): every step is reached with Tab and
// done with typing, Enter or Space - no click, no focus() from the test. Dates have
// day = month, since headless Chromium orders date segments by its own locale.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoUser } from './fixtures';

/** Presses Tab until `target` has the focus; fails if it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`nicht per Tabulator erreichbar: ${target}`);
}

test('a caseworker signs in, registers a person and logs a contact by keyboard alone', async ({ page }) => {
  const user = demoUser('fallmanagement.dortmund@');
  await page.goto('/anmelden');
  await tabTo(page, page.getByLabel('E-Mail-Adresse'));
  await page.keyboard.type(user.email);
  await tabTo(page, page.getByLabel('Passwort'));
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Teilnehmende', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Teilnehmende registrieren' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const n = Math.floor(Math.random() * 1e6);
  const fields: [string, string][] = [
    ['Vorname', 'Tina'],
    ['Nachname', `Tastatur${n}`],
    ['Geburtsdatum', '04041979'],
    ['Kundennummer', `${String(n % 1000).padStart(3, '0')}T${String(n).padStart(6, '0')}`],
    ['Geschlecht', 'weiblich'],
    ['Bildungsstand', 'Berufsausbildung'],
    ['Projekt', 'Service'],
    ['Zuweisung am', '01012024'],
  ];
  for (const [label, text] of fields) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(text);
  }
  await expect(page.getByLabel('Projekt', { exact: true })).toHaveValue(/.+/);
  await tabTo(page, page.getByRole('button', { name: 'Registrieren' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Tina Tastatur${n}` })).toBeVisible();

  await tabTo(page, page.locator('summary', { hasText: 'Kontakt erfassen' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Datum des Kontakts'));
  await page.keyboard.type('02022024');
  await tabTo(page, page.getByLabel('Art des Kontakts'));
  await page.keyboard.type('telefonisch');
  await tabTo(page, page.getByLabel('Dauer in Minuten'));
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  const form = page.locator('details', { hasText: 'Kontakt erfassen' });
  await expect(form.getByRole('status')).toHaveText('Der Kontakt wurde gespeichert.');
  await expect(page.getByRole('list', { name: /Verlauf/ })).toContainText('Kontakt: telefonisch, 15 Minuten');
});
