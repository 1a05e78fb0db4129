import { expect, test, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

function uniquePerson() {
  const n = Math.floor(Math.random() * 1e6);
  return {
    firstName: 'Erika',
    lastName: `Testfrau${n}`,
    customerNumber: `${String(n % 1000).padStart(3, '0')}E${String(n).padStart(6, '0')}`,
  };
}

async function fillRegistration(page: Page, person: ReturnType<typeof uniquePerson>) {
  await page.goto('/teilnehmende/neu');
  await page.getByLabel('Vorname').fill(person.firstName);
  await page.getByLabel('Nachname').fill(person.lastName);
  await page.getByLabel('Geburtsdatum').fill('1976-04-12');
  await page.getByLabel('Kundennummer').fill(person.customerNumber);
  await page.getByLabel('Geschlecht').selectOption({ label: 'weiblich' });
  await page.getByLabel('Bildungsstand').selectOption({ index: 1 });
  await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Service Center lokale Arbeit' });
}

test.describe('Teilnehmende (Fallmanagement)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('registers a person, opens the record, and is offered it instead of a second one', async ({ page }) => {
    const person = uniquePerson();
    await fillRegistration(page, person);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Registrieren' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
    await expect(page.getByText(person.customerNumber)).toBeVisible();
    await expect(page.getByRole('list', { name: /Verlauf Service Center lokale Arbeit/ })).toContainText('Zuweisung in Service Center lokale Arbeit');
    await expectAccessible(page);

    await fillRegistration(page, { ...person, lastName: 'Anders' });
    await page.getByRole('button', { name: 'Registrieren' }).click();
    const offer = page.getByRole('alert').filter({ hasText: 'Zu dieser Kundennummer gibt es bereits einen Datensatz' });
    await expect(offer).toBeVisible();
    await expect(page.getByLabel('Nachname')).toHaveValue('Anders');
    await expectAccessible(page);
    await offer.getByRole('link', { name: new RegExp(person.lastName) }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();

    await page.goto(`/teilnehmende?q=${person.lastName}`);
    await expect(page.getByRole('table', { name: 'Teilnehmende, nach Namen sortiert' }).getByRole('row')).toHaveCount(2);
    await expectAccessible(page);
  });

  test('shows German errors at the fields and keeps what was typed', async ({ page }) => {
    await page.goto('/teilnehmende/neu');
    await page.getByLabel('Vorname').fill('Karl');
    await page.getByLabel('Kundennummer').fill('12345');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die markierten Angaben.' })).toBeFocused();
    await expect(page.getByLabel('Nachname')).toHaveAccessibleDescription('Bitte geben Sie den Nachnamen ein.');
    await expect(page.getByLabel('Kundennummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Vorname')).toHaveValue('Karl');
    await expectAccessible(page);
  });
});

test.describe('Teilnehmende (nur Auswertungen)', () => {
  test.use({ storageState: authFile('official') });

  test('an official gets 404 for a participant record and for the list', async ({ page, browser }) => {
    const caseworker = await browser.newContext({ storageState: authFile('caseworker') });
    const list = await caseworker.newPage();
    await list.goto('/teilnehmende');
    const href = await list.getByRole('table').getByRole('link').first().getAttribute('href');
    await caseworker.close();
    expect(href).toMatch(/^\/teilnehmende\/[0-9a-f-]{36}$/);

    expect((await page.goto(href!))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    expect((await page.goto('/teilnehmende'))?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Teilnehmende' })).toHaveCount(0);
  });
});
