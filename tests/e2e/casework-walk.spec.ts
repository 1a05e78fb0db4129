// The caseworker's whole way with one participant, as the casework issue's "Done when"
// describes it, then what a job coach and an official may see of it.
import { expect, test, type Page } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

const iso = (d: Date) => d.toISOString().slice(0, 10);

function berlinToday(): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function addMonths(day: Date, months: number): Date {
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), lastDay)));
}

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);

async function open(page: Page, summary: string) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

async function enterPhase(page: Page, fields: { kind: string; start: string; instrument?: string; employer?: boolean; hours?: string; wage?: string; reason?: string }) {
  const form = await open(page, 'Neue Phase eintragen');
  await form.getByLabel('Phase', { exact: true }).selectOption({ label: fields.kind });
  await form.getByLabel('Beginn').fill(fields.start);
  if (fields.instrument) await form.getByLabel('Förderinstrument').selectOption({ label: fields.instrument });
  if (fields.employer) await form.getByLabel('Arbeitgeber (bei Beschäftigung)').selectOption({ index: 1 });
  if (fields.hours) await form.getByLabel('Wochenstunden (bei Beschäftigung)').fill(fields.hours);
  if (fields.wage) await form.getByLabel('Monatslohn brutto in Euro (bei Beschäftigung)').fill(fields.wage);
  if (fields.reason) await form.getByLabel('Austrittsgrund (bei Austritt)').selectOption({ label: fields.reason });
  await form.getByRole('button', { name: 'Phase speichern' }).click();
  return form;
}

test.describe.configure({ mode: 'serial' });

const n = Math.floor(Math.random() * 1e6);
const person = { firstName: 'Jürgen', lastName: `Weg${n}`, customerNumber: `${String(n % 1000).padStart(3, '0')}W${String(n).padStart(6, '0')}` };
// Exited a little less than six months ago, so the 6-month follow-up falls due within the worklist's 14 days.
const exit = addDays(addMonths(berlinToday(), -6), 7);
const enrolled = addMonths(exit, -20);
let participantUrl = '';

