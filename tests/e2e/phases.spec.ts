import { expect, test, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

async function enter(page: Page, fields: { kind: string; start: string; end?: string; instrument?: string; employer?: boolean; hours?: string; wage?: string; reason?: string }) {
  const form = page.locator('details', { hasText: 'Neue Phase eintragen' });
  if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
  await form.getByLabel('Phase', { exact: true }).selectOption({ label: fields.kind });
  await form.getByLabel('Beginn').fill(fields.start);
  if (fields.end) await form.getByLabel('Geplantes Ende (optional)').fill(fields.end);
  if (fields.instrument) await form.getByLabel('Förderinstrument').selectOption({ label: fields.instrument });
  if (fields.employer) await form.getByLabel('Arbeitgeber (bei Beschäftigung)').selectOption({ index: 1 });
  if (fields.hours) await form.getByLabel('Wochenstunden (bei Beschäftigung)').fill(fields.hours);
  if (fields.wage) await form.getByLabel('Monatslohn brutto in Euro (bei Beschäftigung)').fill(fields.wage);
  if (fields.reason) await form.getByLabel('Austrittsgrund (bei Austritt)').selectOption({ label: fields.reason });
  await form.getByRole('button', { name: 'Phase speichern' }).click();
  return form;
}

test.describe('Phasen (Fallmanagement, „Aktiv statt passiv!“)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('profiling, a refused step with its reason, a §16e job, and exit with follow-ups', async ({ page }) => {
    const n = Math.floor(Math.random() * 1e6);
    await page.goto('/teilnehmende/neu');
    await page.getByLabel('Vorname').fill('Paul');
    await page.getByLabel('Nachname').fill(`Phasentest${n}`);
    await page.getByLabel('Geburtsdatum').fill('1970-03-03');
    await page.getByLabel('Kundennummer').fill(`${String(n % 1000).padStart(3, '0')}P${String(n).padStart(6, '0')}`);
    await page.getByLabel('Geschlecht').selectOption({ label: 'männlich' });
    await page.getByLabel('Bildungsstand').selectOption({ index: 1 });
    await page.getByLabel('Arbeitslos seit (optional)').fill('2009-05-01');
    await page.getByLabel('Jahre mit Leistungsbezug in den letzten 7 Jahren (optional)').fill('7');
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Aktiv statt passiv! (beendet am 31.08.2015)' });
    await page.getByLabel('Zuweisung am').fill('2013-02-01');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Paul Phasentest${n}` })).toBeVisible();

    let form = await enter(page, { kind: 'Profiling', start: '2013-02-01', end: '2013-03-31' });
    await expect(form.getByRole('status')).toHaveText('Die Phase wurde gespeichert.');
    await expect(page.getByRole('list', { name: /Verlauf/ })).toContainText('Phase: Profiling');

    form = await enter(page, { kind: 'Nachbetreuung', start: '2013-04-01' });
    await expect(form.getByLabel('Phase', { exact: true })).toHaveAccessibleDescription(/erlaubt dieses Projekt nur: Qualifizierung, Geförderte Beschäftigung/);
    await expectAccessible(page);

    form = await enter(page, { kind: 'Geförderte Beschäftigung', start: '2013-04-01', end: '2015-03-31', instrument: '§ 16e SGB II (Eingliederung von Langzeitarbeitslosen)', employer: true, hours: '39', wage: '1.850,00' });
    await expect(form.getByRole('status')).toHaveText('Die Phase wurde gespeichert.');
    await expect(page.getByRole('list', { name: /Verlauf/ })).toContainText(/Phase: Geförderte Beschäftigung, bei .+, bis 31\.03\.2015/);

    form = await enter(page, { kind: 'Austritt', start: '2015-04-01', reason: 'Ende der geförderten Beschäftigung' });
    const timeline = page.getByRole('list', { name: /Verlauf/ });
    await expect(timeline).toContainText('Austritt: Ende der geförderten Beschäftigung');
    await expect(timeline).toContainText('Nachbefragung nach 6 Monaten: offen');
    await expect(timeline).toContainText('Nachbefragung nach 12 Monaten: offen');
    await expect(page.getByText('Neue Phase eintragen')).toHaveCount(0);
    await expectAccessible(page);
  });
});
