/**
 * What each channel receives for an event: a Slack Block Kit message, a Microsoft Teams
 * Adaptive Card (Workflows webhook), a Discord embed, a Statuspage-shaped webhook payload,
 * an email. Pure; every text is cut to the service's documented limits.
 */
import type { StatusEvent } from './events.ts';
import type { IncidentJson, StatusJson } from '../outputs/statuspage.ts';
import { vocabulary } from '../model/vocabulary.ts';
import { DEFAULT_LOCALE, message as catalogMessage, textDirection, type Locale, type MessageKey } from '../i18n/catalog.ts';

/** Documented limits: Slack header 150 / section 3000 / fallback text; Discord title 256, description 4096, footer 2048, total 6000. */
export const LIMITS = {
  slackHeader: 150,
  slackSection: 3000,
  slackContext: 2000,
  discordTitle: 256,
  discordDescription: 4096,
  discordFieldValue: 1024,
  discordFooter: 2048,
  discordTotal: 6000,
  teamsBytes: 28_000,
  emailSubject: 200,
} as const;

/** Cuts `text` to `max` characters, ending in "…" when cut. */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const KIND_KEYS: Record<StatusEvent['kind'], MessageKey> = {
  'incident-declared': 'notify.kind.declared',
  'incident-updated': 'notify.kind.updated',
  'incident-resolved': 'notify.kind.resolved',
  'maintenance-scheduled': 'notify.kind.maintenanceScheduled',
  'maintenance-started': 'notify.kind.maintenanceStarted',
  'maintenance-updated': 'notify.kind.maintenanceUpdated',
  'maintenance-completed': 'notify.kind.maintenanceCompleted',
  'component-changed': 'notify.kind.componentChanged',
};

/** Statuspage's impact names, in our words (outputs/statuspage.ts maps ours to theirs). */
const impactNames = (locale: Locale): Record<string, string> => {
  const impact = vocabulary(locale).impact;
  return {
    critical: impact.major,
    major: impact.partial,
    minor: impact.degraded,
    none: impact.none,
    maintenance: impact.maintenance,
  };
};

/** Statuspage's update statuses (`in_progress`), in our words. */
const updateStatusName = (status: string, locale: Locale): string => {
  const words: Readonly<Record<string, string>> = vocabulary(locale).updateStatus;
  return words[status.replace(/_/g, '-')] ?? status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
};

/** The fixed words around a message, in the channel's language. */
export interface MessageWords {
  view: string;
  impact: string;
  components: string;
  statusPage: string;
  details: string;
  /** "Tallyfox status". */
  siteStatus: string;
  unsubscribe: string;
  /** "To stop these emails: {url}". */
  stopEmails: (url: string) => string;
}

function messageWords(site: string, locale: Locale): MessageWords {
  const t = (key: MessageKey, values: Record<string, string> = {}) => catalogMessage(key, values, locale);
  return {
    view: t('notify.view'),
    impact: t('notify.impact'),
    components: t('notify.components'),
    statusPage: t('notify.statusPage'),
    details: t('notify.details'),
    siteStatus: t('notify.siteStatus', { site }),
    unsubscribe: t('notify.unsubscribe'),
    stopEmails: (url) => t('notify.stopEmails', { url }),
  };
}

const COLORS = {
  critical: 0xd63a3f,
  major: 0xe8730c,
  minor: 0xb58500,
  none: 0x6b7785,
  maintenance: 0x4c6ef5,
  ok: 0x2f9e62,
} as const;

/** The one reading of an event that every channel formats. */
export interface Message {
  /** E.g. "[Resolved] Errors on the payments page". */
  title: string;
  /** E.g. "Resolved", "Identified", "Scheduled maintenance". */
  status: string;
  /** What customers are told (the update's text). */
  text: string;
  impact: string;
  /** Names of the affected components. */
  components: string;
  /** The incident page. */
  url: string;
  /** When it happened, ISO 8601. */
  at: string;
  /** RGB colour: the impact, green once resolved or completed. */
  color: number;
  /** The status page's name. */
  site: string;
  /** The message's language: the channel's `locale`, else the site's. */
  locale: Locale;
  words: MessageWords;
}

/**
 * The message of an incident or maintenance event, in `locale`; `pageIn` turns the incident
 * page's address into the same page in that language (where the site has it).
 *
 * @example
 * messageOf(resolvedEvent, 'Tallyfox').title //=> '[Resolved] Errors on the payments page'
 */
export function messageOf(
  event: StatusEvent,
  site: string,
  locale: Locale = DEFAULT_LOCALE,
  pageIn: (url: string) => string = (url) => url,
): Message {
  const incident = event.incident as IncidentJson;
  const status =
    event.kind === 'incident-updated' || event.kind === 'incident-declared'
      ? updateStatusName(event.update?.status ?? 'investigating', locale)
      : catalogMessage(KIND_KEYS[event.kind], {}, locale);
  const done = event.kind === 'incident-resolved' || event.kind === 'maintenance-completed';
  const text =
    event.update?.body ??
    (done
      ? incident.impact === 'maintenance'
        ? catalogMessage('notify.maintenanceDone', {}, locale)
        : catalogMessage('notify.incidentDone', {}, locale)
      : incident.name);
  return {
    title: `[${status}] ${incident.name}`,
    status,
    text,
    impact: impactNames(locale)[incident.impact] ?? incident.impact,
    components:
      incident.components.map((component) => component.name).join(', ') || catalogMessage('notify.noComponent', {}, locale),
    url: pageIn(incident.shortlink),
    at: event.update?.created_at ?? incident.updated_at,
    color: done ? COLORS.ok : (COLORS[incident.impact as keyof typeof COLORS] ?? COLORS.none),
    site,
    locale,
    words: messageWords(site, locale),
  };
}

