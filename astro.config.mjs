// @ts-check
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { sitePath } from './src/input/environment.ts';
import { headersFile } from './src/outputs/headers.ts';

const contentDir = process.env.STATUSBOOK_CONTENT || 'content';

/** site.yaml as written, or an empty object: the content check, which runs first, names any problem with it. */
function siteYaml() {
  try {
    const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8'));
    return site && typeof site === 'object' ? site : {};
  } catch {
    return {};
  }
}

const settings = siteYaml();
/** The published URL from site.yaml; the content check reports a missing or bad one. */
const site = typeof settings.url === 'string' && URL.canParse(settings.url) ? settings.url : undefined;

/** The site's languages (section 10): its own at `/`, the others under `/<code>/`; the check refuses unknown ones. */
const defaultLocale = typeof settings.locale === 'string' ? settings.locale : 'en';
const otherLocales = Array.isArray(settings.locales)
  ? settings.locales.filter((/** @type {unknown} */ code) => typeof code === 'string' && code !== defaultLocale)
  : [];
const locales = [defaultLocale, ...otherLocales];

/** Drafts are previewed by `astro dev` only: tell the model which command is running. */
const drafts = {
  name: 'statusbook-drafts',
  hooks: {
    /** @param {{ command: string, updateConfig: (config: object) => void }} options */
    'astro:config:setup': ({ command, updateConfig }) =>
      updateConfig({
        vite: {
          define: {
            'import.meta.env.STATUSBOOK_SHOW_DRAFTS': JSON.stringify(command === 'dev'),
            // The language of the pages at `/`: format/url.ts prefixes links in the others.
            'import.meta.env.STATUSBOOK_LOCALE': JSON.stringify(defaultLocale),
          },
        },
      }),
  },
};

/**
 * `_headers` for Netlify and Cloudflare Pages: CORS on data, short caching on pages
 * (src/outputs/headers.ts); and each language's 404 page as `<code>/404.html`, where hosts
 * that look for the nearest 404.html (Cloudflare Pages) find it.
 */
const hostHeaders = {
  name: 'statusbook-headers',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      writeFileSync(new URL('_headers', dir), headersFile(sitePath(), otherLocales));
      for (const code of otherLocales) {
        const page = new URL(`${code}/404/index.html`, dir);
        if (!existsSync(page)) continue;
        renameSync(page, new URL(`${code}/404.html`, dir));
        rmSync(new URL(`${code}/404/`, dir), { recursive: true });
      }
    },
  },
};

// Astro keeps its content store between builds; one store per content folder, so that a
// build of one folder (a test fixture, a benchmark) never sees entries of another.
const cacheDir = `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;

export default defineConfig({
  cacheDir,
  ...(site ? { site } : {}),
  // Serve under a sub-path, e.g. STATUSBOOK_BASE=/status for https://example.com/status/.
  // A path only (checked by npm run build before Astro starts).
  base: sitePath(),
  trailingSlash: 'ignore',
  // Astro's i18n routing: Astro.currentLocale, and the sitemap's alternates per language.
  i18n: { defaultLocale, locales, routing: { prefixDefaultLocale: false } },
  integrations: [
    drafts,
    hostHeaders,
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      ...(otherLocales.length > 0
        ? { i18n: { defaultLocale, locales: Object.fromEntries(locales.map((code) => [code, code])) } }
        : {}),
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries Astro's "use astro:head-inject" directive; Rolldown warns
          // about it ten lines per file, which buries real warnings (see shared notes).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
