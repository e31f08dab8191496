/**
 * Finds a Chromium for Playwright, or installs Debian's. Playwright cannot download its
 * own browser on machines without general internet access, so the order is:
 * `STATUSBOOK_CHROMIUM`, Playwright's own download if present, then the system's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for a headless Chromium running as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The path of a usable Chromium, or undefined. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env['STATUSBOOK_CHROMIUM'];
  if (fromEnvironment) return fromEnvironment;
  const own = chromium.executablePath();
  return [own, ...SYSTEM_PATHS].find((path) => path && existsSync(path));
}

/**
 * A usable Chromium: found, or installed from Debian's packages when running as root.
 * Throws with instructions otherwise.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      'The browser tests need Chromium, and none was found.',
      'Install one of these, then run the tests again:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - with internet access: npx playwright install chromium',
      '  - or point STATUSBOOK_CHROMIUM at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

// `node scripts/browser.ts`: find or install, and say which.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
