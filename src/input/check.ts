/**
 * The content check, as `npm run check:content` and `npm run build` run it: the environment
 * (STATUSBOOK_NOW, STATUSBOOK_BASE, STATUSBOOK_CONTENT), then every file. Pure apart from
 * reading the content folder; the CLI (scripts/check.ts) prints what it returns.
 */
import type { LoadedContent } from './validate.ts';
import { contentDirectory, readEnvironment } from './environment.ts';
import type { ContentError } from './errors.ts';
import { loadValidContent } from './load.ts';
import { contentWarnings } from './validate.ts';

export interface CheckResult {
  /** The content folder checked. */
  dir: string;
  /** Set when there is no error. */
  content?: LoadedContent | undefined;
  errors: readonly ContentError[];
  warnings: readonly ContentError[];
  asOf?: Date | undefined;
  replay: boolean;
}

/**
 * Checks the environment and the content folder it names.
 *
 * @example
 * checkContent({ STATUSBOOK_CONTENT: 'content', STATUSBOOK_NOW: 'yesterday' }).errors[0].field //=> 'STATUSBOOK_NOW'
 */
export function checkContent(env: NodeJS.ProcessEnv = process.env): CheckResult {
  const dir = contentDirectory(env);
  const environment = readEnvironment(env);
  if (environment.problems) return { dir, errors: environment.problems, warnings: [], replay: false };
  const { asOf, replay } = environment.instant;
  const loaded = loadValidContent(dir, asOf, { replay, base: environment.base });
  const warnings = [...loaded.warnings, ...(loaded.parsed ? contentWarnings(loaded.parsed, asOf, { replay }) : [])];
  return { dir, content: loaded.content, errors: loaded.errors, warnings, asOf, replay };
}
