/**
 * `npm run notify` against real servers on 127.0.0.1: an HTTP receiver that records every
 * request (Slack, Teams, Discord, a signed webhook, servers that fail, hang or get fixed
 * between runs) and an SMTP server (smtp-server) that receives the mail. The two sites
 * compared are the sample at 12:00Z and at 13:15Z on 18 November, their documents made
 * in-process as the site makes them. Each run gets a fresh ledger unless a test passes one.
 */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidContent } from '../src/input/load.ts';
import { LIMITS } from '../src/notify/messages.ts';
import { buildSiteModel } from '../src/model/site.ts';
import { statuspageApi } from '../src/outputs/statuspage.ts';
import { ROOT } from '../tests/helpers/build.ts';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const received: Received[] = [];
const mails: ParsedMail[] = [];
const failures = new Map<string, number>();
/** `/broken` answers 500 until a test fixes it. */
let brokenFixed = false;
let http: ReturnType<typeof createServer>;
let smtp: SMTPServer;
let httpUrl = '';
let smtpPort = 0;
const work = mkdtempSync(join(tmpdir(), 'notify-'));

/** Writes the documents the site publishes at `instant` under `dir`/api/v2/. */
function writeSite(dir: string, instant: string) {
  const { content } = loadValidContent(join(ROOT, 'content'), new Date(instant), { replay: true, checkBodies: false });
  const api = statuspageApi(buildSiteModel(content!, new Date(instant)), 'https://status.tallyfox.example/');
  mkdirSync(join(dir, 'api/v2'), { recursive: true });
  const write = (path: string, data: unknown) => writeFileSync(join(dir, 'api/v2', path), JSON.stringify(data));
  write('incidents.json', api.incidents);
  write('scheduled-maintenances.json', api.scheduledMaintenances);
  write('components.json', api.components);
  write('status.json', api.status);
}

