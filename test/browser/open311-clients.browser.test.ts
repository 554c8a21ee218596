import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const WAIT = { timeout: 20_000 };

describeInBrowser('administration: Open311 clients', () => {
  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('registers a client, shows its api_key once, and the key submits a GeoReport request', async () => {
    const page = await h.login('admin');
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Open311 客户端' }).click();
    await page.getByRole('heading', { name: 'Open311 客户端' }).waitFor();
    await page.getByRole('button', { name: '登记客户端' }).click();
    const dialog = page.getByRole('dialog', { name: '登记客户端' });
    await dialog.getByLabel('名称').fill('城管通 App');
    await dialog.getByRole('button', { name: '登记' }).click();
    const shown = page.getByRole('dialog', { name: '客户端已登记' });
    await shown.waitFor(WAIT);
    const apiKey = (await shown.locator('code').textContent())?.trim() ?? '';
    expect(apiKey).toMatch(/^o311_/);
    await shown.getByRole('button', { name: '我已保存' }).click({ trial: true });
    await h.screenshot(page, 'admin-open311-clients');
    const submitted = await h.ctx.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: '030301',
        address_string: '兴盛路 12 号',
      }).toString(),
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await shown.getByRole('button', { name: '我已保存' }).click();
    const row = page.getByRole('row').filter({ hasText: '城管通 App' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('App');
    await expect.poll(() => page.getByText(apiKey).count(), WAIT).toBe(0);

    // Revoked: the key stops working at once.
    await row.getByRole('button', { name: '吊销' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '吊销' }).click();
    await page.getByText('已吊销').first().waitFor(WAIT);
    const refused = await h.ctx.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: '030301',
        address_string: '兴盛路 14 号',
      }).toString(),
    });
    expect(refused.statusCode).toBe(403);
  });
});
