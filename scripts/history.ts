/**
 * Generated status histories for measurements (`npm run bench`, `npm run publish-time`):
 * realistic content of any size from a fixed seed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localTimestamp } from '../src/engine/time.ts';

/** The instant the generated histories end at (and are built as of). */
export const HISTORY_NOW = '2026-11-30T12:00:00Z';

/** A small, fast, seedable PRNG (mulberry32), so every run generates the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a we our customers service requests database queue job server deployment release rollback latency errors ' +
  'timeouts monitoring alert engineers investigated identified cause fix applied traffic region cache node ' +
  'replica failover storage network provider certificate configuration change restored recovered delayed emails ' +
  'imports payments invoices reports dashboard sessions sign-in webhooks api during after before while because'
).split(' ');

const COMPONENTS = ['web-app', 'auth', 'api', 'imports', 'email', 'webhooks', 'payments', 'reports'];
const CATEGORIES = ['queued-emails', 'deployment-rollback', 'peak-slowdowns', 'database', 'network', 'third-party', 'capacity'];

/** Components per group when a history has many (`options.components`), as large pages list them by region. */
const GROUP_SIZE = 20;
const manyComponents = (count: number) => Array.from({ length: count }, (_, i) => `service-${String(i + 1).padStart(4, '0')}`);

export interface HistoryOptions {
  /** Generate this many components (`service-0001`…, in groups of 20) instead of the usual 8. */
  components?: number;
}

const ZONE = 'Europe/Copenhagen';
/** A timestamp as an engineer writes it: local time in the site's zone, with its offset. */
const local = (date: Date) => localTimestamp(date, ZONE);

/**
 * Writes a content folder of `size` incidents into `dir` (replacing it): ten years up to
 * {@link HISTORY_NOW}, 8 components (two added later; or `options.components`, in groups), a mix of degraded, partial, major,
 * maintenance and notices with update timelines and ~150-word MDX bodies, a review a month.
 * The same size always gives the same files.
 */
export function generateHistory(size: number, dir: string, options: HistoryOptions = {}): void {
  const rand = random(42 + size);
  const componentIds = options.components === undefined ? COMPONENTS : manyComponents(options.components);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  // Headlines are short, like real ones ("Emails queued on the job server").
  const title = () => {
    const words = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase());
  };
  const paragraph = (words: number) => {
    const sentences: string[] = [];
    for (let count = 0; count < words; count += 13) sentences.push(sentence());
    return sentences.join(' ');
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reviews'), { recursive: true });
  writeFileSync(
    join(dir, 'site.yaml'),
    `name: Bench Cloud\nurl: https://status.bench.example\ntimezone: ${ZONE}\nuptimeTarget: 99.9\n`,
  );
  writeFileSync(
    join(dir, 'components.yaml'),
    options.components === undefined
      ? COMPONENTS.map(
          (id, i) =>
            `- id: ${id}\n  name: ${id.replace('-', ' ')}\n  group: ${i < 4 ? 'Core' : 'Services'}\n${i >= 6 ? `  since: 20${18 + i}-03-01T00:00:00Z\n` : ''}`,
        ).join('')
      : componentIds
          .map((id, i) => `- id: ${id}\n  name: Service ${i + 1}\n  group: Region ${Math.floor(i / GROUP_SIZE) + 1}\n`)
          .join(''),
  );
  const first = Date.parse('2016-12-01T00:00:00Z');
  const last = Date.parse(HISTORY_NOW) - 86_400_000;
  const starts = Array.from({ length: size }, () => first + Math.floor(rand() * ((last - first) / 60_000)) * 60_000).sort(
    (a, b) => a - b,
  );
  starts.forEach((startMs, index) => {
    const r = rand();
    const impact = r < 0.45 ? 'degraded' : r < 0.75 ? 'partial' : r < 0.85 ? 'major' : r < 0.95 ? 'maintenance' : 'none';
    const minutes = Math.round(5 + rand() ** 3 * 235);
    const start = new Date(startMs);
    const end = new Date(startMs + minutes * 60_000);
    const components = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(componentIds)))];
    const override = rand() < 0.2 && components.length > 1;
    const updates = ['investigating', 'identified', 'monitoring'].slice(0, 1 + Math.floor(rand() * 3));
    const statuses = impact === 'maintenance' ? ['scheduled', 'in-progress'] : updates;
    const timeline = [...statuses, impact === 'maintenance' ? 'completed' : 'resolved'].map((status, i, all) => {
      const at = new Date(startMs + Math.round((minutes * i) / Math.max(1, all.length - 1)) * 60_000);
      return `  - at: ${local(at)}\n    status: ${status}\n    body: ${sentence()}\n`;
    });
    // Named by the local date of its start, as the content check requires.
    const day = local(start).slice(0, 10);
    const folder = join(dir, 'incidents', day.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    const text = [
      '---',
      `title: ${title()}`,
      `impact: ${impact}`,
      `start: ${local(start)}`,
      `end: ${local(end)}`,
      'components:',
      ...components.map((id, i) => (override && i === 1 ? `  - id: ${id}\n    impact: degraded` : `  - ${id}`)),
      `category: ${pick(CATEGORIES)}`,
      'updates:',
      timeline.join('').trimEnd(),
      '---',
      '',
      paragraph(60),
      '',
      paragraph(50),
      '',
      `- ${sentence()}\n- ${sentence()}`,
      '',
      paragraph(30),
      '',
    ].join('\n');
    writeFileSync(join(folder, `${day}-incident-${index + 1}.mdx`), text);
  });
  for (let month = new Date(first); month.getTime() < Date.parse(HISTORY_NOW); month.setUTCMonth(month.getUTCMonth() + 1)) {
    const key = month.toISOString().slice(0, 7);
    const published = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 8, 9));
    if (published.getTime() > Date.parse(HISTORY_NOW)) continue;
    writeFileSync(
      join(dir, 'reviews', `${key}.mdx`),
      `---\nmonth: ${key}\ntitle: Review of ${key}\npublished: ${local(published)}\n---\n\n## Uptime\n\nUptime was <Uptime />, <Target verdict />; downtime came to <Downtime compare="previous" />.\nWe had <IncidentCount /> incidents in <CategoryCount /> kinds.\n\n${paragraph(80)}\n`,
    );
  }
}
