/**
 * A static file server for tests that applies a built site's `_headers` (as Netlify and
 * Cloudflare Pages do), so that cross-origin reads (embed.js, widgets) are tested with the
 * headers the site really ships. `astro preview` does not read `_headers`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.ics': 'text/calendar',
  '.csv': 'text/csv; charset=utf-8',
};

/** The rules of a `_headers` file: a path (a trailing `*` matches the rest), then `  Name: value` lines. */
export function parseHeaders(text: string): Array<{ path: string; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Serves `dir` on a free port of 127.0.0.1; resolves with the server and its origin. */
export async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const rules = existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    for (const rule of rules) {
      const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path;
      if (matches) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    if (!existsSync(file)) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
