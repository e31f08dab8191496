import { describe, expect, it } from 'vitest';
import { checkMdxBody, isPlainMarkdown, stripMdxComments } from '../../src/data/mdx.ts';
import type { ContentError } from '../../src/lib/errors.ts';

describe('isPlainMarkdown', () => {
  it('accepts Markdown and MDX comments', () => {
    expect(isPlainMarkdown('Text with *emphasis*.\n\n- a list\n')).toBe(true);
    expect(isPlainMarkdown('Text. {/* inline comment */}\n\n{/* flow comment */}\n')).toBe(true);
  });
  it('rejects imports, expressions and JSX, and what does not parse', () => {
    expect(isPlainMarkdown('import X from "./x.astro";\n\n<X />\n')).toBe(false);
    expect(isPlainMarkdown('Down for {minutes} minutes.\n')).toBe(false);
    expect(isPlainMarkdown('<details>Log</details>\n')).toBe(false);
    expect(isPlainMarkdown('An unclosed { brace\n')).toBe(false);
  });
});

describe('stripMdxComments', () => {
  it('removes MDX comments only', () => {
    expect(stripMdxComments('a {/* b */} c {/*\nd\n*/}')).toBe('a  c ');
  });
});

describe('checkMdxBody', () => {
  const check = (body: string, provided: string[] = []) => {
    const errors: ContentError[] = [];
    checkMdxBody(body, 10, 'x.mdx', new Set(provided), errors);
    return errors.map((e) => `${e.line} ${e.problem} — ${e.fix}`);
  };

  it('reports syntax errors at their line in the file', () => {
    expect(check('Line one.\n\nAn unclosed { here.\n')).toEqual([
      '12 Unexpected end of file in expression, expected a corresponding closing brace for `{` — fix the MDX: close every { and <Tag>, or write a literal { as \\{ and < as &lt; (or rename the file to .md for plain Markdown)',
    ]);
  });

  it('reports components the page does not provide, with a did-you-mean', () => {
    expect(check('Up <Uptme />.\n', ['Uptime'])).toEqual([
      '10 <Uptme> is not a component this page provides — did you mean <Uptime />?',
    ]);
    expect(check('import Chart from "./chart.astro";\n\n<Chart />\n')).toEqual([]);
    expect(check('<Chart />\n')).toEqual([
      '10 <Chart> is not a component this page provides — remove the tag, or import the component at the top of the file',
    ]);
  });
});
