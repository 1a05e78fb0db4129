import { expect, test, type Page } from '@playwright/test';
import { authFile, demoUser, expectAccessible, signIn } from './fixtures';

// Not run by the helper who wrote it (no browser here); written against the seeded
// programmes: the Service Center lokale Arbeit's 19 tenders, 14 suitable, 226/208 hires.

async function signInDortmund(page: Page) {
  const user = demoUser('koordination.dortmund@');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();
}

test.describe('Ausschreibungen (Fachstelle Dortmund)', () => {
  test('sees the Service Center’s documented figures', async ({ page }) => {
    await signInDortmund(page);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ausschreibungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ausschreibungen und Sozialklauseln' })).toBeVisible();
    await page.getByLabel('Projekt').selectOption({ label: 'Service Center lokale Arbeit' });
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Ausschreibungen' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('19 von 19 Ausschreibungen geprüft (100 %), davon 14 geeignet (74 %)')).toBeVisible();
    await expect(page.getByText('Zugesagt sind 226 Einstellungen, erbracht 208.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Zugesagte und erbrachte Einstellungen je Auftragnehmer' })).toBeVisible();
    await expectAccessible(page);
  });

  test('creates a tender, checks it, applies a clause, records a hire and sees committed versus delivered', async ({ page }) => {
    await signInDortmund(page);
    // A pseudonym of a seeded hire: the person may be linked to a second clause too.
    await page.goto('/ausschreibungen');
    await page.getByRole('link', { name: 'VBZ-2017-0112' }).click();
    const pseudonym = (await page.getByRole('table', { name: 'Einstellungen unter der Sozialklausel von VBZ-2017-0112' }).getByRole('rowheader').first().textContent())?.trim() ?? '';
    expect(pseudonym).toMatch(/^TN-/);

    const reference = `E2E-${Date.now()}`;
    await page.goto('/ausschreibungen');
    await page.getByRole('link', { name: 'Ausschreibung anlegen' }).click();
    await page.getByLabel('Aktenzeichen').fill(reference);
    await page.getByLabel('Titel').fill('Reinigung Bürgerbüros (E2E)');
    await page.getByLabel('Bedarfsträger').fill('Bürgerdienste');
    await page.getByLabel('Art der Leistung').selectOption({ label: 'Dienstleistung' });
    await page.getByLabel('Geschätzter Auftragswert in Euro').fill('480.000');
    // No project: the Service Center's documented figures (the other test) stay as published.
    await page.getByRole('button', { name: 'Ausschreibung anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reinigung Bürgerbüros (E2E)' })).toBeVisible();

    // A clause before the check is refused, with the reason.
    await expect(page.getByText('Diese Vergabe wurde noch nicht geprüft.', { exact: false })).toBeVisible();

    await page.getByText('Ergebnis der Prüfung erfassen').click();
    await page.getByRole('group', { name: 'Ist die Ausschreibung für eine Sozialklausel geeignet?' }).getByLabel('Ja').check();
    await page.getByLabel('Begründung').fill('Personalintensive Reinigung vor Ort.');
    await page.getByRole('button', { name: 'Ergebnis speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Das Ergebnis der Eignungsprüfung wurde gespeichert.' })).toBeVisible();

    await page.getByText('Sozialklausel festlegen').click();
    await page.getByLabel('Art der Sozialklausel').selectOption({ label: 'Ausführungsbedingung' });
    await page.getByLabel('Zugesagte Einstellungen').fill('3');
    await page.getByLabel('Auftragnehmer (optional)').fill('E2E Reinigung GmbH');
    await page.getByRole('button', { name: 'Sozialklausel speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Sozialklausel wurde gespeichert.' })).toBeVisible();

    const balance = page.getByRole('table', { name: 'Einstellungen unter der Sozialklausel: Zusage und Stand' });
    await expect(balance.getByRole('row', { name: /Zugesagte Einstellungen/ })).toContainText('3');
    await expect(balance.getByRole('row', { name: /Erbrachte Einstellungen/ })).toContainText('0');

    await page.getByText('Einstellung erfassen').click();
    await page.getByLabel('Pseudonym der eingestellten Person').fill(pseudonym);
    await page.getByLabel('Eingestellt am').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Einstellung speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Einstellung wurde gespeichert.' })).toBeVisible();
    await expect(balance.getByRole('row', { name: /Erbrachte Einstellungen/ })).toContainText('1');
    await expect(page.getByRole('table', { name: `Einstellungen unter der Sozialklausel von ${reference}` }).getByRole('rowheader', { name: pseudonym })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('Ausschreibungen (Land NRW)', () => {
  test.use({ storageState: authFile('official') });

  test('reads the figures but no hire of a person and cannot create', async ({ page }) => {
    await page.goto('/ausschreibungen');
    await expect(page.getByRole('heading', { level: 1, name: 'Ausschreibungen und Sozialklauseln' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ausschreibung anlegen' })).toHaveCount(0);
    await page.getByRole('link', { name: 'VBZ-2017-0112' }).click();
    await expect(page.getByText('Sie sehen nur die Zahlen.', { exact: false })).toBeVisible();
    await expect(page.getByRole('table', { name: /Einstellungen unter der Sozialklausel von/ })).toHaveCount(0);
    await expect(page.getByText('Angaben ändern')).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('Ausschreibungen (Fallmanagement)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('a caseworker gets 404 and no navigation entry', async ({ page }) => {
    expect((await page.goto('/ausschreibungen'))?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Ausschreibungen' })).toHaveCount(0);
  });
});
