/**
 * A Playwright fixture that watches every page: console errors, uncaught exceptions and
 * requests to any host other than the site's own fail the test.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void }>({
  guarded: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // A failed load is reported below with its URL, so that a page's own 404 status is allowed.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          problems.push(`failed load: ${response.status()} ${response.url()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const { hostname } = new URL(request.url());
        if (!['127.0.0.1', 'localhost'].includes(hostname) && !request.url().startsWith('data:')) {
          problems.push(`third-party request: ${request.url()}`);
        }
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
