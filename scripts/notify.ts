/**
 * `npm run notify`: tells subscribers what changed with a deploy. It compares the new build
 * with what was live before (Statuspage documents under `api/v2/`), works out the events
 * (src/notify/events.ts) and delivers each to the channels of `notifications:` in site.yaml.
 *
 *   npm run notify -- --previous previous/ [--current dist/] [--dry-run]
 *   npm run notify -- --save-live previous/      before a deploy: keep what is live now
 *
 * Without --previous, the live site (site.yaml's url, under STATUSBOOK_BASE) is read; a site
 * that answers nothing is a first deploy, which announces only what is going on. Secrets are
 * read from the environment variables the channels name, or from STATUSBOOK_SECRETS (a JSON
 * object, e.g. `${{ toJSON(secrets) }}` in GitHub Actions). One summary line per channel;
 * exit 1 when any channel failed after its retries, naming it. It never touches the deploy.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './args.ts';
import { contentDirectory, sitePath } from '../src/input/environment.ts';
import { loadContent } from '../src/input/load.ts';
import { formatErrors } from '../src/input/errors.ts';
import { isIncidentEvent, statusEvents, type LiveSite, type StatusEvent } from '../src/notify/events.ts';
import { discordPayload, emailOf, messageOf, slackPayload, teamsPayload, webhookPayload } from '../src/notify/messages.ts';
import type { StatusJson } from '../src/outputs/statuspage.ts';
import type { Channel } from '../src/input/schema.ts';
import { DEFAULT_DELIVERY, postJson, sendMail, signature, type Delivery, type DeliveryOptions } from './deliver.ts';

/** The documents a site's events are read from, under its root. */
export const LIVE_DOCUMENTS = [
  'api/v2/incidents.json',
  'api/v2/scheduled-maintenances.json',
  'api/v2/components.json',
  'api/v2/status.json',
] as const;

const { values } = parseCommandLine('npm run notify [-- --previous DIR] [--current DIR] [--save-live DIR] [--dry-run]', {
  options: {
    previous: { type: 'string' },
    current: { type: 'string', default: 'dist' },
    'save-live': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'timeout-ms': { type: 'string', default: String(DEFAULT_DELIVERY.timeoutMs) },
    'backoff-ms': { type: 'string', default: String(DEFAULT_DELIVERY.backoffMs) },
  },
});
let secretsJson: Record<string, string> | undefined;
const delivery: DeliveryOptions = {
  timeoutMs: Number(values['timeout-ms']),
  attempts: DEFAULT_DELIVERY.attempts,
  backoffMs: Number(values['backoff-ms']),
};

const { content, errors } = loadContent(contentDirectory(), { checkBodies: false });
if (!content) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const { site } = content;
const liveRoot = new URL(sitePath().replace(/\/?$/, '/'), site.url).href;

if (values['save-live']) {
  await saveLive(values['save-live']);
  process.exit(0);
}

const before = values.previous ? readSite(values.previous)?.site : await fetchSite();
const now = readSite(values.current);
if (!now) {
  console.error(`${values.current}/api/v2/ has no Statuspage documents: build the site first (npm run build).`);
  process.exit(1);
}
const events = statusEvents(before, now.site);
const channels = site.notifications?.channels ?? [];
console.log(
  `${events.length} event${events.length === 1 ? '' : 's'} since ${before ? 'the previous deploy' : 'nothing (a first deploy: only what is going on)'}; ${channels.length} channel${channels.length === 1 ? '' : 's'}.`,
);
for (const event of events) console.log(`  ${event.id}  ${event.kind}`);

const failed: string[] = [];
for (const channel of channels) {
  const label = `${channel.type} ${channel.name ?? ('url' in channel ? channel.url : channel.to.join(', '))}`;
  const mine = channel.type === 'webhook' ? events : events.filter(isIncidentEvent);
  if (mine.length === 0) {
    console.log(`${label}: nothing to send`);
    continue;
  }
  const results: Delivery[] = [];
  for (const event of mine) results.push(await deliver(channel, event, now.status));
  const sent = results.filter((result) => result.ok).length;
  const problems = [...new Set(results.filter((result) => !result.ok).map((result) => result.error))];
  console.log(
    values['dry-run']
      ? `${label}: ${mine.length} would be sent (dry run)`
      : `${label}: ${sent} of ${mine.length} sent${problems.length > 0 ? `; failed: ${problems.join('; ')}` : ''}`,
  );
  if (sent < mine.length && !values['dry-run']) failed.push(label);
}
if (failed.length > 0) {
  console.error(`Notification failed for: ${failed.join(', ')}. The deploy is not affected.`);
  process.exit(1);
}

