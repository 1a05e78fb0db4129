// The programme issue's "Done when" in one coordinator's session: a new project with
// funding from three sources, two employers with positions in it, a tender with a
// social clause and a delivered hire - and the figures that follow from them.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

async function open(scope: Page | Locator, summary: string) {
  const page = 'goto' in scope ? scope : scope.page();
  const details = scope.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

test.use({ storageState: authFile('coordinator') });

test('a coordinator sets up a programme and sees shares and committed versus delivered update', async ({ page }) => {
  test.slow();
  const n = Math.floor(Math.random() * 1e6);
  const project = `Netzwerk ${n}`;
  const tabs = page.getByRole('navigation', { name: 'Projektbereiche' });

  // A pseudonym of a participant this coordinator may see, for the delivered hire.
  await page.goto('/teilnehmende');
  await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Aktiv statt passiv!' });
  await page.getByRole('button', { name: 'Suchen' }).click();
  const pseudonym = ((await page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(1).textContent()) ?? '').trim();
  expect(pseudonym).toMatch(/^TN-/);

  // The project.
  await page.goto('/projekte/neu');
  await page.getByLabel('Name des Projekts').fill(project);
  await page.getByLabel('Kürzel').fill(`netz-${n}`);
  await page.getByLabel('Stadt oder Kreis').fill('Dortmund');
  await page.getByRole('radio', { name: /ISB Dortmund/ }).check();
  await page.getByLabel('Beginn', { exact: true }).fill('2026-01-01');
  await page.getByLabel('Budget in Euro (optional)').fill('1.000.000');
  await page.getByRole('button', { name: 'Projekt anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: project })).toBeVisible();
  const projectUrl = new URL(page.url()).pathname;

  // Funding from three sources: 500 000 / 300 000 / 200 000 → 50 / 30 / 20 %.
  await tabs.getByRole('link', { name: 'Finanzierung' }).click();
  for (const [kind, name, planned] of [['Jobcenter', `Jobcenter ${n}`, '500.000'], ['Kommune', `Stadt ${n}`, '300.000'], ['Land', `Land ${n}`, '200.000']] as const) {
    const add = await open(page, 'Finanzierungsquelle hinzufügen');
    await add.getByLabel('Art der Quelle').selectOption({ label: kind });
    await add.getByLabel('Bezeichnung').fill(name);
    await add.getByRole('button', { name: 'Speichern' }).click();
    await expect(add.getByRole('status')).toHaveText('Die Finanzierungsquelle wurde angelegt.');
    const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: new RegExp(name) }) }).last();
    const amount = await open(section, 'Betrag für ein Jahr hinzufügen');
    await amount.getByLabel('Jahr', { exact: true }).fill('2026');
    await amount.getByLabel('Geplanter Betrag in Euro').fill(planned);
    await amount.getByRole('button', { name: 'Speichern' }).click();
    await expect(amount.getByRole('status')).toHaveText('Der Betrag wurde gespeichert.');
  }

  // Two employers, each with positions in the new project.
  const employers = [`Pflegedienst ${n}`, `Gartenbau ${n}`];
  for (const name of employers) {
    await page.goto('/arbeitgeber/neu');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Art des Arbeitgebers').selectOption({ index: 1 });
    await page.getByLabel('Ort').fill('Dortmund');
    await page.getByRole('button', { name: 'Arbeitgeber anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  await page.goto(projectUrl);
  await tabs.getByRole('link', { name: 'Arbeitgeber und Stellen' }).click();
  for (const [name, count] of [[employers[0]!, '3'], [employers[1]!, '2']] as const) {
    const add = await open(page, 'Arbeitsplatz hinzufügen');
    await add.getByLabel('Arbeitgeber', { exact: true }).selectOption({ label: name });
    await add.getByLabel('Zahl der Arbeitsplätze').fill(count);
    await add.getByLabel('Berufsfeld').fill('Hauswirtschaft');
    await add.getByRole('radio', { name: 'Vollzeit' }).check();
    await add.getByLabel('Förderinstrument').selectOption({ label: '§16e SGB II' });
    await add.getByRole('button', { name: 'Arbeitsplatz anlegen' }).click();
    await expect(add.getByRole('status')).toHaveText('Der Arbeitsplatz wurde angelegt.');
  }
  await expectAccessible(page);

  // A tender of the project, checked suitable, with a clause for two hires.
  await page.goto('/ausschreibungen/neu');
  await page.getByLabel('Aktenzeichen').fill(`NW-${n}`);
  await page.getByLabel('Titel').fill(`Gebäudereinigung ${n}`);
  await page.getByLabel('Bedarfsträger').fill('Immobilienwirtschaft');
  await page.getByLabel('Art der Leistung').selectOption({ label: 'Dienstleistung' });
  await page.getByLabel('Geschätzter Auftragswert in Euro').fill('750.000');
  await page.getByLabel('Projekt (optional)').selectOption({ label: project });
  await page.getByRole('button', { name: 'Ausschreibung anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gebäudereinigung ${n}` })).toBeVisible();
  await page.getByText('Ergebnis der Prüfung erfassen').click();
  await page.getByRole('group', { name: 'Ist die Ausschreibung für eine Sozialklausel geeignet?' }).getByLabel('Ja').check();
  await page.getByLabel('Begründung').fill('Personalintensive Leistung vor Ort.');
  await page.getByRole('button', { name: 'Ergebnis speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Das Ergebnis der Eignungsprüfung wurde gespeichert.' })).toBeVisible();
  await page.getByText('Sozialklausel festlegen').click();
  await page.getByLabel('Art der Sozialklausel').selectOption({ label: 'Ausführungsbedingung' });
  await page.getByLabel('Zugesagte Einstellungen').fill('2');
  await page.getByLabel('Auftragnehmer (optional)').fill(`Reinigung ${n} GmbH`);
  await page.getByRole('button', { name: 'Sozialklausel speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Sozialklausel wurde gespeichert.' })).toBeVisible();
  await page.getByText('Einstellung erfassen').click();
  await page.getByLabel('Pseudonym der eingestellten Person').fill(pseudonym);
  await page.getByLabel('Eingestellt am').fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Einstellung speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Einstellung wurde gespeichert.' })).toBeVisible();
  await expectAccessible(page);

  // The figures, computed from what was just entered.
  await page.goto(projectUrl);
  const shares = page.getByRole('table', { name: 'Finanzierungsanteile geplant und Ist nach Quelle' });
  await expect(shares.getByRole('row', { name: new RegExp(`Jobcenter ${n}`) })).toContainText('50 %');
  await expect(shares.getByRole('row', { name: new RegExp(`Stadt ${n}`) })).toContainText('30 %');
  await expect(shares.getByRole('row', { name: new RegExp(`Land ${n}`) })).toContainText('20 %');
  await expect(page.getByRole('table', { name: /Ziele des Projekts/ }).getByRole('row', { name: /Arbeitsplätze besetzt/ })).toContainText('0 / 5');
  await expectAccessible(page);

  await tabs.getByRole('link', { name: 'Ausschreibungen' }).click();
  await expect(page.getByText('Zugesagt sind 2 Einstellungen, erbracht 1.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Zugesagte und erbrachte Einstellungen je Auftragnehmer' }).getByRole('row', { name: new RegExp(`Reinigung ${n} GmbH`) })).toContainText('2');
  await expectAccessible(page);
});
