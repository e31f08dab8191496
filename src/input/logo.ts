/**
 * The site's logo: a file beside site.yaml, published as `/logo.<ext>` and shown with
 * `<img>`. An image loaded by `<img>` runs no script, but anyone can open `/logo.svg`
 * directly, where an SVG would run in the status page's origin: so an SVG may hold no
 * script, event handler, embedded document or reference to anything outside itself.
 */

/** The largest logo accepted. */
export const MAX_LOGO_BYTES = 100 * 1024;

/** What an SVG logo may not contain, with the reason an engineer reads. */
const SVG_REFUSED: ReadonlyArray<[RegExp, string]> = [
  [/<script\b/i, 'a <script> element'],
  [/<(?:foreignObject|iframe|embed|object|audio|video|handler|listener)\b/i, 'an embedded document or media element'],
  [/\son[a-z]+\s*=/i, 'an event attribute (onload=, onclick=…)'],
  [/javascript:/i, 'a javascript: link'],
  [/(?:href|src)\s*=\s*["']?\s*(?!#)[^"'\s>]/i, 'a reference to another file or address (only #fragments are allowed)'],
  [/url\(\s*["']?\s*(?!#)[^)"'\s]/i, 'a url() to another file or address'],
  [/<!ENTITY|<\?xml-stylesheet|@import/i, 'an entity, stylesheet or import'],
];

/** The problem with a logo's bytes, or undefined when it may be published. */
export function logoProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_LOGO_BYTES)
    return `is ${Math.ceil(bytes.length / 1024)} KB; a logo may be at most ${MAX_LOGO_BYTES / 1024} KB`;
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (name.endsWith('.png')) return ascii(1, 4) === 'PNG' && bytes[0] === 0x89 ? undefined : 'is not a PNG image';
  if (name.endsWith('.webp')) return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP' ? undefined : 'is not a WebP image';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not an SVG image (not UTF-8 text)';
  }
  if (!/<svg[\s>]/i.test(text)) return 'is not an SVG image (no <svg> element)';
  const refused = SVG_REFUSED.find(([pattern]) => pattern.test(text));
  return refused && `holds ${refused[1]}, which could run script when the logo is opened on its own`;
}

/** The media type a logo is served with. */
export function logoType(name: string): string {
  return name.endsWith('.svg') ? 'image/svg+xml' : name.endsWith('.png') ? 'image/png' : 'image/webp';
}
