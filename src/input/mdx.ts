/**
 * Bodies, read before Astro renders them. Content is input, not code: MDX bodies may hold
 * Markdown, allowlisted HTML and the components the page provides, with text props, and
 * nothing that runs (imports, exports, `{expressions}`); syntax errors and unknown
 * components are reported with their file and line. Markdown bodies are checked for what
 * the sanitizer will strip. Incident bodies that use no MDX syntax are recognised so they
 * can be rendered as plain Markdown. Parsing uses satteri, the parser Astro itself runs on.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { didYouMean, excerpt, type ContentError } from './errors.ts';
import type { BodyLink, ComponentUse } from './validate.ts';
import { REQUIRED_REVIEW_PROPS, REVIEW_COMPONENT_PROPS, type ReviewProp } from './schema.ts';
import { isAllowedUrl, LINK_PROTOCOLS, unsafeElement, unsafeHtml } from './sanitize.ts';

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value?: string };
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attribute[];
  position?: { start: { line: number } };
  children?: Node[];
}

const WHAT_MDX_MAY_HOLD =
  'content MDX may hold Markdown, the HTML elements of docs/authoring.md ("What a body may contain") and the components the page provides, with text props';

const MDX_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Reports problems in an MDX `body` that starts on line `firstLine` of `file`. `provided`
 * lists the components the page rendering this file passes in; others must be imported.
 */
export function checkMdxBody(
  body: string,
  firstLine: number,
  file: string,
  provided: ReadonlySet<string>,
  errors: ContentError[],
  links: BodyLink[] = [],
): ComponentUse[] {
  const uses: ComponentUse[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+): /.exec(message);
    errors.push({
      file,
      line: at ? firstLine + Number(at[1]) - 1 : firstLine,
      field: '(MDX)',
      problem: (at ? message.slice(at[0].length) : message).replace(/ \([\w:-]+\)$/, ''),
      fix: 'fix the MDX: close every { and <Tag>, or write a literal { as \\{ and < as &lt; (or rename the file to .md for plain Markdown)',
    });
    return uses;
  }
  const line = (node: Node) => firstLine + (node.position?.start.line ?? 1) - 1;
  const report = (node: Node, problem: string, fix: string) =>
    errors.push({ file, line: line(node), field: '(MDX)', problem, fix });
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          `"${excerpt(node.value ?? '')}" is an import or export: code would run when the site is built`,
          `remove it; ${WHAT_MDX_MAY_HOLD}`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (COMMENT.test(node.value ?? '')) return;
        report(
          node,
          `{${excerpt(node.value ?? '')}} is an expression: code would run when the site is built`,
          'write the text itself, or a literal { as \\{',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const use = checkElement(node, provided, report);
        if (use) uses.push({ ...use, line: line(node) });
        return;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isAllowedUrl(node.url, node.type === 'image' ? ['https'] : LINK_PROTOCOLS)) {
          report(node, `links to "${excerpt(node.url)}"`, urlFix(node.type));
        } else if (node.url !== undefined) links.push({ url: node.url, line: line(node) });
    }
  });
  return uses;
}

/**
 * A JSX element: a provided component with text props it accepts, or an allowlisted HTML
 * element. Returns a provided component's use, for the rules that need other files.
 */
function checkElement(
  node: Node,
  provided: ReadonlySet<string>,
  report: (node: Node, problem: string, fix: string) => void,
): Omit<ComponentUse, 'line'> | undefined {
  if (!node.name) {
    report(node, 'has a fragment (<>…</>)', 'remove the <> and </>');
    return undefined;
  }
  const attributes: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(node, `<${node.name}> spreads an expression into its props`, 'write each prop as name="text"');
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(
        node,
        `<${node.name} ${attribute.name}={${excerpt(attribute.value.value ?? '')}}> passes an expression: code would run when the site is built`,
        `write the prop as text, e.g. ${attribute.name}="…"`,
      );
      continue;
    }
    attributes[attribute.name] = attribute.value ?? true;
  }
  if (/^[A-Z]/.test(node.name)) {
    const name = node.name;
    if (!provided.has(name)) {
      report(
        node,
        `<${node.name}> is not a component this page provides`,
        provided.size > 0
          ? suggest(name.split('.')[0]!, provided)
          : 'remove the tag: incident bodies use Markdown and plain HTML only',
      );
      return undefined;
    }
    checkProps(node, name as keyof typeof REVIEW_COMPONENT_PROPS, attributes, report);
    return { name, props: attributes };
  }
  for (const unsafe of unsafeElement(node.name, attributes)) {
    report(node, `${unsafe.what} is not allowed`, `remove it; ${WHAT_MDX_MAY_HOLD}`);
  }
  return undefined;
}

