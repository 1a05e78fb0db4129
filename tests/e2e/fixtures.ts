import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../../prisma/seed/demo-users';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every page a test visits gets an axe scan (WCAG 2.1 AA, zero violations), and nothing on
 * it may have been blocked by the Content-Security-Policy: a blocked script is a broken page.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
  const blocked = (await page.consoleMessages()).filter((m) => m.type() === 'error' && m.text().includes('Content Security Policy'));
  expect(blocked.map((m) => m.text())).toEqual([]);
}

export function demoUser(email: string) {
  const user = DEMO_USERS.find((u) => u.email.startsWith(email));
  if (!user) throw new Error(`Kein Demo-Konto ${email}`);
  return { ...user, password: DEMO_PASSWORD };
}

export function authFile(role: string): string {
  return `playwright/.auth/${role}.json`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