/** A Slack incoming-webhook message in Block Kit: header, the text, impact and components, a link. */
export function slackPayload(message: Message): object {
  return {
    text: cut(`${message.title}: ${message.text}`, LIMITS.slackSection),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: cut(message.title, LIMITS.slackHeader), emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: cut(slackEscape(message.text), LIMITS.slackSection) } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: cut(slackEscape(`*${message.impact}* · ${message.components} · ${message.site}`), LIMITS.slackContext),
          },
        ],
      },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: message.words.view }, url: message.url }],
      },
    ],
  };
}

/** Slack's mrkdwn treats &, < and > as control characters. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Microsoft Teams Workflows webhook message: one Adaptive Card (version 1.4). */
export function teamsPayload(message: Message): object {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
            { type: 'TextBlock', text: message.text, wrap: true },
            {
              type: 'FactSet',
              facts: [
                { title: message.words.impact, value: message.impact },
                { title: message.words.components, value: message.components },
                { title: message.words.statusPage, value: message.site },
              ],
            },
          ],
          actions: [{ type: 'Action.OpenUrl', title: message.words.view, url: message.url }],
        },
      },
    ],
  };
}

/** A Discord webhook message: one embed, coloured by impact, within Discord's limits. */
export function discordPayload(message: Message): object {
  const title = cut(message.title, LIMITS.discordTitle);
  const footer = cut(message.site, 200);
  const fields = [
    { name: message.words.impact, value: cut(message.impact, LIMITS.discordFieldValue), inline: true },
    { name: message.words.components, value: cut(message.components, LIMITS.discordFieldValue), inline: true },
  ];
  const used = title.length + footer.length + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return {
    username: cut(message.words.siteStatus, 80),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title,
        description: cut(message.text, Math.min(LIMITS.discordDescription, LIMITS.discordTotal - used)),
        url: message.url,
        color: message.color,
        timestamp: new Date(message.at).toISOString(),
        fields,
        footer: { text: footer },
      },
    ],
  };
}

/** The page block of a Statuspage webhook notification. */
export interface WebhookPage {
  id: string;
  status: StatusJson;
}

/**
 * A webhook notification in the shape of Atlassian Statuspage's: `meta`, `page`, then
 * `incident` (with `incident_updates`) or `component_update` and `component`.
 */
export function webhookPayload(
  event: StatusEvent,
  page: WebhookPage,
  meta: { unsubscribe?: string | undefined; documentation: string },
): object {
  const head = {
    meta: { unsubscribe: meta.unsubscribe ?? null, documentation: meta.documentation, event_id: event.id, event: event.kind },
    page: { id: page.id, status_indicator: page.status.indicator, status_description: page.status.description },
  };
  if (event.component) {
    const { component } = event;
    return {
      ...head,
      component_update: {
        created_at: component.updated_at,
        new_status: component.status,
        old_status: event.oldStatus,
        id: event.id,
        component_id: component.id,
      },
      component: { created_at: component.created_at, id: component.id, name: component.name, status: component.status },
    };
  }
  return { ...head, incident: event.incident };
}

/** An email: subject, plain text and HTML bodies. */
export interface Email {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The email of an event, for a distribution list; `unsubscribe` is the list's page. */
export function emailOf(message: Message, unsubscribe?: string): Email {
  const { words } = message;
  const leave = unsubscribe ? words.stopEmails(unsubscribe) : '';
  const text = [
    message.title,
    '',
    message.text,
    '',
    `${words.impact}: ${message.impact}`,
    `${words.components}: ${message.components}`,
    `${words.details}: ${message.url}`,
    '',
    `— ${words.siteStatus}`,
    leave,
  ]
    .join('\n')
    .trimEnd();
  const color = `#${message.color.toString(16).padStart(6, '0')}`;
  const html = `<!doctype html><html lang="${message.locale}" dir="${textDirection(message.locale)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#16191d">
<h1 style="font-size:1.25rem;border-left:4px solid ${color};padding-left:.5rem">${escapeHtml(message.title)}</h1>
<p>${escapeHtml(message.text)}</p>
<p><strong>${escapeHtml(words.impact)}:</strong> ${escapeHtml(message.impact)}<br><strong>${escapeHtml(words.components)}:</strong> ${escapeHtml(message.components)}</p>
<p><a href="${escapeHtml(message.url)}">${escapeHtml(words.view)}</a></p>
<p style="color:#4f5965;font-size:.875rem">${escapeHtml(words.siteStatus)}${unsubscribe ? ` · <a href="${escapeHtml(unsubscribe)}">${escapeHtml(words.unsubscribe)}</a>` : ''}</p>
</body></html>`;
  return { subject: cut(`[${words.siteStatus}] ${message.title}`, LIMITS.emailSubject), text, html };
}
