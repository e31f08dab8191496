/**
 * Playwright's web server: builds every test site, then serves each. Playwright waits for
 * the sub-path site's URL, so that one is started last, once every other site answers.
 */
import type { ChildProcess } from 'node:child_process';
import { SITES, build, origin, serve, type Site } from './sites.ts';

const last = SITES.subpath;
const first = Object.values(SITES).filter((site) => site !== last) as Site[];
for (const site of [...first, last]) build(site);

const servers: ChildProcess[] = first.map(serve);
const stop = () => {
  for (const server of servers) server.kill();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

for (const site of first) await answered(origin(site));
servers.push(serve(last));

async function answered(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} never answered`);
}
