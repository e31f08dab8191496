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
