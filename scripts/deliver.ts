/**
 * Delivering notifications, bounded and honest: a timeout per request, up to three attempts
 * with doubling back-off on server errors (HTTP 5xx, SMTP 4xx) and network errors, none on
 * client errors (HTTP 4xx, SMTP 5xx), and a result that says what happened.
 */
import { createHmac } from 'node:crypto';
import { createTransport } from 'nodemailer';

export interface DeliveryOptions {
  /** Per request (or per SMTP connection step), in milliseconds. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubled before each one after. */
  backoffMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { timeoutMs: 10_000, attempts: 3, backoffMs: 1_000 };

export interface Delivery {
  ok: boolean;
  attempts: number;
  /** Why it failed, e.g. "HTTP 500" or "timed out after 10000 ms". */
  error?: string | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries `send` up to `options.attempts` times; it resolves with `retry: false` for a failure not worth retrying. */
async function withRetries(
  options: DeliveryOptions,
  send: () => Promise<{ ok: true } | { ok: false; retry: boolean; error: string }>,
): Promise<Delivery> {
  let error = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const result = await send();
    if (result.ok) return { ok: true, attempts: attempt };
    error = result.error;
    if (!result.retry) return { ok: false, attempts: attempt, error };
    if (attempt < options.attempts) await sleep(options.backoffMs * 2 ** (attempt - 1));
  }
  return { ok: false, attempts: options.attempts, error: `${error} (after ${options.attempts} attempts)` };
}

/** The signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the body's bytes under `key`. */
export function signature(body: string, key: string): string {
  return `sha256=${createHmac('sha256', key).update(body, 'utf8').digest('hex')}`;
}

/** POSTs `body` (JSON) to `url` with `headers`. */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: DeliveryOptions,
): Promise<Delivery> {
  return withRetries(options, async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Statusbook', ...headers },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
      await response.arrayBuffer();
      if (response.ok) return { ok: true };
      return { ok: false, retry: response.status >= 500 || response.status === 429, error: `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, retry: true, error: fetchError(error, options.timeoutMs) };
    }
  });
}

/** Why a `fetch` threw, in words: "timed out after 10000 ms", or the cause under undici's "fetch failed" (e.g. "connect ECONNREFUSED 127.0.0.1:9"). */
export function fetchError(error: unknown, timeoutMs: number): string {
  if ((error as Error).name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  return ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
}

export interface Mail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Sends `mail` through the SMTP server of `smtpUrl` (`smtp://` or `smtps://user:password@host:port`). */
export function sendMail(smtpUrl: string, mail: Mail, options: DeliveryOptions): Promise<Delivery> {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  });
  return withRetries(options, async () => {
    try {
      await transport.sendMail(mail);
      return { ok: true };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // SMTP 5xx is permanent (a bad address, refused); 4xx and network errors are worth another try.
      return { ok: false, retry: code === undefined || code < 500, error: code ? `SMTP ${code}` : (error as Error).message };
    }
  }).finally(() => transport.close());
}
