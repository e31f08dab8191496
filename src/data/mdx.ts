/**
 * Checks the body of an `.mdx` file before Astro compiles it: syntax errors and components
 * that no page provides, each reported with its file and line. Parsing uses satteri, the
 * MDX parser Astro's MDX integration itself runs on.
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

/**
 * Reports problems in an MDX `body` that starts on line `firstLine` of `file`. `allowed`
 * lists the components the page rendering this file provides; `'markdown'` means the body
 * is rendered as Markdown (incidents), where MDX-only syntax would show as text.
 */
export function checkMdxBody(
  body: string,
  firstLine: number,
  file: string,
  allowed: ReadonlySet<string> | 'markdown',
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
  const markdownOnly: Node[] = [];
  const walk = (node: Node) => {
    if (allowed === 'markdown' && ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type))
      markdownOnly.push(node);
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
    node.children?.forEach(walk);
  };
  walk(tree);
  for (const node of markdownOnly) {
    errors.push({
      file,
      line: firstLine + (node.position?.start.line ?? 1) - 1,
      field: '(MDX)',
      problem:
        node.type === 'mdxjsEsm'
          ? 'import/export lines are not supported in incident bodies'
          : `the expression {${node.value ?? ''}} is not supported in incident bodies`,
      fix: 'incident bodies are rendered as Markdown: write a literal { as \\{, and keep components for monthly reviews',
    });
  }
  for (const node of used) {
    const name = node.name!.split('.')[0]!;
    if (allowed !== 'markdown' && (allowed.has(name) || imported.has(name))) continue;
    errors.push({
      file,
      line: firstLine + (node.position?.start.line ?? 1) - 1,
      field: '(MDX)',
      problem: `<${node.name}> is not a component this page provides`,
      fix:
        allowed === 'markdown'
          ? 'incident bodies are rendered as Markdown: remove the tag (components belong in monthly reviews)'
          : suggest(name, allowed),
    });
  }
}

function suggest(name: string, allowed: ReadonlySet<string>): string {
  const guess = didYouMean(name, allowed);
  return guess ? `did you mean <${guess} />?` : `use one of: ${[...allowed].map((c) => `<${c} />`).join(', ')}`;
}
