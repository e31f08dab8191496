/**
 * What markup a body may contain, as one allowlist: GitHub's (hast-util-sanitize's default
 * schema, which rehype-sanitize applies) with links limited to `https:`, `http:` and
 * `mailto:`, and images to `https:`. Rendered Markdown bodies are sanitized with it; the
 * content check reports, with file and line, what it would strip from Markdown and what it
 * rejects in MDX (where JSX cannot be stripped).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html as htmlInfo } from 'property-information';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { plainText } from './schema.ts';
import { excerpt } from './errors.ts';

/** Schemes a link (`href`, a post-mortem, `url` in site.yaml) may use. */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto'] as const;

/** The allowlist: GitHub's, with safer URL schemes and no form controls. */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  protocols: { ...defaultSchema.protocols, href: [...LINK_PROTOCOLS], src: ['https'], cite: ['https', 'http'] },
};

/** Gives every image an `alt` (empty: decorative) when the author wrote none: HTML requires one. */
function imagesHaveAlt() {
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element' && node.tagName === 'img' && node.properties['alt'] === undefined) node.properties['alt'] = '';
    if ('children' in node) for (const child of node.children) visit(child);
  };
  return (tree: Root) => visit(tree);
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, BODY_SCHEMA)
  .use(imagesHaveAlt)
  .use(rehypeStringify);

/**
 * `html` with everything outside {@link BODY_SCHEMA} removed: scripts, event handlers,
 * `style`, iframes, `javascript:` and `data:` URLs, and control characters.
 *
 * @example
 * sanitizeHtml('<p onclick="x()">Hi<script>x()</script></p>') //=> '<p>Hi</p>'
 */
export function sanitizeHtml(html: string): string {
  return plainText(String(processor.processSync(html)));
}

/**
 * The scheme of a URL as a browser reads it (tabs and newlines removed, case ignored), or
 * undefined for a relative URL.
 *
 * @example
 * urlScheme('java\tScript:alert(1)') //=> 'javascript'
 * urlScheme('/incidents/') //=> undefined
 */
export function urlScheme(url: string): string | undefined {
  // Browsers drop tabs and newlines anywhere in a URL and leading C0 controls and spaces.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const colon = cleaned.indexOf(':');
  if (colon < 0) return undefined;
  const before = cleaned.slice(0, colon);
  return /[/?#]/.test(before) ? undefined : before.toLowerCase();
}

/** Whether `url` is relative or uses one of `protocols`. */
export function isAllowedUrl(url: string, protocols: readonly string[] = LINK_PROTOCOLS): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || protocols.includes(scheme);
}

/** One thing the allowlist does not permit, in words. */
export interface Unsafe {
  /** What was found, e.g. `<script>`, `onerror on <img>`, `a javascript: link`. */
  what: string;
}

const allowedTags = new Set(BODY_SCHEMA.tagNames);
const stripped = new Set(BODY_SCHEMA.strip);

function allowedAttribute(tag: string, property: string, value: unknown): boolean {
  const lists = [...(BODY_SCHEMA.attributes?.[tag] ?? []), ...(BODY_SCHEMA.attributes?.['*'] ?? [])];
  return lists.some((entry) => {
    if (typeof entry === 'string') return entry === property;
    const [name, ...values] = entry;
    if (name !== property) return false;
    if (values.length === 0) return true;
    const list = Array.isArray(value) ? value : [value];
    return list.every((item) =>
      values.some((allowed) => (allowed instanceof RegExp ? allowed.test(String(item)) : allowed === item)),
    );
  });
}

/**
 * What {@link BODY_SCHEMA} does not allow in one element, given its tag and attributes
 * as written (HTML names, e.g. `onerror`, `class`, or JSX names such as `onError`).
 *
 * @example
 * unsafeElement('img', { src: 'http://a.example/b.png', onerror: 'alert(1)' })
 * //=> [{ what: 'src="http://a.example/b.png" on <img> (only https:)' }, { what: 'onerror on <img>' }]
 */
export function unsafeElement(tag: string, attributes: Readonly<Record<string, unknown>>): Unsafe[] {
  const name = tag.toLowerCase();
  if (stripped.has(name) || !allowedTags.has(name)) return [{ what: `<${name}>` }];
  const found: Unsafe[] = [];
  for (const [attribute, value] of Object.entries(attributes)) {
    const property = find(htmlInfo, attribute === 'className' ? 'class' : attribute).property;
    if (!allowedAttribute(name, property, value)) {
      found.push({ what: `${attribute} on <${name}>` });
      continue;
    }
    const protocols = BODY_SCHEMA.protocols?.[property];
    if (protocols && typeof value === 'string' && !isAllowedUrl(value, protocols)) {
      found.push({
        what: `${attribute}="${excerpt(value, 40)}" on <${name}> (only ${protocols.map((p) => `${p}:`).join(', ')})`,
      });
    }
  }
  return found;
}

/**
 * What {@link BODY_SCHEMA} does not allow in a fragment of raw HTML, as written in Markdown.
 *
 * @example
 * unsafeHtml('<details ontoggle="x()"><summary>More</summary></details>') //=> [{ what: 'ontoggle on <details>' }]
 */
export function unsafeHtml(fragment: string): Unsafe[] {
  const tree: Root = fromHtml(fragment, { fragment: true });
  const found: Unsafe[] = [];
  const visit = (node: Root | Element) => {
    if (node.type === 'element') {
      const attributes: Record<string, unknown> = {};
      for (const [property, value] of Object.entries(node.properties)) attributes[find(htmlInfo, property).attribute] = value;
      found.push(...unsafeElement(node.tagName, attributes));
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
  return found;
}
