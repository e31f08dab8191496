/**
 * What each channel has already received, so that a re-run of `npm run notify` (after a
 * channel failed) sends only what is missing: "the same change is never announced twice"
 * holds across runs, not only within one. Pure: the script reads and writes the file.
 *
 * The ledger is JSON, `{ "<channel key>": { "<event id>": "<instant delivered, ISO 8601>" } }`.
 */
import type { Channel } from '../input/schema.ts';
import type { StatusEvent } from './events.ts';

/** Per channel key, the ids of the events it received and when. */
export type Ledger = Record<string, Record<string, string>>;

/**
 * A channel's key in the ledger: its type and the environment variables saying where it
 * delivers. Its `name` is a label only, so renaming a channel does not announce again.
 *
 * @example
 * channelKey({ type: 'slack', name: '#status', url: 'SLACK_WEBHOOK_URL' }) //=> 'slack SLACK_WEBHOOK_URL'
 * channelKey({ type: 'email', to: ['a@x.example'], from: 'S <s@x.example>', smtp: 'SMTP_URL' }) //=> 'email SMTP_URL a@x.example'
 */
export function channelKey(channel: Channel): string {
  return channel.type === 'email' ? `email ${channel.smtp} ${channel.to.join(',')}` : `${channel.type} ${channel.url}`;
}

/**
 * A ledger from the file's text, or the problem with it. An empty text is an empty ledger.
 *
 * @example
 * parseLedger('{"slack SLACK_URL":{"a:declared":"2026-11-18T13:15:00.000Z"}}') //=> { ledger: { 'slack SLACK_URL': { 'a:declared': '2026-11-18T13:15:00.000Z' } } }
 * parseLedger('[]') //=> { problem: 'is not an object of channels' }
 */
export function parseLedger(text: string): { ledger: Ledger } | { problem: string } {
  if (text.trim() === '') return { ledger: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` };
  }
  if (!isObject(data)) return { problem: 'is not an object of channels' };
  for (const [key, events] of Object.entries(data)) {
    if (!isObject(events) || !Object.values(events).every((at) => typeof at === 'string')) {
      return { problem: `"${key}" is not an object of event ids and instants` };
    }
  }
  return { ledger: data as Ledger };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The events a channel has not received yet, in order, and how many it already has. */
export function undelivered(
  ledger: Ledger,
  key: string,
  events: readonly StatusEvent[],
): { missing: StatusEvent[]; delivered: number } {
  const received = ledger[key] ?? {};
  const missing = events.filter((event) => !Object.hasOwn(received, event.id));
  return { missing, delivered: events.length - missing.length };
}

/** The ledger with `eventId` recorded as received by channel `key` at `at`; the ledger given is left as it was. */
export function recordDelivery(ledger: Ledger, key: string, eventId: string, at: Date): Ledger {
  return { ...ledger, [key]: { ...ledger[key], [eventId]: at.toISOString() } };
}
