import { expect, test } from '@playwright/test';
import { authFile, expectAccessible } from './fixtures';

// The Content-Security-Policy: the portal's own scripts run (the page works and its charts
// load), a script someone managed to inject does not.
test.describe('Content-Security-Policy', () => {
  test.use({ storageState: authFile('official') });

  test('allows the page its own scripts, with a fresh nonce each time, and blocks an injected one', async ({ page }) => {
    const first = await page.goto('/auswertungen?ebene=land&von=2013-01&bis=2019-12');
    const policy = first!.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    // The charts are loaded by the page's scripts after it: they render only if those ran.
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectAccessible(page);

    const again = await page.reload();
    const nonce = (p: string) => /'nonce-([^']+)'/.exec(p)?.[1];
    expect(nonce(again!.headers()['content-security-policy'] ?? '')).not.toBe(nonce(policy));

    // Every script in the HTML the server sends carries that response's nonce.
    const response = await page.request.get('/auswertungen?ebene=land&von=2013-01&bis=2019-12');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /nonce="([^"]+)"/.exec(m[0])?.[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce(response.headers()['content-security-policy'] ?? '')]));

    // What an injection into the markup looks like: an inline handler. Without the policy it runs.
    const ran = await page.evaluate(async () => {
      const box = document.createElement('div');
      box.innerHTML = '<img src="/kein-bild" onerror="window.injected = true">';
      document.body.append(box);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // The browser reports the block on the console, where expectAccessible looks on every page.
    const reports = (await page.consoleMessages()).filter((m) => m.type() === 'error' && m.text().includes('Content Security Policy'));
    expect(reports.length).toBeGreaterThan(0);
  });
});
