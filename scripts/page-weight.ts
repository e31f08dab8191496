/**
 * `npm run weight`: the bytes each page type of a built site costs a reader — its HTML,
 * the stylesheets it links and the scripts it loads (with their static imports) — raw and
 * gzipped. Reads `dist/` (or `--dist DIR`); build first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } },
});
const dist = values.dist;

/** One representative page of each type, found in the built site. */
const PAGES: Record<string, string> = {
  home: 'index.html',
  incident: firstPage('incidents'),
  'history index': 'history/index.html',
  'history month': firstPage('history'),
  'reviews index': 'reviews/index.html',
  review: firstPage('reviews'),
  uptime: 'uptime/index.html',
  '404': '404.html',
};

function firstPage(section: string): string {
  const index = readFileSync(join(dist, section === 'incidents' ? 'history/index.html' : `${section}/index.html`), 'utf8');
  const pattern =
    section === 'incidents' ? /href="[^"]*?\/(history\/\d{4}-\d{2})\/"/ : new RegExp(`href="[^"]*?/(${section}/\\d{4}-\\d{2})/"`);
  const month = pattern.exec(index)?.[1];
  if (section !== 'incidents') return `${month}/index.html`;
  const monthPage = readFileSync(join(dist, `${month}/index.html`), 'utf8');
  return `${/href="[^"]*?\/(incidents\/[^"/]+)\/"/.exec(monthPage)?.[1]}/index.html`;
}

const base = (html: string) => /href="([^"]*?)favicon\.svg"/.exec(html)?.[1] ?? '/';
const local = (href: string, prefix: string) => join(dist, href.startsWith(prefix) ? href.slice(prefix.length) : href);

function scriptsOf(file: string, seen: Set<string>): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => join(file, '..', m[1]!));
  return [file, ...imports.flatMap((path) => scriptsOf(path, seen))];
}

const rows = Object.entries(PAGES).map(([name, path]) => {
  const html = readFileSync(join(dist, path), 'utf8');
  const prefix = base(html);
  // Astro inlines small stylesheets: count <style> blocks as CSS and the rest as HTML.
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const css = [
    ...inline,
    ...[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(local(m[1]!, prefix), 'utf8')),
  ];
  const markup = html.replace(/<style>[\s\S]*?<\/style>/g, '');
  const seen = new Set<string>();
  const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)]
    .flatMap((m) => scriptsOf(local(m[1]!, prefix), seen))
    .map((f) => readFileSync(f, 'utf8'));
  const size = (parts: string[]) => ({
    raw: parts.reduce((n, p) => n + Buffer.byteLength(p), 0),
    gzip: parts.reduce((n, p) => n + gzipSync(p).length, 0),
  });
  return { page: name, path, html: size([markup]), css: size(css), js: size(js), total: size([html, ...js]) };
});

if (values.json) {
  console.log(JSON.stringify(rows));
} else {
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log('| page | HTML raw / gz KiB | CSS (inline) raw / gz KiB | JS raw / gz KiB | total gz KiB (page + scripts) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${kb(r.html.raw)} / ${kb(r.html.gzip)} | ${kb(r.css.raw)} / ${kb(r.css.gzip)} | ${kb(r.js.raw)} / ${kb(r.js.gzip)} | ${kb(r.html.gzip + r.css.gzip + r.js.gzip)} |`,
    );
  }
}