/** A content folder: the sample with `channels` in site.yaml. */
function contentWith(channels: string): string {
  const dir = mkdtempSync(join(work, 'content-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  appendFileSync(
    join(dir, 'site.yaml'),
    `notifications:\n  signup: https://lists.tallyfox.example/status\n  channels:\n${channels}`,
  );
  return dir;
}

/** The real script with `args` (a later option overrides an earlier one). */
function run(content: string, env: Record<string, string>, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts/notify.ts'), '--ledger', join(mkdtempSync(join(work, 'ledger-')), 'delivered.json'), ...args],
      { cwd: ROOT, env: { ...process.env, STATUSBOOK_CONTENT: content, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Compares the two sites, with short timeouts and back-off. */
const notify = (content: string, env: Record<string, string>, args: string[] = []) =>
  run(content, env, [
    '--previous',
    join(work, 'before'),
    '--current',
    join(work, 'after'),
    '--backoff-ms',
    '20',
    '--timeout-ms',
    '400',
    ...args,
  ]);

beforeAll(async () => {
  writeSite(join(work, 'before'), '2026-11-18T12:00:00Z');
  writeSite(join(work, 'after'), '2026-11-18T13:15:00Z');
  http = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers, body });
      if (path === '/slow') return; // never answers: the client's timeout must end it
      const failed = failures.get(path) ?? 0;
      if (path === '/flaky' && failed < 2) {
        failures.set(path, failed + 1);
        response.writeHead(503).end();
      } else if (path === '/down' || (path === '/broken' && !brokenFixed)) response.writeHead(500).end();
      else if (path === '/gone') response.writeHead(404).end();
      else response.writeHead(path === '/discord' ? 204 : 200).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(() => {
  http.closeAllConnections();
  http.close();
  smtp.close();
});

const count = (path: string) => received.filter((r) => r.path === path).length;
const bodies = (path: string) =>
  received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as Record<string, unknown>);

describe('npm run notify', { timeout: 30_000 }, () => {
  it('sends each channel its payload for the events between the two sites', async () => {
    const content = contentWith(
      [
        '    - { type: slack, name: "#status", url: SLACK_URL }',
        '    - { type: teams, url: TEAMS_URL }',
        '    - { type: discord, url: DISCORD_URL }',
        '    - { type: webhook, url: HOOK_URL, secret: HOOK_SECRET }',
        '    - { type: email, to: [status@lists.tallyfox.example], from: "Tallyfox Status <status@tallyfox.example>", smtp: SMTP_URL }',
        '',
      ].join('\n'),
    );
    const { code, output } = await notify(
      content,
      {
        SLACK_URL: `${httpUrl}/slack`,
        TEAMS_URL: `${httpUrl}/teams`,
        DISCORD_URL: `${httpUrl}/discord`,
        HOOK_URL: `${httpUrl}/hook`,
        HOOK_SECRET: 'hook-secret',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // A long timeout: on a loaded machine a mail that timed out after it was accepted would be sent twice.
      },
      ['--timeout-ms', '10000'],
    );
    expect(code, output).toBe(0);
    expect(output).toContain('3 events since the previous deploy; 5 channels.');
    expect(output).toContain('slack #status: 1 of 1 sent');
    expect(output).toContain('webhook HOOK_URL: 3 of 3 sent');

    const [slack] = bodies('/slack') as Array<{ text: string; blocks: Array<{ type: string; text?: { text: string } }> }>;
    expect(slack!.blocks.length).toBeLessThanOrEqual(50);
    expect(slack!.blocks[0]!.text!.text).toBe('[Identified] Errors on the payments page');
    expect(slack!.blocks[0]!.text!.text.length).toBeLessThanOrEqual(LIMITS.slackHeader);
    expect(slack!.blocks[1]!.text!.text).toBe('A release caused the errors. We are rolling it back.');

    const [teams] = bodies('/teams') as Array<{
      type: string;
      attachments: Array<{ contentType: string; content: { type: string; version: string; body: Array<{ text?: string }> } }>;
    }>;
    expect(teams!.type).toBe('message');
    expect(teams!.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams!.attachments[0]!.content.type).toBe('AdaptiveCard');
    expect(teams!.attachments[0]!.content.body[0]!.text).toBe('[Identified] Errors on the payments page');
    expect(Buffer.byteLength(JSON.stringify(teams))).toBeLessThan(LIMITS.teamsBytes);

    const [discord] = bodies('/discord') as Array<{
      embeds: Array<{
        title: string;
        description: string;
        color: number;
        url: string;
        footer: { text: string };
        fields: Array<{ name: string; value: string }>;
      }>;
    }>;
    const embed = discord!.embeds[0]!;
    expect(embed.title).toBe('[Identified] Errors on the payments page');
    expect(embed.url).toBe('https://status.tallyfox.example/incidents/2026-11-18-payments-page-errors/');
    expect(embed.color).toBe(0xe8730c);
    const total =
      embed.title.length +
      embed.description.length +
      embed.footer.text.length +
      embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.discordTotal);

    const hooks = received.filter((r) => r.path === '/hook');
    for (const hook of hooks) {
      const expected = `sha256=${createHmac('sha256', 'hook-secret').update(hook.body).digest('hex')}`;
      expect(hook.headers['x-statusbook-signature-256']).toBe(expected);
      expect(hook.headers['content-type']).toBe('application/json');
    }
    const payloads = hooks.map((hook) => JSON.parse(hook.body) as Record<string, Record<string, unknown>>);
    expect(payloads.map((p) => Object.keys(p).join(','))).toEqual([
      'meta,page,incident',
      'meta,page,component_update,component',
      'meta,page,component_update,component',
    ]);
    expect(payloads[0]!['page']).toEqual({
      id: 'status.tallyfox.example',
      status_indicator: 'major',
      status_description: 'Partial System Outage',
    });
    expect((payloads[0]!['incident']!['incident_updates'] as unknown[]).length).toBe(2);
    expect(payloads[1]!['component_update']).toMatchObject({
      old_status: 'operational',
      new_status: 'degraded_performance',
      component_id: 'api',
    });

    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('[Tallyfox status] [Identified] Errors on the payments page');
    expect(mail!.from?.text).toBe('"Tallyfox Status" <status@tallyfox.example>');
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.text).toBe('status@lists.tallyfox.example');
    expect(mail!.text).toContain('A release caused the errors. We are rolling it back.');
    expect(mail!.text).toContain('To stop these emails: https://lists.tallyfox.example/status');
    expect(mail!.html).toContain('<a href="https://status.tallyfox.example/incidents/2026-11-18-payments-page-errors/">');
    expect(mail!.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toBe(
      'List-Unsubscribe: <https://lists.tallyfox.example/status>',
    );
    expect(mail!.headerLines.find((header) => header.key === 'list-id')?.line).toBe(
      'List-ID: Tallyfox status <status.tallyfox.example>',
    );
  });

  it('writes each channel in its locale, linking to the page in that language where the site has it', async () => {
    const content = contentWith(
      ['    - { type: slack, url: DA_URL, locale: da }', '    - { type: discord, url: DE_URL, locale: de }', ''].join('\n'),
    );
    appendFileSync(join(content, 'site.yaml'), 'locales: [da]\n');
    const { code, output } = await notify(content, { DA_URL: `${httpUrl}/slack-da`, DE_URL: `${httpUrl}/discord-de` });
    expect(code, output).toBe(0);
    const [danish] = bodies('/slack-da') as Array<{ blocks: Array<{ text?: { text: string } }> }>;
    expect(danish!.blocks[0]!.text!.text).toBe('[Årsag fundet] Errors on the payments page');
    expect(JSON.stringify(danish)).toContain('https://status.tallyfox.example/da/incidents/2026-11-18-payments-page-errors/');
    // German messages, but the site has no German pages: the link stays on the site's own.
    const [german] = bodies('/discord-de');
    expect(JSON.stringify(german)).toContain('[Ursache erkannt] Errors on the payments page');
    expect(JSON.stringify(german)).toContain('https://status.tallyfox.example/incidents/2026-11-18-payments-page-errors/');
    expect(JSON.stringify(german)).not.toContain('/de/incidents/');
  });

  it('retries server errors up to three attempts, never client errors, and times out', async () => {
    received.length = 0;
    failures.clear();
    const content = contentWith(
      [
        '    - { type: slack, name: flaky, url: FLAKY_URL }',
        '    - { type: slack, name: down, url: DOWN_URL }',
        '    - { type: discord, name: gone, url: GONE_URL }',
        '    - { type: teams, name: slow, url: SLOW_URL }',
        '',
      ].join('\n'),
    );
    const { code, output } = await notify(content, {
      FLAKY_URL: `${httpUrl}/flaky`,
      DOWN_URL: `${httpUrl}/down`,
      GONE_URL: `${httpUrl}/gone`,
      SLOW_URL: `${httpUrl}/slow`,
    });
    expect([count('/flaky'), count('/down'), count('/gone'), count('/slow')]).toEqual([3, 3, 1, 3]);
    expect(output).toContain('slack flaky: 1 of 1 sent');
    expect(output).toContain('slack down: 0 of 1 sent; failed: HTTP 500 (after 3 attempts)');
    expect(output).toContain('discord gone: 0 of 1 sent; failed: HTTP 404');
    expect(output).toContain('teams slow: 0 of 1 sent; failed: timed out after 400 ms (after 3 attempts)');
    expect(code).toBe(1);
    expect(output).toContain('Notification failed for: slack down, discord gone, teams slow. The deploy is not affected.');
  });

  it('records what each channel received, so a re-run after a failure sends only what is missing', async () => {
    received.length = 0;
    brokenFixed = false;
    const content = contentWith(
      [
        '    - { type: webhook, name: good, url: GOOD_URL, secret: HOOK_SECRET }',
        '    - { type: webhook, name: broken, url: BROKEN_URL, secret: HOOK_SECRET }',
        '',
      ].join('\n'),
    );
    const ledger = join(mkdtempSync(join(work, 'ledger-')), 'delivered.json');
    const env = { GOOD_URL: `${httpUrl}/good`, BROKEN_URL: `${httpUrl}/broken`, HOOK_SECRET: 'hook-secret' };
    const ids = (path: string) => received.filter((r) => r.path === path).map((r) => r.headers['x-statusbook-event-id']);

    const first = await notify(content, env, ['--ledger', ledger]);
    expect(first.code, first.output).toBe(1);
    expect(first.output).toContain('webhook good: 3 of 3 sent\n');
    // The broken channel stops at its first event (three attempts), keeping the order for the re-run.
    expect(first.output).toContain('webhook broken: 0 of 3 sent; failed: HTTP 500 (after 3 attempts); 3 left for a re-run');
    expect(first.output).toContain(
      `Notification failed for: webhook broken. The deploy is not affected. What was delivered is recorded in ${ledger}, so a re-run sends only what is left.`,
    );
    expect([count('/good'), count('/broken')]).toEqual([3, 3]);
    expect(Object.keys(JSON.parse(readFileSync(ledger, 'utf8')) as object)).toEqual(['webhook GOOD_URL']);

    brokenFixed = true;
    const second = await notify(content, env, ['--ledger', ledger]);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('webhook good: nothing to send; 3 already delivered, skipped\n');
    expect(second.output).toContain('webhook broken: 3 of 3 sent\n');
    expect([count('/good'), count('/broken')]).toEqual([3, 6]);
    expect(ids('/broken').slice(3)).toEqual(ids('/good'));

    const third = await notify(content, env, ['--ledger', ledger]);
    expect(third.code, third.output).toBe(0);
    expect(third.output).toContain('webhook broken: nothing to send; 3 already delivered, skipped\n');
    expect([count('/good'), count('/broken')]).toEqual([3, 6]);
  });

  it('sends nothing when the ledger is not one it wrote, and says how to go on', async () => {
    received.length = 0;
    const content = contentWith('    - { type: slack, url: GOOD_URL }\n');
    const ledger = join(mkdtempSync(join(work, 'ledger-')), 'delivered.json');
    writeFileSync(ledger, '["slack GOOD_URL"]');
    const { code, output } = await notify(content, { GOOD_URL: `${httpUrl}/good` }, ['--ledger', ledger]);
    expect(code).toBe(1);
    expect(output).toContain(
      `${ledger} is not an object of channels; it should record what each channel has received. Nothing was sent: delete it to announce every event again, or name another file with --ledger FILE.`,
    );
    expect(received).toEqual([]);
  });

  it('names a secret that is not set, and sends nothing on a dry run', async () => {
    received.length = 0;
    const content = contentWith('    - { type: slack, url: UNSET_SLACK_URL }\n');
    const missing = await notify(content, {});
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('the environment variable UNSET_SLACK_URL is not set');
    const dry = await notify(content, {}, ['--dry-run']);
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toContain('"text": "[Identified] Errors on the payments page');
    expect(dry.output).toContain('slack UNSET_SLACK_URL: 1 would be sent (dry run)');
    expect(received).toEqual([]);
  });

  it('reads a secret only from the variable its channel names, never from a JSON of all secrets', async () => {
    received.length = 0;
    const content = contentWith('    - { type: slack, url: FROM_JSON_URL }\n');
    const { code, output } = await notify(content, {
      STATUSBOOK_SECRETS: JSON.stringify({ FROM_JSON_URL: `${httpUrl}/json` }),
    });
    expect(code).toBe(1);
    expect(output).toContain('the environment variable FROM_JSON_URL is not set');
    expect(received).toEqual([]);
  });

  it('says in one line each that no channel is configured and which live URL could not be read', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const content = mkdtempSync(join(work, 'content-'));
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: http://127.0.0.1:${port}`));
    const incidents = `http://127.0.0.1:${port}/api/v2/incidents.json`;

    const dry = await run(content, {}, ['--current', join(work, 'after'), '--dry-run']);
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).not.toContain('fetch failed');
    const lines = dry.output.trim().split('\n');
    expect(lines[0]).toBe(
      `The live site could not be read (${incidents}: connect ECONNREFUSED 127.0.0.1:${port}): taken as a first deploy, which announces only what is going on. To compare with a saved copy instead, pass --previous DIR (saved before a deploy with npm run notify -- --save-live DIR).`,
    );
    expect(lines[1]).toMatch(/^\d+ events? since nothing \(a first deploy: only what is going on\); 0 channels\.$/);
    expect(lines.at(-1)).toBe(
      `No channels are configured, so nothing is sent. To add one, write \`notifications: { channels: [{ type: slack, url: SLACK_WEBHOOK_URL }] }\` in ${site}, add the secret SLACK_WEBHOOK_URL and pass it to the notify step of publish.yml (npm run check says how); Teams, Discord, webhooks and email: docs/publishing.md#notifications.`,
    );

    const saved = join(work, 'saved-live');
    const save = await run(content, {}, ['--save-live', saved]);
    expect(save.code, save.output).toBe(0);
    expect(save.output.trim()).toBe(
      `The live site could not be read (${incidents}: connect ECONNREFUSED 127.0.0.1:${port}); nothing was saved into ${saved}/, so this deploy is told as a first deploy, which announces only what is going on.`,
    );
  });
});
