/**
 * Prints the first of `count` consecutive TCP ports that are free on 127.0.0.1 (the first
 * chosen by the system). Run as a script, so that synchronous code (Playwright's config) can
 * ask for ports: `node tests/helpers/free-ports.ts 5`.
 */
import { createServer, type Server } from 'node:net';

const listen = (port: number) =>
  new Promise<Server | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

/** The first of `count` consecutive free ports. */
export async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await listen(0);
    const address = first?.address();
    if (!first || typeof address !== 'object' || !address || address.port + count > 65_535) {
      first?.close();
      continue;
    }
    const taken: Server[] = [first];
    for (let offset = 1; offset < count; offset++) {
      const next = await listen(address.port + offset);
      if (!next) break;
      taken.push(next);
    }
    await Promise.all(taken.map((server) => new Promise((done) => server.close(done))));
    if (taken.length === count) return address.port;
  }
  throw new Error(`no ${count} consecutive free ports on 127.0.0.1`);
}

if (import.meta.main) console.log(await freePorts(Number(process.argv[2] ?? 1)));