/** A review component's props: known names, and values of the right kind. */
function checkProps(
  node: Node,
  name: keyof typeof REVIEW_COMPONENT_PROPS,
  props: Readonly<Record<string, unknown>>,
  report: (node: Node, problem: string, fix: string) => void,
): void {
  const accepted: Record<string, ReviewProp> = REVIEW_COMPONENT_PROPS[name] ?? {};
  const usage = (prop: string, rule: ReviewProp) =>
    rule === 'flag' ? prop : Array.isArray(rule) ? `${prop}="${rule[0]}"` : `${prop}="…"`;
  const known = Object.entries(accepted).map(([prop, rule]) => usage(prop, rule));
  for (const [prop, value] of Object.entries(props)) {
    const rule = accepted[prop];
    if (rule === undefined) {
      const guess = didYouMean(prop, Object.keys(accepted));
      report(
        node,
        `<${name}> has no prop "${prop}"`,
        guess ? `did you mean ${guess}?` : known.length > 0 ? `use ${known.join(', ')}` : `write <${name} /> without props`,
      );
    } else if (rule === 'flag' ? value !== true : typeof value !== 'string' || value === '') {
      report(node, `<${name} ${prop}> needs ${rule === 'flag' ? 'no value' : 'a text value'}`, `write ${usage(prop, rule)}`);
    } else if (Array.isArray(rule) && !rule.includes(value as string)) {
      report(
        node,
        `<${name} ${prop}="${excerpt(String(value))}"> is not a choice it knows`,
        `write one of: ${rule.map((v) => `${prop}="${v}"`).join(', ')}`,
      );
    }
  }
  for (const prop of REQUIRED_REVIEW_PROPS[name] ?? []) {
    if (props[prop] === undefined) report(node, `<${name}> needs a ${prop}`, `write e.g. <${name} ${prop}="queued-emails" />`);
  }
}

/** What to write instead of a link or image URL with a scheme that is not allowed. */
function urlFix(type: string): string {
  return type === 'image'
    ? 'use an https: image URL, or a path on this site'
    : 'link to an https:, http: or mailto: URL, or a path on this site';
}

/**
 * Reports what the sanitizer will strip from a Markdown `body` (raw HTML outside the
 * allowlist, links and images with other schemes) as warnings: the body still builds,
 * without those parts.
 */
export function checkMarkdownBody(
  body: string,
  firstLine: number,
  file: string,
  warnings: ContentError[],
  links: BodyLink[] = [],
): void {
  let tree: Node;
  try {
    tree = markdownToMdast(body) as unknown as Node;
  } catch {
    // Markdown always parses; a parser failure is left to the renderer, which names the file.
    return;
  }
  walk(tree, (node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    const warn = (problem: string, fix: string) => warnings.push({ file, line, field: '(body)', problem, fix });
    if (node.type === 'html' && node.value) {
      for (const unsafe of unsafeHtml(node.value)) {
        warn(
          `${unsafe.what} will be removed when the site is built`,
          'remove it: bodies may hold the HTML elements listed in docs/authoring.md',
        );
      }
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      if (!isAllowedUrl(node.url, node.type === 'image' ? ['https'] : LINK_PROTOCOLS)) {
        warn(`the link to "${excerpt(node.url)}" will be removed when the site is built`, urlFix(node.type));
      } else links.push({ url: node.url, line });
    }
  });
}

/**
 * Links whose closing parenthesis is missing, `[post-mortem](https://…`: Markdown prints them
 * as text. Found line by line (a link's address never spans lines), outside code.
 *
 * @example
 * unclosedLinks('See [post-mortem](https://example.com/pm\n', 9, 'x.md')[0].line //=> 9
 */
export function unclosedLinks(body: string, firstLine: number, file: string): ContentError[] {
  let fenced = false;
  return body.split('\n').flatMap((text, index): ContentError[] => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return [];
    const prose = text.replace(/`[^`]*`/g, '');
    return /\]\([^)]*$/.test(prose)
      ? [
          {
            file,
            line: firstLine + index,
            field: '(body)',
            problem: 'this link is not closed: it prints as text',
            fix: 'add the closing parenthesis: [words](address)',
          },
        ]
      : [];
  });
}

function suggest(name: string, provided: ReadonlySet<string>): string {
  const guess = didYouMean(name, provided);
  return guess ? `did you mean <${guess} />?` : `use one of: ${[...provided].map((c) => `<${c} />`).join(', ')}`;
}

/**
 * Whether an MDX body uses no MDX syntax (imports, expressions, JSX) beyond `{/* comments *\/}`,
 * so that rendering it as Markdown gives the same page. Bodies that do not parse count
 * as MDX: the MDX compiler then reports them.
 */
export function isPlainMarkdown(body: string): boolean {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch {
    // Not valid MDX: leave it to the MDX compiler, which names the file and line.
    return false;
  }
  let plain = true;
  walk(tree, (node) => {
    if (!MDX_NODES.has(node.type)) return;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && COMMENT.test(node.value ?? '')) return;
    plain = false;
  });
  return plain;
}

/** Removes MDX comments, `{/* … *\/}`, which Markdown would otherwise show as text. */
export function stripMdxComments(body: string): string {
  return body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
}
