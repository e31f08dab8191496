/**
 * The site's logo: a file beside site.yaml, published as `/logo.<ext>` and shown with
 * `<img>`. An image loaded by `<img>` runs no script, but anyone can open `/logo.svg`
 * directly, where an SVG would run in the status page's origin: so an SVG may hold no
 * script, event handler, embedded document or reference to anything outside itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** A logo's intrinsic size in CSS pixels: the `<img>` carries it, so the page reserves its space. */
export interface LogoSize {
  width: number;
  height: number;
}

/**
 * The intrinsic size of a logo's bytes: an SVG's `width` and `height` in pixels, else its
 * `viewBox` (its proportions, which is what the page needs); a PNG's IHDR; a WebP's VP8, VP8L
 * or VP8X header. Undefined when the file does not say (an SVG with neither, or sizes in % or em).
 *
 * @example
 * logoSize('logo.svg', new TextEncoder().encode('<svg viewBox="0 0 120 40"></svg>')) //=> { width: 120, height: 40 }
 */
export function logoSize(name: string, bytes: Uint8Array): LogoSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  const size = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
  if (name.endsWith('.png')) {
    return bytes.length >= 24 && ascii(12, 16) === 'IHDR' ? size(view.getUint32(16), view.getUint32(20)) : undefined;
  }
  if (name.endsWith('.webp')) {
    if (bytes.length < 30) return undefined;
    const chunk = ascii(12, 16);
    // Lossy: a key frame's start code, then 14-bit width and height.
    if (chunk === 'VP8 ' && view.getUint8(23) === 0x9d && view.getUint8(24) === 0x01 && view.getUint8(25) === 0x2a) {
      return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    }
    // Lossless: a signature byte, then width − 1 and height − 1 in 14 bits each.
    if (chunk === 'VP8L' && view.getUint8(20) === 0x2f) {
      const bits = view.getUint32(21, true);
      return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    // Extended: the canvas's width − 1 and height − 1 in 24 bits each.
    const uint24 = (at: number) => view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getUint8(at + 2) << 16);
    return chunk === 'VP8X' ? size(uint24(24) + 1, uint24(27) + 1) : undefined;
  }
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0] ?? '';
  const attribute = (attr: string) => new RegExp(`\\s${attr}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1]?.trim();
  const pixels = (value: string | undefined) =>
    value && /^\d+(?:\.\d+)?(?:px)?$/.test(value) ? Math.round(parseFloat(value)) : undefined;
  const [width, height] = [pixels(attribute('width')), pixels(attribute('height'))];
  if (width !== undefined && height !== undefined) return size(width, height);
  const box = attribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (box?.length !== 4 || box.some(Number.isNaN)) return undefined;
  const [, , boxWidth = 0, boxHeight = 0] = box;
  // One dimension given: the other follows the viewBox's proportions.
  if (width !== undefined) return size(width, Math.round((width * boxHeight) / boxWidth));
  if (height !== undefined) return size(Math.round((height * boxWidth) / boxHeight), height);
  return size(Math.round(boxWidth), Math.round(boxHeight));
}

/** The size of the logo `name` in the content folder `dir` (see {@link logoSize}). */
export function readLogoSize(dir: string, name: string): LogoSize | undefined {
  return logoSize(name, readFileSync(join(dir, name)));
}
