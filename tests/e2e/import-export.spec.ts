import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

test.use({ storageState: authFile('caseworker') });

const HEADER = 'Kundennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Bildungsstand;Projekt;Eintritt;Phase;Phase ab;Austrittsgrund';

test('a CSV import shows every bad row first, then imports all; the filtered list exports with or without names', async ({ page }) => {
  const n = Math.floor(Math.random() * 1e6);
  const lastName = `Import${n}`;
  const number = (letter: string) => `${String(n % 1000).padStart(3, '0')}${letter}${String(n).padStart(6, '0')}`;
  const good = [
    HEADER,
    `${number('A')};${lastName};Anna;12.03.1979;w;ISCED 3-4;isb-dortmund;01.02.2013;Profiling;01.02.2013;`,
    `${number('A')};;;;;;;;Austritt;01.05.2013;Maßnahme abgeschlossen`,
    `${number('B')};${lastName};Bernd;07.07.1968;m;ISCED 0-2;isb-dortmund;01.02.2013;Profiling;01.02.2013;`,
  ];
  const bad = [...good.slice(0, 3), `${number('B')};${lastName};Bernd;31.02.1968;m;ISCED 0-2;gibt-es-nicht;01.02.2013;Profiling;01.02.2013;`];
  const file = (lines: string[]) => ({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });

  await page.goto('/teilnehmende');
  await page.getByRole('link', { name: 'CSV importieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teilnehmende importieren' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('CSV-Datei').setInputFiles(file(bad));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  const errors = page.getByRole('table', { name: 'Fehler nach Zeilen' });
  await expect(errors.getByRole('row').filter({ hasText: 'Geburtsdatum' })).toContainText('4');
  await expect(errors.getByRole('row').filter({ hasText: 'Projekt' })).toContainText('4');
  await expect(page.getByRole('button', { name: 'Import ausführen' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('CSV-Datei').setInputFiles(file(good));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('2 Personen mit 3 Phasen in 3 Zeilen.')).toBeVisible();
  await page.getByRole('button', { name: 'Import ausführen' }).click();
  await expect(page.getByText('2 Personen mit 3 Phasen importiert.')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/teilnehmende?q=${lastName}`);
  const table = page.getByRole('table', { name: 'Teilnehmende, nach Namen sortiert' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Phase', { exact: true }).selectOption({ label: 'Austritt' });
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(`${lastName}, Anna`);
  await expectAccessible(page);

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return readFile((await file.path())!, 'utf8');
  };
  const withNames = await download('CSV mit Namen und Kundennummer');
  expect(withNames.trimEnd().split('\r\n')).toEqual([
    '\uFEFFKennung;Nachname;Vorname;Kundennummer;Projekt (zuletzt);Phase',
    expect.stringMatching(new RegExp(`^TN-\\w+;${lastName};Anna;${number('A')};Aktiv statt passiv!;Austritt$`)),
  ]);
  const pseudonymous = await download('CSV ohne Namen (pseudonym)');
  expect(pseudonymous).not.toContain(lastName);
  expect(pseudonymous).not.toContain(number('A'));
  expect(pseudonymous.trimEnd().split('\r\n')).toHaveLength(2);
});
