/**
 * Reading Statuspage over HTTP: the manage API (all history, page by page, with an API key)
 * and a page's public v2 API (the 50 most recent incidents). Rate limits (429 with
 * `Retry-After`) are waited out; a server error or a dropped connection is retried. Every
 * failure is an {@link ImportError} naming the address; the key is never part of a message.
 */
import type { z } from 'astro/zod';
import { excerpt } from '../input/errors.ts';
import { ImportError } from './content.ts';
import { readAnswer, STATUSPAGE_ANSWERS, type StatuspageData } from './statuspage.ts';

export interface HttpOptions {
  /** Told of each wait (rate limit, retry). */
  log?: (line: string) => void;
  /** Waits `ms`; replaced in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** Statuspage's manage API answers at most 100 items a page. */
export const PER_PAGE = 100;
const ATTEMPTS = 6;
/** The longest `Retry-After` honoured; a longer one is waited this long, then asked again. */
const MAX_WAIT_SECONDS = 60;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date); 1 when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 1;
  const seconds = Number(header);
  const value = Number.isFinite(seconds) ? seconds : (Date.parse(header) - now) / 1000;
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), MAX_WAIT_SECONDS) : 1;
}

/**
 * The JSON answer of `url`, shown in messages as `url` itself. `refused` is the fix for a 401
 * or 403 (e.g. which variable holds the key).
 */
export async function getJson(
  url: string,
  { headers = {}, refused, log = () => {}, sleep = wait }: HttpOptions & { headers?: Record<string, string>; refused: string },
): Promise<unknown> {
  const fail = (problem: string, fix: string): never => {
    throw new ImportError([{ file: url, field: '(answer)', problem, fix }]);
  };
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json', ...headers } });
    } catch (error) {
      const cause = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      if (attempt < ATTEMPTS) {
        log(`${url}: ${cause}; trying again`);
        await sleep(1000 * attempt);
        continue;
      }
      return fail(`could not be reached (${excerpt(cause)})`, 'check the address and the network, then import again');
    }
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if ((response.status === 429 || response.status >= 500) && attempt < ATTEMPTS) {
      const seconds = response.status === 429 ? retryAfterSeconds(response.headers.get('retry-after')) : attempt;
      log(`${url}: ${status}; waiting ${seconds} s, then asking again`);
      await response.body?.cancel();
      await sleep(seconds * 1000);
      continue;
    }
    const body = await response.text();
    if (response.status === 401 || response.status === 403) return fail(`${status}: the request was refused`, refused);
    if (response.status === 404) return fail(`${status}: there is no such page`, 'check the page id or the address');
    if (!response.ok) return fail(`${status} after ${attempt} attempts`, 'try again later; Statuspage may be down');
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return fail(
        `answered with something that is not JSON (it begins "${excerpt(body, 40)}")`,
        'check the address: it must be the Statuspage API, not a web page',
      );
    }
  }
}

/**
 * Everything the manage API holds for `pageId`: components, component groups, incidents and
 * scheduled maintenances, each read page by page (`page`, `per_page`) until a short page.
 */
export async function fetchManageApi(
  {
    api,
    pageId,
    key,
    keyVariable,
    perPage = PER_PAGE,
  }: { api: string; pageId: string; key: string; keyVariable: string; perPage?: number },
  options: HttpOptions = {},
): Promise<StatuspageData> {
  const root = `${api.replace(/\/$/, '')}/pages/${encodeURIComponent(pageId)}`;
  const refused = `check that ${keyVariable} holds an API key of a user who can see page ${pageId} (Statuspage: your avatar → API info)`;
  const all = async <T extends z.ZodType>(path: string, schema: z.ZodArray<T>): Promise<Array<z.output<T>>> => {
    const items: Array<z.output<T>> = [];
    for (let page = 1; ; page++) {
      const url = `${root}/${path}?page=${page}&per_page=${perPage}`;
      const json = await getJson(url, { ...options, refused, headers: { authorization: `OAuth ${key}` } });
      const batch = readAnswer(schema, json, url);
      items.push(...batch);
      if (batch.length < perPage) return items;
    }
  };
  const components = await all('components', STATUSPAGE_ANSWERS.components);
  const groups = await all('component-groups', STATUSPAGE_ANSWERS.groups);
  const incidents = await all('incidents', STATUSPAGE_ANSWERS.incidents);
  const scheduled = await all('incidents/scheduled', STATUSPAGE_ANSWERS.incidents);
  return { components, groups, incidents: [...incidents, ...scheduled] };
}

/** What a page's public v2 API shows: its components, and the 50 most recent incidents and maintenances. */
export async function fetchPublicApi(site: string, options: HttpOptions = {}): Promise<StatuspageData> {
  const root = `${site.replace(/\/$/, '')}/api/v2`;
  const refused = 'the page is private or needs a sign-in: use the manage API (--page and --api-key-env) instead';
  const get = async <S extends z.ZodType>(name: string, schema: S) => {
    const url = `${root}/${name}`;
    return readAnswer(schema, await getJson(url, { ...options, refused }), url);
  };
  const { components } = await get('components.json', STATUSPAGE_ANSWERS.publicComponents);
  const { incidents } = await get('incidents.json', STATUSPAGE_ANSWERS.publicIncidents);
  const { scheduled_maintenances } = await get('scheduled-maintenances.json', STATUSPAGE_ANSWERS.publicMaintenances);
  return { components, groups: [], incidents: [...incidents, ...scheduled_maintenances] };
}
