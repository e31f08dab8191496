/**
 * The build's inputs from the environment: the as-of instant and the content folder.
 * Read in one place so the content check and the site build agree.
 */
import { parseTimestamp } from '../schema.ts';

/** `STATUSBOOK_CONTENT`, default `content`: the folder holding site.yaml and the rest. */
export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env['STATUSBOOK_CONTENT'] || 'content';
}

/**
 * `STATUSBOOK_NOW` (ISO 8601 with an offset) when set, else the wall clock.
 * A malformed value stops the build rather than silently using the clock.
 */
export function asOfFromEnvironment(env: NodeJS.ProcessEnv = process.env): Date {
  const text = env['STATUSBOOK_NOW'];
  if (!text) return new Date();
  const parsed = parseTimestamp(text);
  if (typeof parsed === 'string') throw new Error(`STATUSBOOK_NOW ${parsed}`);
  return parsed;
}
