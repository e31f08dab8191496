/**
 * The step of `.github/workflows/publish.yml` that runs `npm run notify`, against the
 * channels of site.yaml: it is passed exactly the secrets the channels name, each by name
 * (`NAME: ${{ secrets.NAME }}`), and never every secret (`toJSON(secrets)`), which would put
 * deploy keys and unrelated tokens in the environment of a process running the project's
 * dependencies. Pure: the workflow's text and the channels in, problems out; `npm run check`
 * reads the files and prints them.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { ContentError } from '../input/errors.ts';
import type { Channel } from '../input/schema.ts';

/** Where GitHub reads the publish workflow, relative to the project. */
export const PUBLISH_WORKFLOW = '.github/workflows/publish.yml';

/**
 * The environment variables the channels read their secrets from, in the order they are named.
 *
 * @example
 * channelSecrets([{ type: 'webhook', url: 'HOOK_URL', secret: 'HOOK_SECRET' }, { type: 'slack', url: 'HOOK_URL' }]) //=> ['HOOK_URL', 'HOOK_SECRET']
 */
export function channelSecrets(channels: readonly Channel[]): string[] {
  const names = channels.flatMap((channel) =>
    channel.type === 'email' ? [channel.smtp] : channel.type === 'webhook' ? [channel.url, channel.secret] : [channel.url],
  );
  return [...new Set(names)];
}

/**
 * The workflow line that passes one secret to the notify step.
 *
 * @example
 * secretLine('SLACK_WEBHOOK_URL') //=> 'SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}'
 */
export const secretLine = (name: string): string => `${name}: \${{ secrets.${name} }}`;

const SECRET_REFERENCE = /^\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
const ALL_SECRETS = /toJSON\(\s*secrets\s*\)/i;

/** One `NAME: value` of an `env:` the notify step sees, where it is written. */
interface EnvEntry {
  name: string;
  value: string;
  field: string;
  line: number;
}

/**
 * What is wrong between the workflow `text` and the `channels` of `siteFile`, as content
 * errors naming the workflow's lines: a secret a channel names that the notify step is not
 * passed (with the lines to add), a secret passed that no channel names, a secret passed
 * under another name, and `toJSON(secrets)` anywhere. A workflow without a notify step is
 * wrong only when there are channels.
 */
export function notifySecretProblems(
  text: string,
  channels: readonly Channel[],
  siteFile: string,
  file: string = PUBLISH_WORKFLOW,
): ContentError[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const [invalid] = document.errors;
  if (invalid) {
    return [
      {
        file,
        line: invalid.linePos?.[0].line,
        field: '(file)',
        problem: `is not valid YAML (${invalid.message.split('\n')[0]})`,
        fix: 'correct the YAML at that line',
      },
    ];
  }
  const lineOf = (node: { range?: [number, number, number] | null | undefined }) => lines.linePos(node.range?.[0] ?? 0).line;
  const problems: ContentError[] = [];
  text.split('\n').forEach((content, index) => {
    // A comment may name it; only an expression passes the secrets.
    if (!ALL_SECRETS.test(content.replace(/(^|\s)#.*$/, ''))) return;
    problems.push({
      file,
      line: index + 1,
      field: 'toJSON(secrets)',
      problem: 'passes every repository and organisation secret to the job, and so to every package it runs',
      fix: 'remove this line: npm run notify reads only the variables its channels name, each passed by name',
    });
  });

  const needed = channelSecrets(channels);
  const found = findNotifyStep(document.contents);
  if (!found) {
    if (needed.length === 0) return problems;
    return [
      ...problems,
      {
        file,
        field: 'jobs',
        problem: `has no step that runs npm run notify, so the channels of ${siteFile} are never told`,
        fix: 'add the notify job of the sample publish.yml (docs/publishing.md#notifications)',
      },
    ];
  }
  const { job, index, step } = found;
  const stepField = `jobs.${job.name}.steps[${index}]`;
  const entries = [
    ...envEntries(isMap(document.contents) ? document.contents.get('env') : undefined, 'env', lineOf),
    ...envEntries(job.map.get('env'), `jobs.${job.name}.env`, lineOf),
    ...envEntries(step.get('env'), `${stepField}.env`, lineOf),
  ];
  const stepName = String(step.get('name') ?? 'npm run notify');

  for (const entry of entries) {
    const secret = SECRET_REFERENCE.exec(entry.value)?.[1];
    if (secret === undefined || (secret === entry.name && needed.includes(secret))) continue;
    problems.push(
      secret !== entry.name
        ? {
            file,
            line: entry.line,
            field: entry.field,
            problem: `passes the secret ${secret} as ${entry.name}: a channel's secret is stored under the name the channel gives`,
            fix: needed.includes(entry.name)
              ? `write ${secretLine(entry.name)} and store the secret as ${entry.name}`
              : `remove this line: no channel in ${siteFile} names ${entry.name}`,
          }
        : {
            file,
            line: entry.line,
            field: entry.field,
            problem: `passes the secret ${secret}, which no channel in ${siteFile} names`,
            fix: 'remove this line (a channel that needs a secret names it in site.yaml)',
          },
    );
  }

  const missing = needed.filter((name) => !entries.some((entry) => entry.name === name));
  if (missing.length > 0) {
    const env = step.get('env');
    const hasEnv = isMap(env) && env.items.length > 0;
    const indent = ' '.repeat(lines.linePos(step.range?.[0] ?? 0).col - 1 + (hasEnv ? 2 : 0));
    const added = missing.map((name) => `${indent}${hasEnv ? '' : '  '}${secretLine(name)}`);
    problems.push({
      file,
      line: lineOf(step.items.find((pair) => isScalar(pair.key) && pair.key.value === 'env')?.key ?? step),
      field: `${stepField}.env`,
      problem: `${siteFile} names ${missing.join(', ')}, which the step "${stepName}" does not pass to npm run notify`,
      fix: `add these lines to the ${hasEnv ? 'env: of the step' : 'step'} "${stepName}" in ${file}:\n${[
        ...(hasEnv ? [] : [`${indent}env:`]),
        ...added,
      ].join('\n')}`,
    });
  }
  return problems.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The first step, in the first job having one, that runs `npm run notify` (not `--save-live`). */
function findNotifyStep(contents: unknown): { job: { name: string; map: YAMLMap }; index: number; step: YAMLMap } | undefined {
  const jobs = isMap(contents) ? contents.get('jobs') : undefined;
  if (!isMap(jobs)) return undefined;
  for (const pair of jobs.items) {
    const steps = isMap(pair.value) ? pair.value.get('steps') : undefined;
    if (!isMap(pair.value) || !isSeq(steps)) continue;
    const index = steps.items.findIndex((step) => {
      const run = isMap(step) ? String(step.get('run') ?? '') : '';
      return run.includes('npm run notify') && !run.includes('--save-live');
    });
    if (index >= 0) {
      return {
        job: { name: String(isScalar(pair.key) ? pair.key.value : pair.key), map: pair.value },
        index,
        step: steps.items[index] as YAMLMap,
      };
    }
  }
  return undefined;
}

function envEntries(
  env: unknown,
  field: string,
  lineOf: (node: { range?: [number, number, number] | null | undefined }) => number,
): EnvEntry[] {
  if (!isMap(env)) return [];
  return env.items.flatMap((pair) =>
    isScalar(pair.key) && isScalar(pair.value)
      ? [
          {
            name: String(pair.key.value),
            value: String(pair.value.value),
            field: `${field}.${String(pair.key.value)}`,
            line: lineOf(pair.key),
          },
        ]
      : [],
  );
}
