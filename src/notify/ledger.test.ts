import { describe, expect, it } from 'vitest';
import { channelSchema } from '../input/schema.ts';
import type { StatusEvent } from './events.ts';
import { channelKey, parseLedger, recordDelivery, undelivered } from './ledger.ts';

const event = (id: string): StatusEvent => ({ id, kind: 'incident-updated' });

describe('channelKey', () => {
  it('is the type and the variable naming the destination, whatever the label', () => {
    const named = channelSchema.parse({ type: 'slack', name: '#status', url: 'SLACK_WEBHOOK_URL' });
    const renamed = channelSchema.parse({ type: 'slack', name: '#incidents', url: 'SLACK_WEBHOOK_URL' });
    expect(channelKey(named)).toBe('slack SLACK_WEBHOOK_URL');
    expect(channelKey(renamed)).toBe('slack SLACK_WEBHOOK_URL');
  });

  it('tells apart two email channels sharing one SMTP server by their recipients', () => {
    const email = (to: string[]) => channelSchema.parse({ type: 'email', to, from: 'S <s@x.example>', smtp: 'SMTP_URL' });
    expect(channelKey(email(['a@x.example', 'b@x.example']))).toBe('email SMTP_URL a@x.example,b@x.example');
    expect(channelKey(email(['c@x.example']))).toBe('email SMTP_URL c@x.example');
  });
});

describe('parseLedger', () => {
  it('reads what recordDelivery wrote', () => {
    const ledger = recordDelivery({}, 'webhook HOOK_URL', 'a:declared', new Date('2026-11-18T13:15:00Z'));
    expect(parseLedger(JSON.stringify(ledger))).toEqual({
      ledger: { 'webhook HOOK_URL': { 'a:declared': '2026-11-18T13:15:00.000Z' } },
    });
  });

  it('takes an empty file as an empty ledger', () => {
    expect(parseLedger('')).toEqual({ ledger: {} });
  });

  it('says what is wrong with a file it did not write', () => {
    expect(parseLedger('[]')).toEqual({ problem: 'is not an object of channels' });
    expect(parseLedger('{"slack X": ["a:declared"]}')).toEqual({
      problem: '"slack X" is not an object of event ids and instants',
    });
    expect(parseLedger('{"slack X"')).toMatchObject({ problem: expect.stringMatching(/^is not JSON \(/) });
  });
});

describe('undelivered', () => {
  it('keeps the events a channel has not received, in order, and counts the others', () => {
    const ledger = recordDelivery({}, 'webhook A', 'p:declared', new Date('2026-11-18T13:15:00Z'));
    const events = [event('p:declared'), event('api:operational:degraded_performance:t'), event('p-2')];
    expect(undelivered(ledger, 'webhook A', events)).toEqual({
      missing: [event('api:operational:degraded_performance:t'), event('p-2')],
      delivered: 1,
    });
    expect(undelivered(ledger, 'webhook B', events)).toEqual({ missing: events, delivered: 0 });
  });
});

describe('recordDelivery', () => {
  it('adds to a channel without changing the ledger it was given', () => {
    const first = recordDelivery({}, 'slack S', 'a', new Date('2026-11-18T13:15:00Z'));
    const second = recordDelivery(first, 'slack S', 'b', new Date('2026-11-18T13:16:00Z'));
    expect(first).toEqual({ 'slack S': { a: '2026-11-18T13:15:00.000Z' } });
    expect(second).toEqual({ 'slack S': { a: '2026-11-18T13:15:00.000Z', b: '2026-11-18T13:16:00.000Z' } });
  });
});
