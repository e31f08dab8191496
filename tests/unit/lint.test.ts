/**
 * The rule that keeps components display-only: a component may import the types of the
 * views it formats, never the model, the engine or the content rules.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (filePath: string, frontmatter: string) => {
  const [result] = await eslint.lintText(`---\n${frontmatter}\n---\n\n<p>{String(1)}</p>\n`, { filePath });
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports');
};

describe('components only format', () => {
  it('fails a component that imports the model', async () => {
    const messages = await lint('src/components/Bad.astro', "import { model } from '../model/current.ts';\nvoid model;");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/Components only format/);
  });
  it('fails a component or layout that imports the engine, the vocabulary or the content rules', async () => {
    for (const [file, source] of [
      ['src/components/review/Bad.astro', "import { incidentState } from '../../engine/incident.ts';"],
      ['src/components/Bad.astro', "import { IMPACT_LABELS } from '../model/vocabulary.ts';"],
      ['src/layouts/Bad.astro', "import { loadValidContent } from '../input/load.ts';"],
    ] as const) {
      expect(await lint(file, `${source}\nvoid 0;`), file).toHaveLength(1);
    }
  });
  it('lets a component import the types of its views, and formatting', async () => {
    const source = [
      "import type { IncidentView } from '../model/views.ts';",
      "import { formatMinutes } from '../format/figures.ts';",
      "import { url } from '../format/url.ts';",
      'const view: IncidentView | undefined = undefined;',
      'void [view, formatMinutes, url];',
    ].join('\n');
    expect(await lint('src/components/Good.astro', source)).toEqual([]);
  });
  it('lets pages import the model: they pick the views', async () => {
    expect(await lint('src/pages/good.astro', "import { model } from '../model/current.ts';\nvoid model;")).toEqual([]);
  });
});

/** The rule that keeps the stages one-way: input → engine → model → outputs → pages. */
describe('the stages run one way', () => {
  const lintTs = async (filePath: string, source: string) => {
    const [result] = await eslint.lintText(`${source}\nvoid 0;\n`, { filePath });
    return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports');
  };
  it('fails an import from a later stage', async () => {
    for (const [file, source] of [
      ['src/input/bad.ts', "import { buildSiteModel } from '../model/site.ts';"],
      ['src/input/bad.ts', "import type { SiteModel } from '../model/site.ts';"],
      ['src/input/bad.ts', "import { computeUptime } from '../engine/uptime.ts';"],
      ['src/engine/bad.ts', "import { BAR_DAYS } from '../model/site.ts';"],
      ['src/engine/bad.ts', "import { uptimeJson } from '../outputs/api.ts';"],
      ['src/engine/bad.ts', "import { loadValidContent } from '../input/load.ts';"],
      ['src/engine/bad.ts', "import { UNCATEGORISED } from '../input/schema.ts';"],
      ['src/model/bad.ts', "import { feeds } from '../outputs/feeds.ts';"],
      ['src/model/bad.ts', "import Banner from '../components/Banner.astro';"],
      ['src/outputs/bad.ts', "import Page from '../pages/index.astro';"],
      ['src/outputs/nested/bad.ts', "import Stat from '../../components/review/Uptime.astro';"],
    ] as const) {
      const messages = await lintTs(file, source);
      expect(messages, `${file}: ${source}`).toHaveLength(1);
      expect(messages[0]!.message).toMatch(/imports only from earlier stages/);
    }
  });
  it('lets a stage import earlier stages, the engine read the schema types, and input the calendar', async () => {
    for (const [file, source] of [
      ['src/input/good.ts', "import { monthOf } from '../engine/time.ts';"],
      ['src/input/good.ts', "import { isPublishedAt } from '../engine/as-of.ts';"],
      ['src/input/good.ts', "import { siteRoutes } from '../format/routes.ts';"],
      ['src/engine/good.ts', "import type { LoadedIncident } from '../input/validate.ts';"],
      ['src/model/good.ts', "import { UNCATEGORISED } from '../input/schema.ts';"],
      ['src/model/good.ts', "import { computeUptime } from '../engine/uptime.ts';"],
      ['src/outputs/good.ts', "import { buildSiteModel } from '../model/site.ts';"],
    ] as const) {
      expect(await lintTs(file, source), `${file}: ${source}`).toEqual([]);
    }
  });
  it('lets tests beside a module span the stages', async () => {
    expect(await lintTs('src/engine/as-of.test.ts', "import { buildSiteModel } from '../model/site.ts';")).toEqual([]);
  });
});