test.describe('Der Weg einer Teilnahme (Fallmanagement, „Aktiv statt passiv!“)', () => {
  test.use({ storageState: authFile('caseworker') });

  test('register, duplicate offered, three phases and one refused, contacts, a service, exit, follow-up in the worklist', async ({ page }) => {
    test.slow();
    async function fillRegistration(lastName: string) {
      await page.goto('/teilnehmende/neu');
      await page.getByLabel('Vorname').fill(person.firstName);
      await page.getByLabel('Nachname').fill(lastName);
      await page.getByLabel('Geburtsdatum').fill('1972-08-30');
      await page.getByLabel('Kundennummer').fill(person.customerNumber);
      await page.getByLabel('Geschlecht').selectOption({ label: 'männlich' });
      await page.getByLabel('Bildungsstand').selectOption({ index: 1 });
      await page.getByLabel('Arbeitslos seit (optional)').fill('2015-01-01');
      await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Aktiv statt passiv! (beendet am 31.08.2015)' });
      await page.getByLabel('Zuweisung am').fill(iso(enrolled));
      await page.getByLabel('Jobcoach (optional)').selectOption({ label: 'Thomas Krüger' });
    }

    // Register and enrol.
    await fillRegistration(person.lastName);
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
    participantUrl = new URL(page.url()).pathname;
    const pseudonym = (await page.getByText(/^Kennung: /).textContent())!.replace('Kennung: ', '').trim();
    await expectAccessible(page);

    // A second registration of the same customer number is offered the existing record.
    await fillRegistration('Doppelt');
    await page.getByRole('button', { name: 'Registrieren' }).click();
    const offer = page.getByRole('main').getByRole('alert').filter({ hasText: 'Zu dieser Kundennummer gibt es bereits einen Datensatz' });
    await expect(offer).toBeVisible();
    await expectAccessible(page);
    await offer.getByRole('link', { name: new RegExp(person.lastName) }).click();
    await expect(page).toHaveURL(participantUrl);

    // Phases: profiling; aftercare straight after profiling is refused with the reason; a §16e job; aftercare; exit.
    let form = await enterPhase(page, { kind: 'Profiling', start: iso(enrolled) });
    await expect(form.getByRole('status')).toHaveText('Die Phase wurde gespeichert.');
    form = await enterPhase(page, { kind: 'Nachbetreuung', start: iso(addMonths(enrolled, 1)) });
    await expect(form.getByLabel('Phase', { exact: true })).toHaveAccessibleDescription(/erlaubt dieses Projekt nur: Qualifizierung, Geförderte Beschäftigung/);
    await expectAccessible(page);
    form = await enterPhase(page, {
      kind: 'Geförderte Beschäftigung', start: iso(addMonths(enrolled, 1)), instrument: '§ 16e SGB II (Eingliederung von Langzeitarbeitslosen)',
      employer: true, hours: '39', wage: '2.100,00',
    });
    await expect(form.getByRole('status')).toHaveText('Die Phase wurde gespeichert.');
    form = await enterPhase(page, { kind: 'Nachbetreuung', start: iso(addMonths(exit, -3)) });
    await expect(form.getByRole('status')).toHaveText('Die Phase wurde gespeichert.');

    // Two contacts and debt counselling during the aftercare. Each save is done when the
    // timeline has one entry more: the form's status would still show the previous
    // contact's message, and the next form filled meanwhile would race the running save.
    const entries = page.getByRole('list', { name: /Verlauf/ }).getByRole('listitem');
    for (const [date, kind, minutes] of [[addMonths(exit, -2), 'persönlich', '45'], [addMonths(exit, -1), 'beim Arbeitgeber', '30']] as const) {
      const contact = await open(page, 'Kontakt erfassen');
      await contact.getByLabel('Datum des Kontakts').fill(iso(date));
      await contact.getByLabel('Art des Kontakts').selectOption({ label: kind });
      await contact.getByLabel('Dauer in Minuten').fill(minutes);
      const before = await entries.count();
      await contact.getByRole('button', { name: 'Kontakt speichern' }).click();
      await expect(entries).toHaveCount(before + 1);
      await expect(contact.getByRole('status')).toHaveText('Der Kontakt wurde gespeichert.');
    }
    const service = await open(page, 'Flankierende Leistung erfassen');
    await service.getByLabel('Leistung', { exact: true }).selectOption({ label: 'Schuldnerberatung' });
    await service.getByLabel('Stand').selectOption({ label: 'laufend' });
    await service.getByLabel('Beginn der Leistung').fill(iso(addMonths(exit, -2)));
    const before = await entries.count();
    await service.getByRole('button', { name: 'Leistung speichern' }).click();
    await expect(entries).toHaveCount(before + 1);
    await expect(service.getByRole('status')).toHaveText('Die flankierende Leistung wurde gespeichert.');

    form = await enterPhase(page, { kind: 'Austritt', start: iso(exit), reason: 'Maßnahme abgeschlossen' });
    const timeline = page.getByRole('list', { name: /Verlauf/ });
    await expect(timeline).toContainText('Austritt: Maßnahme abgeschlossen');
    await expect(timeline).toContainText('Kontakt: beim Arbeitgeber, 30 Minuten');
    await expect(timeline).toContainText('Flankierende Leistung: Schuldnerberatung (laufend)');
    await expect(timeline).toContainText('Nachbefragung nach 6 Monaten: offen');
    await expectAccessible(page);

    // The 6-month follow-up is on the caseworker's worklist, pseudonymous, and leads back to the record.
    await page.goto('/');
    const followUps = page.getByRole('table', { name: /Fällige Nachbefragungen/ });
    const row = followUps.getByRole('row').filter({ hasText: pseudonym });
    await expect(row).toContainText('nach 6 Monaten');
    await expect(row).not.toContainText(person.lastName);
    await expectAccessible(page);
    await row.getByRole('link', { name: pseudonym }).click();
    await expect(page).toHaveURL(participantUrl);

    // Recording it takes it off the worklist.
    const followUp = await open(page, 'Nachbefragung erfassen');
    await followUp.getByRole('button', { name: 'Nachbefragung speichern' }).click();
    await expect(followUp.getByRole('group', { name: 'Ist die Person noch beschäftigt?' })).toContainText('Bitte geben Sie an, ob die Person noch beschäftigt ist.');
    await followUp.getByRole('group', { name: 'Ist die Person noch beschäftigt?' }).getByLabel('Ja').check();
    await followUp.getByRole('group', { name: /Deckt das Einkommen den Bedarf/ }).getByLabel('Ja').check();
    await expectAccessible(page);
    await followUp.getByRole('button', { name: 'Nachbefragung speichern' }).click();
    await expect(followUp.getByRole('status')).toHaveText('Die Nachbefragung wurde gespeichert.');
    await expect(timeline).toContainText('Nachbefragung nach 6 Monaten: noch beschäftigt, Einkommen bedarfsdeckend');
    await page.goto('/');
    await expect(page.getByRole('table', { name: /Fällige Nachbefragungen/ })).not.toContainText(pseudonym);
  });
});

test.describe('Was andere Rollen davon sehen', () => {
  test('the job coach sees their participant and nobody else’s', async ({ browser }) => {
    expect(participantUrl).not.toBe('');
    const caseworker = await browser.newContext({ storageState: authFile('caseworker') });
    const list = await caseworker.newPage();
    await list.goto('/teilnehmende');
    await list.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Service Center lokale Arbeit' });
    await list.getByRole('button', { name: 'Suchen' }).click();
    const othersHref = await list.getByRole('table').getByRole('link').first().getAttribute('href');
    await caseworker.close();

    const coach = await browser.newContext({ storageState: authFile('jobCoach') });
    const page = await coach.newPage();
    await page.goto(`/teilnehmende?q=${person.lastName}`);
    await expect(page.getByRole('table').getByRole('link', { name: `${person.lastName}, ${person.firstName}` })).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto(participantUrl))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
    expect((await page.goto(othersHref!))?.status()).toBe(404);
    await coach.close();
  });

  test('an official’s direct URL to the participant gets 404', async ({ browser }) => {
    const official = await browser.newContext({ storageState: authFile('official') });
    const page = await official.newPage();
    expect((await page.goto(participantUrl))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    await expectAccessible(page);
    await official.close();
  });
});
