/**
 * The same generated history as a cState site (Hugo), for `npm run bench`'s side-by-side
 * run: each incident becomes a cState issue (`content/issues/*.md`: title, date, resolved,
 * resolvedWhen, severity, affected, its body and updates), the components become cState's
 * systems and their groups its categories, and the config is cState's own example
 * (exampleSite/config.yml) with those lists, the theme pointed at the checkout, and nothing
 * that reaches another host.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

interface GeneratedIncident {
  title: string;
  impact: 'major' | 'partial' | 'degraded' | 'maintenance' | 'notice';
  start: string;
  end?: string;
  components: Array<string | { id: string }>;
  updates?: Array<{ at: string; status: string; body: string }>;
}

/** Statusbook's impacts in cState's three severities. */
const SEVERITY: Record<GeneratedIncident['impact'], 'down' | 'disrupted' | 'notice'> = {
  major: 'down',
  partial: 'disrupted',
  degraded: 'disrupted',
  maintenance: 'notice',
  notice: 'notice',
};

/**
 * Writes a Hugo site for cState into `site` from a Statusbook content folder (as
 * scripts/history.ts generates it). `cstate` is a checkout of github.com/cstate/cstate.
 */
export function writeCstateSite(content: string, cstate: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'content/issues'), { recursive: true });
  const components = parse(readFileSync(join(content, 'components.yaml'), 'utf8')) as Array<{
    id: string;
    name: string;
    group?: string;
  }>;
  const names = new Map(components.map((component) => [component.id, component.name]));
  const config = parse(readFileSync(join(cstate, 'exampleSite/config.yml'), 'utf8')) as Record<string, unknown> & {
    params: Record<string, unknown>;
  };
  const groups = [...new Set(components.map((component) => component.group ?? 'Uncategorized'))];
  Object.assign(config, { title: 'Bench Cloud', baseURL: 'https://status.bench.example/', theme: basename(cstate) });
  config['themesDir'] = dirname(cstate);
  Object.assign(config.params, {
    categories: groups.map((name) => ({ name, closed: true })),
    systems: components.map((component) => ({ name: component.name, category: component.group ?? 'Uncategorized' })),
    enableCustomHTML: false,
    googleAnalytics: '',
  });
  writeFileSync(join(site, 'config.yml'), stringify(config));
  for (const file of readdirSync(join(content, 'incidents'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const text = readFileSync(join(content, 'incidents', file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const incident = parse(frontmatter) as GeneratedIncident;
    const updates = (incident.updates ?? [])
      .toReversed()
      .map((update) => `**${update.status}**: ${update.body} {{< track "${update.at}" >}}`);
    const issue = {
      title: incident.title,
      date: incident.start,
      resolved: incident.end !== undefined,
      ...(incident.end === undefined ? {} : { resolvedWhen: incident.end }),
      severity: SEVERITY[incident.impact],
      affected: incident.components.map((component) => {
        const id = typeof component === 'string' ? component : component.id;
        return names.get(id) ?? id;
      }),
      section: 'issue',
    };
    writeFileSync(
      join(site, 'content/issues', basename(file).replace(/\.mdx$/, '.md')),
      `---\n${stringify(issue)}---\n\n${[...updates, body].join('\n\n')}`,
    );
  }
}
