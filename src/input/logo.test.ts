import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, logoProblem, logoSize, logoType } from './logo.ts';

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

describe('logoSize', () => {
  const svgText = (root: string) => new TextEncoder().encode(`${root}<title>Acme</title></svg>`);
  /** Real 1×1 WebP files (lossy, lossless, extended with alpha), then with their size fields rewritten. */
  const webp = (base64: string, edit: (view: DataView) => void) => {
    const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
    edit(new DataView(bytes.buffer));
    return bytes;
  };
  const LOSSY = 'UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA';
  const LOSSLESS = 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';
  const EXTENDED =
    'UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==';

  it("reads an SVG's width and height, else its viewBox", () => {
    expect(logoSize('logo.svg', svgText('<svg viewBox="0 0 32 32" width="32" height="32">'))).toEqual({ width: 32, height: 32 });
    expect(logoSize('logo.svg', svgText('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">'))).toEqual({
      width: 120,
      height: 40,
    });
    expect(logoSize('logo.svg', svgText('<svg width="100%" viewBox="0,0,8,8">'))).toEqual({ width: 8, height: 8 });
    expect(logoSize('logo.svg', svgText('<svg width="24.4px" height="12px">'))).toEqual({ width: 24, height: 12 });
  });
  it('keeps the viewBox proportions when an SVG gives one dimension', () => {
    expect(logoSize('logo.svg', svgText('<svg width="64" viewBox="0 0 120 40">'))).toEqual({ width: 64, height: 21 });
    expect(logoSize('logo.svg', svgText("<svg height='20' viewBox='0 0 120 40'>"))).toEqual({ width: 60, height: 20 });
  });
  it('gives no size for an SVG that does not say, in pixels or a viewBox', () => {
    expect(logoSize('logo.svg', svgText('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    expect(logoSize('logo.svg', svgText('<svg width="2em" height="1em">'))).toBeUndefined();
    expect(logoSize('logo.svg', svgText('<svg viewBox="0 0 0 10">'))).toBeUndefined();
  });
  it("reads a PNG's IHDR", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 120, 0, 0, 0, 40,
    ]);
    expect(logoSize('logo.png', png)).toEqual({ width: 120, height: 40 });
    expect(logoSize('logo.png', PNG)).toBeUndefined();
  });
  it("reads a lossy, lossless or extended WebP's header", () => {
    expect(
      logoSize(
        'logo.webp',
        webp(LOSSY, () => {}),
      ),
    ).toEqual({ width: 1, height: 1 });
    expect(
      logoSize(
        'logo.webp',
        webp(LOSSLESS, () => {}),
      ),
    ).toEqual({ width: 1, height: 1 });
    expect(
      logoSize(
        'logo.webp',
        webp(EXTENDED, () => {}),
      ),
    ).toEqual({ width: 1, height: 1 });
    const lossy = webp(LOSSY, (view) => {
      view.setUint16(26, 120, true);
      view.setUint16(28, 40, true);
    });
    expect(logoSize('logo.webp', lossy)).toEqual({ width: 120, height: 40 });
    expect(
      logoSize(
        'logo.webp',
        webp(LOSSLESS, (view) => view.setUint32(21, 120 | (40 << 14), true)),
      ),
    ).toEqual({ width: 121, height: 41 });
    const extended = webp(EXTENDED, (view) => {
      view.setUint16(24, 299, true);
      view.setUint16(27, 99, true);
    });
    expect(logoSize('logo.webp', extended)).toEqual({ width: 300, height: 100 });
    expect(logoSize('logo.webp', WEBP)).toBeUndefined();
  });
});
