/**
 * embed.js on another site: a page served on another port loads the status page's script,
 * which reads summary.json across origins (with the CORS header of the site's _headers) and
 * shows a dismissible notice while something is going on, and nothing when all is well.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../helpers/static-server.ts';
import { SITES } from './sites.ts';
import { expect, test } from './guards.ts';

const servers: Server[] = [];
test.afterAll(() => servers.forEach((server) => server.close()));

/** A customer's app on its own origin, embedding the status site served from `statusOrigin`. */
async function customerApp(statusOrigin: string): Promise<string> {
  const server = createServer((_request, response) =>
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="en"><title>Our app</title><h1>Our app</h1><script src="${statusOrigin}/embed.js" async></script>`,
      ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

test('shows the ongoing incident on another origin, and stays dismissed', async ({ page }) => {
  const status = await serveStatic(SITES.ongoing.out);
  servers.push(status.server);
  const app = await customerApp(status.origin);
  await page.goto(app);
  const notice = page.getByRole('status');
  await expect(notice).toContainText('Major outage');
  await expect(notice.getByRole('link')).toHaveAttribute('href', /\/incidents\/.+\/$/);
  await notice.getByRole('button', { name: 'Dismiss this status notice' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Our app' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('shows nothing while all is well', async ({ page }) => {
  const status = await serveStatic(SITES.sample.out);
  servers.push(status.server);
  await page.goto(await customerApp(status.origin));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-statusbook-notice]')).toHaveCount(0);
});
