import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, logoProblem, logoType } from './logo.ts';

const svg = (inner: string) =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">${inner}</svg>`);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');

describe('logoProblem', () => {
  it('accepts a plain SVG, a PNG and a WebP', () => {
    expect(
      logoProblem('logo.svg', svg('<title>Acme</title><path fill="#e8730c" d="M0 0h8v8z"/><use href="#a"/>')),
    ).toBeUndefined();
    expect(logoProblem('logo.png', PNG)).toBeUndefined();
    expect(logoProblem('logo.webp', WEBP)).toBeUndefined();
  });
  it('refuses an SVG that could run script or load anything when opened on its own', () => {
    for (const inner of [
      '<script>alert(1)</script>',
      '<rect onload="alert(1)"/>',
      '<foreignObject><iframe src="x"></iframe></foreignObject>',
      '<a href="javascript:alert(1)"><rect/></a>',
      '<image href="https://tracker.example/p.png"/>',
      '<image xlink:href="data:image/png;base64,AAAA"/>',
      '<style>@import "https://x.example/a.css";</style>',
      '<rect style="fill: url(https://x.example/a.svg#p)"/>',
    ]) {
      expect(logoProblem('logo.svg', svg(inner)), inner).toMatch(/^holds /);
    }
  });
  it('refuses files that are not what their name says, or too large', () => {
    expect(logoProblem('logo.png', svg(''))).toBe('is not a PNG image');
    expect(logoProblem('logo.webp', PNG)).toBe('is not a WebP image');
    expect(logoProblem('logo.svg', PNG)).toMatch(/^is not an SVG image/);
    expect(logoProblem('logo.svg', new TextEncoder().encode('<html></html>'))).toBe('is not an SVG image (no <svg> element)');
    expect(logoProblem('logo.png', new Uint8Array(MAX_LOGO_BYTES + 1))).toBe('is 101 KB; a logo may be at most 100 KB');
  });
  it('names the media type', () => {
    expect([logoType('logo.svg'), logoType('logo.png'), logoType('logo.webp')]).toEqual([
      'image/svg+xml',
      'image/png',
      'image/webp',
    ]);
  });
});
