/**
 * MDX bodies, read before Astro compiles them: syntax errors and components that no page
 * provides are reported with their file and line, and incident bodies that use no MDX
 * syntax are recognised so they can be rendered as plain Markdown. Parsing uses satteri,
 * the parser Astro's MDX integration itself runs on.
 */
import { mdxToMdast } from 'satteri';
import { didYouMean, type ContentError } from '../lib/errors.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

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
): void {
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
    return;
  }
  const imported = new Set<string>();
  const used: Node[] = [];
  walk(tree, (node) => {
    if (node.type === 'mdxjsEsm' && node.value) {
      for (const match of node.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})/g)) {
        for (const name of (match[1] ?? match[2] ?? '').split(','))
          imported.add(
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          );
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name))
      used.push(node);
  });
  for (const node of used) {
    const name = node.name!.split('.')[0]!;
    if (provided.has(name) || imported.has(name)) continue;
    errors.push({
      file,
      line: firstLine + (node.position?.start.line ?? 1) - 1,
      field: '(MDX)',
      problem: `<${node.name}> is not a component this page provides`,
      fix: provided.size > 0 ? suggest(name, provided) : 'remove the tag, or import the component at the top of the file',
    });
  }
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
