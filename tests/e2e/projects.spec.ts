import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

async function open(scope: Page | Locator, summary: string) {
  // The inner locator of `has` is matched inside each details element, so it must start from the page.
  const page = 'goto' in scope ? scope : scope.page();
  const details = scope.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

test.describe('Projekte und Finanzierung (Koordination ISB)', () => {
  test.use({ storageState: authFile('coordinator') });

  test('create a project, refused first at the fields, then funded from three sources with the shares computed', async ({ page }) => {
    const n = Math.floor(Math.random() * 1e6);
    await page.goto('/projekte');
    await expect(page.getByRole('link', { name: 'Aktiv statt passiv!' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Projekt anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Projekt anlegen' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Name des Projekts').fill(`Testprojekt ${n}`);
    await page.getByLabel('Kürzel').fill(`test-${n}`);
    await page.getByLabel('Stadt oder Kreis').fill('Dortmund');
    await page.getByRole('radio', { name: /ISB Dortmund/ }).check();
    // The template ticks its phase sequences; the coordinator adds one of their own.
    await expect(page.getByRole('checkbox', { name: 'von Beginn nach Profiling' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'von Beginn nach Qualifizierung' })).not.toBeChecked();
    await page.getByRole('checkbox', { name: 'von Nachbetreuung nach Geförderte Beschäftigung' }).check();
    await page.getByLabel('Beginn', { exact: true }).fill('2024-01-01');
    await page.getByLabel('Ende (optional)').fill('2023-12-31');
    await page.getByLabel('Budget in Euro (optional)').fill('viel');
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();
    await expect(page.getByLabel('Ende (optional)')).toHaveAccessibleDescription(/Das Ende darf nicht vor dem Beginn liegen\./);
    await expect(page.getByLabel('Budget in Euro (optional)')).toHaveAccessibleDescription(/als Euro-Betrag/);
    await expect(page.getByLabel('Name des Projekts')).toHaveValue(`Testprojekt ${n}`);
    await expect(page.getByRole('checkbox', { name: 'von Nachbetreuung nach Geförderte Beschäftigung' })).toBeChecked();

    await page.getByLabel('Ende (optional)').fill('2025-12-31');
    await page.getByLabel('Budget in Euro (optional)').fill('2.000.000');
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Testprojekt ${n}` })).toBeVisible();
    await expect(page.getByText(/Eigenes Modell auf Grundlage von: .*ISB Dortmund/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Finanzierung' }).click();
    for (const [kind, name, planned] of [['Jobcenter', `Jobcenter ${n}`, '1.000.000'], ['Land', `Land ${n}`, '600.000'], ['Arbeitgeber', `Arbeitgeber ${n}`, '400.000']]) {
      const add = await open(page, 'Finanzierungsquelle hinzufügen');
      await add.getByLabel('Art der Quelle').selectOption({ label: kind! });
      await add.getByLabel('Bezeichnung').fill(name!);
      await add.getByRole('button', { name: 'Speichern' }).click();
      await expect(add.getByRole('status')).toHaveText('Die Finanzierungsquelle wurde angelegt.');
      // The innermost section with the source's heading (the list of sources is a section too).
      const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: new RegExp(name!) }) }).last();
      const amount = await open(section, 'Betrag für ein Jahr hinzufügen');
      await amount.getByLabel('Jahr', { exact: true }).fill('2024');
      await amount.getByLabel('Geplanter Betrag in Euro').fill(planned!);
      await amount.getByRole('button', { name: 'Speichern' }).click();
      await expect(amount.getByRole('status')).toHaveText('Der Betrag wurde gespeichert.');
    }
    const shares = page.getByRole('table', { name: 'Finanzierungsanteile geplant und Ist nach Quelle' });
    await expect(shares.getByRole('row', { name: new RegExp(`Jobcenter ${n}`) })).toContainText('50 %');
    await expect(shares.getByRole('row', { name: new RegExp(`Land ${n}`) })).toContainText('30 %');
    await expect(shares.getByRole('row', { name: new RegExp(`Arbeitgeber ${n}`) })).toContainText('20 %');
    await expectAccessible(page);
  });

  test('the ISB project page shows its figures and 53 / 26 / 21 %', async ({ page }) => {
    await page.goto('/projekte');
    await page.getByRole('link', { name: 'Aktiv statt passiv!' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aktiv statt passiv!' })).toBeVisible();
    await expect(page.getByText(/9\.300\.000\s€/).first()).toBeVisible();
    const shares = page.getByRole('table', { name: 'Finanzierungsanteile geplant und Ist nach Quelle' });
    await expect(shares.getByRole('row', { name: /Jobcenter Dortmund und Stadt Dortmund/ })).toContainText('53 %');
    await expect(shares.getByRole('row', { name: /Land NRW und ESF/ })).toContainText('26 %');
    await expect(shares.getByRole('row', { name: /Arbeitgeber des ISB/ })).toContainText('21 %');
    await expect(page.getByRole('link', { name: 'Projekt bearbeiten' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Projekt bearbeiten' }).click();
    await expect(page.getByLabel('Kürzel')).toHaveValue('isb-dortmund');
    await expectAccessible(page);
  });
});

test.describe('Projekte (Land NRW, nur lesend)', () => {
  test.use({ storageState: authFile('official') });

  test('reads the ISB project with its shares but cannot edit', async ({ page }) => {
    await page.goto('/projekte');
    await expect(page.getByRole('link', { name: 'Projekt anlegen' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Aktiv statt passiv!' }).click();
    await expect(page.getByRole('link', { name: 'Projekt bearbeiten' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Finanzierungsanteile geplant und Ist nach Quelle' })).toContainText('53 %');
    await page.getByRole('navigation', { name: 'Projektbereiche' }).getByRole('link', { name: 'Finanzierung' }).click();
    await expect(page.getByText('Finanzierungsquelle hinzufügen')).toHaveCount(0);
    await expectAccessible(page);
    const url = page.url().replace('/finanzierung', '/bearbeiten');
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
  });
});
