import { expect, test } from '@playwright/test';
import { demoUser, expectAccessible, signIn } from './fixtures';

test.describe('Anmeldung', () => {
  test('opens on a German sign-in page that passes axe', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expectAccessible(page);
  });

  test('shows field errors in German for empty input', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.').first()).toBeVisible();
    await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Passwort')).toHaveAttribute('aria-describedby', 'password-fehler');
    await expectAccessible(page);
  });

  test('gives the same generic message for a wrong password and an unknown account', async ({ page }) => {
    const generic = 'Die Anmeldung ist fehlgeschlagen. E-Mail-Adresse oder Passwort sind nicht korrekt.';
    await signIn(page, demoUser('admin@').email, 'falsches-Passwort');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(generic);
    await signIn(page, 'niemand@demo.teilhabe.invalid', 'egal');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(generic);
    await expect(page).toHaveURL(/\/anmelden$/);
  });

  test('works by keyboard alone, starting with the skip link', async ({ page }) => {
    const user = demoUser('stadt.duisburg@');
    await page.goto('/anmelden');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('E-Mail-Adresse')).toBeFocused();
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();
  });
});
