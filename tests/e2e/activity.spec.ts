import { expect, test, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

async function open(page: Page, summary: string) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

test.describe('Kontakte und flankierende Leistungen („Service Center lokale Arbeit“)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('a phone contact and debt counselling appear in the timeline', async ({ page }) => {
    const n = Math.floor(Math.random() * 1e6);
    await page.goto('/teilnehmende/neu');
    await page.getByLabel('Vorname').fill('Lena');
    await page.getByLabel('Nachname').fill(`Kontakttest${n}`);
    await page.getByLabel('Geburtsdatum').fill('1981-09-09');
    await page.getByLabel('Kundennummer').fill(`${String(n % 1000).padStart(3, '0')}K${String(n).padStart(6, '0')}`);
    await page.getByLabel('Geschlecht').selectOption({ label: 'weiblich' });
    await page.getByLabel('Bildungsstand').selectOption({ index: 1 });
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Service Center lokale Arbeit' });
    await page.getByLabel('Zuweisung am').fill('2024-01-15');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Lena Kontakttest${n}` })).toBeVisible();

    const contact = await open(page, 'Kontakt erfassen');
    await expect(contact.getByLabel('Kurze Notiz (optional)')).toHaveAccessibleDescription(/keine Angaben zu Gesundheit/);
    await contact.getByLabel('Datum des Kontakts').fill('2024-02-01');
    await contact.getByLabel('Art des Kontakts').selectOption({ label: 'telefonisch' });
    await contact.getByLabel('Dauer in Minuten').fill('0');
    await contact.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect(contact.getByLabel('Dauer in Minuten')).toHaveAccessibleDescription(/Bitte geben Sie die Dauer als ganze Zahl von 1 bis 600 Minuten ein\./);
    await expect(contact.getByLabel('Datum des Kontakts')).toHaveValue('2024-02-01');

    await contact.getByLabel('Dauer in Minuten').fill('20');
    await contact.getByLabel('Kurze Notiz (optional)').fill('Bewerbung bei einem Auftragnehmer besprochen');
    await contact.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect(contact.getByRole('status')).toHaveText('Der Kontakt wurde gespeichert.');
    const timeline = page.getByRole('list', { name: /Verlauf/ });
    await expect(timeline).toContainText('Kontakt: telefonisch, 20 Minuten');

    const service = await open(page, 'Flankierende Leistung erfassen');
    await service.getByLabel('Leistung', { exact: true }).selectOption({ label: 'Schuldnerberatung' });
    await service.getByLabel('Stand').selectOption({ label: 'laufend' });
    await service.getByLabel('Beginn der Leistung').fill('2024-02-05');
    await service.getByLabel('Träger (optional)').fill('Schuldnerberatung der Caritas');
    await service.getByRole('button', { name: 'Leistung speichern' }).click();
    await expect(service.getByRole('status')).toHaveText('Die flankierende Leistung wurde gespeichert.');
    await expect(timeline).toContainText('Flankierende Leistung: Schuldnerberatung (laufend)');
    await expect(timeline).toContainText('Kontakt: telefonisch, 20 Minuten');

    await open(page, 'Kontakt erfassen');
    await open(page, 'Flankierende Leistung erfassen');
    await expectAccessible(page);
  });
});