/** Delivers one event to one channel (or prints it, with --dry-run). */
async function deliver(channel: Channel, event: StatusEvent, status: StatusJson): Promise<Delivery> {
  const secret = (name: string): string | undefined => process.env[name] || secretsFromJson()[name];
  if (channel.type === 'email') {
    const mail = emailOf(messageOf(event, site.name), site.notifications?.signup);
    const headers: Record<string, string> = {
      'List-Id': `${site.name.replace(/[<>"\\]/g, '')} status <${new URL(site.url).hostname}>`,
    };
    if (site.notifications?.signup) headers['List-Unsubscribe'] = `<${site.notifications.signup}>`;
    const message = { from: channel.from, to: channel.to, ...mail, headers };
    if (values['dry-run']) return dryRun(channel, event, message);
    const url = secret(channel.smtp);
    return url ? sendMail(url, message, delivery) : missing(channel.smtp);
  }
  const body = JSON.stringify(
    channel.type === 'webhook'
      ? webhookPayload(
          event,
          { id: new URL(site.url).hostname, status },
          { unsubscribe: site.notifications?.signup, documentation: `${liveRoot}subscribe/#webhooks` },
        )
      : { slack: slackPayload, teams: teamsPayload, discord: discordPayload }[channel.type](messageOf(event, site.name)),
  );
  if (values['dry-run']) return dryRun(channel, event, JSON.parse(body));
  const url = secret(channel.url);
  if (!url) return missing(channel.url);
  const headers: Record<string, string> = {};
  if (channel.type === 'webhook') {
    const key = secret(channel.secret);
    if (!key) return missing(channel.secret);
    Object.assign(headers, {
      'X-Statusbook-Event': event.kind,
      'X-Statusbook-Event-Id': event.id,
      'X-Statusbook-Signature-256': signature(body, key),
    });
  }
  return postJson(url, body, headers, delivery);
}

function dryRun(channel: Channel, event: StatusEvent, payload: unknown): Delivery {
  console.log(`--- ${channel.type} ${channel.name ?? ''} ${event.id}\n${JSON.stringify(payload, null, 2)}`);
  return { ok: true, attempts: 0 };
}

function missing(name: string): Delivery {
  return { ok: false, attempts: 0, error: `the environment variable ${name} is not set (add it as a secret)` };
}

function secretsFromJson(): Record<string, string> {
  if (secretsJson) return secretsJson;
  try {
    secretsJson = JSON.parse(process.env['STATUSBOOK_SECRETS'] || '{}') as Record<string, string>;
  } catch {
    console.error('STATUSBOOK_SECRETS is not a JSON object; ignoring it.');
    secretsJson = {};
  }
  return secretsJson;
}

/** A built site's documents from `dir`, or undefined when it has none (a first deploy). */
function readSite(dir: string): { site: LiveSite; status: StatusJson } | undefined {
  const read = (path: string) => {
    try {
      return JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;
    } catch {
      // Missing or unreadable: this site has not published these documents.
      return undefined;
    }
  };
  const [incidents, maintenances, components, status] = LIVE_DOCUMENTS.map(read);
  if (!incidents || !maintenances) return undefined;
  return {
    site: {
      incidents: incidents['incidents'] as LiveSite['incidents'],
      maintenances: maintenances['scheduled_maintenances'] as LiveSite['maintenances'],
      components: (components?.['components'] ?? []) as LiveSite['components'],
    },
    status: (status?.['status'] ?? { indicator: 'none', description: 'All Systems Operational' }) as StatusJson,
  };
}

/** The live site's documents, or undefined when it does not answer with them. */
async function fetchSite(): Promise<LiveSite | undefined> {
  const dir = join(process.env['RUNNER_TEMP'] ?? '/tmp', `statusbook-live-${process.pid}`);
  return (await saveLive(dir)) ? readSite(dir)?.site : undefined;
}

/** Saves the live site's documents into `dir`; false when the site does not have them. */
async function saveLive(dir: string): Promise<boolean> {
  mkdirSync(join(dir, 'api/v2'), { recursive: true });
  let saved = 0;
  for (const path of LIVE_DOCUMENTS) {
    try {
      const response = await fetch(new URL(path, liveRoot), { signal: AbortSignal.timeout(delivery.timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      writeFileSync(join(dir, path), await response.text());
      saved++;
    } catch (error) {
      console.log(`${new URL(path, liveRoot).href}: ${(error as Error).message}`);
    }
  }
  console.log(`Saved ${saved} of ${LIVE_DOCUMENTS.length} documents of ${liveRoot} into ${dir}/.`);
  return saved >= 2;
}
