import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, checkMdxBody, isPlainMarkdown, stripMdxComments, unclosedLinks } from './mdx.ts';
import { excerpt } from './errors.ts';
import type { ContentError } from './errors.ts';

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
    expect(check('<Chart />\n')).toEqual([
      '10 <Chart> is not a component this page provides — remove the tag: incident bodies use Markdown and plain HTML only',
    ]);
  });
});

describe('checkMdxBody on content that would run code or script', () => {
  const problems = (body: string, provided: string[] = []) => {
    const errors: ContentError[] = [];
    checkMdxBody(body, 10, 'x.mdx', new Set(provided), errors);
    return errors.map((e) => `${e.line} ${e.problem}`);
  };

  it('rejects imports and exports, which would run or read files at build time', () => {
    expect(problems("import env from '/proc/self/environ?raw'\n\n{env}\n")).toEqual([
      `10 "import env from '/proc/self/environ?raw'" is an import or export: code would run when the site is built`,
      '12 {env} is an expression: code would run when the site is built',
    ]);
    expect(problems("import { execSync } from 'node:child_process';\nexport const x = execSync('id');\n")).toHaveLength(1);
    expect(problems('export const frontmatter = { title: "x" };\n')).toEqual([
      '10 "export const frontmatter = { title: "x" };" is an import or export: code would run when the site is built',
    ]);
  });

  it('rejects expressions, in text and in props, but keeps comments', () => {
    expect(problems('Down for {60 * 2} minutes. {/* a comment */}\n')).toEqual([
      '10 {60 * 2} is an expression: code would run when the site is built',
    ]);
    expect(problems('<IncidentCount category={"x"} />\n', ['IncidentCount'])).toEqual([
      '10 <IncidentCount category={"x"}> passes an expression: code would run when the site is built',
    ]);
    expect(problems('<Uptime {...props} />\n', ['Uptime'])).toEqual(['10 <Uptime> spreads an expression into its props']);
  });

  it('rejects HTML outside the allowlist: script, event handlers, iframes, javascript: links', () => {
    expect(problems('<script>alert(1)</script>\n')).toEqual(['10 <script> is not allowed']);
    expect(problems('<img src="https://x.example/a.png" onError="alert(1)" />\n')).toEqual([
      '10 onError on <img> is not allowed',
    ]);
    expect(problems('<details onToggle="alert(1)" open><summary>Log</summary>text</details>\n')).toEqual([
      '10 onToggle on <details> is not allowed',
    ]);
    expect(problems('<iframe srcDoc="x" />\n')).toEqual(['10 <iframe> is not allowed']);
    expect(problems('[reset](JaVaScRiPt:alert(1))\n')).toEqual(['10 links to "JaVaScRiPt:alert(1)"']);
    expect(problems('<a href="java&#9;script:alert(1)">x</a>\n')).toEqual([
      '10 href="java script:alert(1)" on <a> (only https:, http:, mailto:) is not allowed',
    ]);
  });

  it('accepts Markdown, allowlisted HTML and provided components with text props', () => {
    expect(
      problems(
        '| a | b |\n| - | - |\n| 1 | 2 |\n\n<details><summary>Log</summary>`code`</details>\n\n<IncidentCount category="x" words />\n\n[post](https://example.com) [mail](mailto:a@example.com) [page](/history/)\n',
        ['IncidentCount'],
      ),
    ).toEqual([]);
  });
});

describe('checkMarkdownBody', () => {
  const warnings = (body: string) => {
    const found: ContentError[] = [];
    checkMarkdownBody(body, 5, 'x.md', found);
    return found.map((w) => `${w.line} ${w.problem}`);
  };

  it('warns of what the sanitizer will strip, with the line', () => {
    expect(warnings('Text.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [a](javascript:alert(1))\n')).toEqual([
      '7 <script> will be removed when the site is built',
      '9 onerror on <img> will be removed when the site is built',
      '9 the link to "javascript:alert(1)" will be removed when the site is built',
    ]);
    expect(warnings('![chart](http://example.com/a.png) <details ontoggle=alert(1)><summary>x</summary></details>\n')).toEqual([
      '5 the link to "http://example.com/a.png" will be removed when the site is built',
      '5 ontoggle on <details> will be removed when the site is built',
    ]);
  });

  it('says nothing about safe Markdown and HTML', () => {
    expect(
      warnings('<details><summary>Log</summary>\n\n| a |\n| - |\n| 1 |\n\n</details>\n\n[x](https://example.com)\n'),
    ).toEqual([]);
  });
});

describe('excerpt', () => {
  it('cuts quoted input to a line', () => {
    expect(excerpt('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
    expect(excerpt('two\nlines')).toBe('two lines');
  });
});

describe('unclosedLinks', () => {
  const lines = (body: string) => unclosedLinks(body, 9, 'x.md').map((w) => `${w.line} ${w.problem}`);
  it('finds a link without its closing parenthesis, at its line', () => {
    expect(lines('Fixed.\n\nRead the [post-mortem](https://example.com/pm\n')).toEqual([
      '11 this link is not closed: it prints as text',
    ]);
  });
  it('passes closed links, and text in code', () => {
    expect(lines('[a](https://a.example) and [b](/history/)\n\n`[c](d`\n\n```\n[e](f\n```\n')).toEqual([]);
  });
});
