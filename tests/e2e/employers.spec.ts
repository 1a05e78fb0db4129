// Employers, positions and employer acquisition as a coordinator and an official would use them.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

async function open(scope: Page | Locator, summary: string | RegExp) {
  // The inner locator of `has` is matched inside each details element, so it must start from the page.
  const page = 'goto' in scope ? scope : scope.page();
  const details = scope.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

async function openIsbEmployers(page: Page) {
  await page.goto('/projekte');
  await page.getByRole('link', { name: 'Aktiv statt passiv!' }).first().click();
  await page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Arbeitgeber und Stellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Arbeitgeber und Stellen/ })).toBeVisible();
}

test.describe('Arbeitgeber (Koordination ISB)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('create an employer, offer positions at it in ISB and take it through the acquisition pipeline', async ({ page }) => {
    const name = `Testbetrieb ${Math.floor(Math.random() * 1e6)}`;
    await page.goto('/arbeitgeber');
    await expect(page.getByRole('table', { name: /Arbeitgeber mit angebotenen/ }).getByRole('link', { name: 'Prompt / Gewerkstatt' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Arbeitgeber anlegen' }).click();
    await page.getByRole('button', { name: 'Arbeitgeber anlegen' }).click();
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Bitte geben Sie den Namen des Arbeitgebers ein.');
    await expectAccessible(page);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Art des Arbeitgebers').selectOption({ label: 'Privatwirtschaftliches Unternehmen' });
    await page.getByLabel('Ort').fill('Dortmund');
    await page.getByLabel('Berufsfelder').fill('Lager/Logistik\nVerkauf');
    await page.getByRole('button', { name: 'Arbeitgeber anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(page);

    await openIsbEmployers(page);
    const totals = page.getByRole('table', { name: /je Arbeitgeber/ });
    await expect(totals.getByRole('row', { name: /^Caritas/ })).toContainText('24');
    await expectAccessible(page);

    const add = await open(page, 'Arbeitsplatz hinzufügen');
    await add.getByLabel('Arbeitgeber', { exact: true }).selectOption({ label: name });
    await add.getByLabel('Zahl der Arbeitsplätze').fill('3');
    await add.getByLabel('Berufsfeld').fill('Lager/Logistik');
    await add.getByRole('radio', { name: 'Teilzeit' }).check();
    await add.getByLabel('Förderinstrument').selectOption({ label: '§16i SGB II' });
    await add.getByLabel('Stundenlohn in Euro (freiwillig)').fill('13,90');
    await add.getByRole('button', { name: 'Arbeitsplatz anlegen' }).click();
    await expect(add.getByLabel('Wochenstunden')).toHaveAccessibleDescription(/Bei Teilzeit geben Sie bitte die Wochenstunden an\./);
    await add.getByLabel('Wochenstunden').fill('30');
    await add.getByRole('button', { name: 'Arbeitsplatz anlegen' }).click();
    await expect(add.getByRole('status')).toHaveText('Der Arbeitsplatz wurde angelegt.');
    await expect(totals.getByRole('row', { name: new RegExp(name) })).toContainText('3');

    const acquire = await open(page, 'Betrieb in die Akquise aufnehmen');
    await acquire.getByLabel('Betrieb').selectOption({ label: name });
    await acquire.getByRole('button', { name: 'In die Akquise aufnehmen' }).click();
    await expect(acquire.getByRole('status')).toHaveText('Die Betriebsakquise wurde angelegt.');
    const move = await open(page, `Akquise bei ${name} fortschreiben`);
    await move.getByLabel('Stufe').selectOption({ label: 'Stellen zugesagt' });
    await move.getByLabel('Zugesagte Arbeitsplätze').fill('0');
    await move.getByRole('button', { name: 'Stand speichern' }).click();
    await expect(move.getByLabel('Zugesagte Arbeitsplätze')).toHaveAccessibleDescription(/mindestens einen zugesagten Arbeitsplatz/);
    await move.getByLabel('Zugesagte Arbeitsplätze').fill('3');
    await move.getByRole('button', { name: 'Stand speichern' }).click();
    await expect(move.getByRole('status')).toHaveText('Die Betriebsakquise wurde gespeichert.');
    const summary = page.getByRole('table', { name: /Welcher Betrieb wie viele Arbeitsplätze zugesagt hat/ });
    await expect(summary.getByRole('row', { name: new RegExp(name) })).toContainText('Stellen zugesagt');
    await expect(page.getByRole('table', { name: /Betriebe je Stufe/ }).getByRole('row', { name: /Stellen zugesagt/ })).toContainText('3');
    await expectAccessible(page);

    // Nobody held it, so it can go again: ISB keeps its documented 161 positions for the other tests.
    const edit = await open(page, `Arbeitsplatz Lager/Logistik bei ${name} bearbeiten`);
    await edit.getByRole('button', { name: 'Arbeitsplatz löschen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Der Arbeitsplatz wurde gelöscht.' })).toBeVisible();
    await expect(page.locator('summary', { hasText: `Arbeitsplatz Lager/Logistik bei ${name} bearbeiten` })).toHaveCount(0);
  });
});

test.describe('Arbeitgeber (Land, nur Auswertungen)', () => {
  test.use({ storageState: authFile('official') });

  test('reads employers and ISB’s positions without any form', async ({ page }) => {
    await page.goto('/arbeitgeber');
    await expect(page.getByRole('link', { name: 'Arbeitgeber anlegen' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Caritas' })).toBeVisible();
    await expectAccessible(page);
    await openIsbEmployers(page);
    await expect(page.getByRole('table', { name: /je Arbeitgeber/ }).getByRole('row', { name: /^CJD/ })).toContainText('39');
    await expect(page.locator('details')).toHaveCount(0);
    await expectAccessible(page);
  });
});
