/**
 * Playwright's web server: builds every test site, then serves each with `astro preview`
 * until Playwright stops it.
 */
import { SITES, build, serve } from './sites.ts';

const sites = Object.values(SITES);
for (const site of sites) build(site);
const servers = sites.map(serve);
const stop = () => {
  for (const server of servers) server.kill();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
