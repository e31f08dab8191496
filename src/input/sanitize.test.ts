import { describe, expect, it } from 'vitest';
import { isAllowedUrl, sanitizeHtml, unsafeElement, urlScheme } from './sanitize.ts';

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers, frames and javascript: URLs', () => {
    expect(sanitizeHtml('<p onclick="x()">Hi<script>x()</script></p>')).toBe('<p>Hi</p>');
    expect(sanitizeHtml('<img src="https://a.example/b.png" onerror="x()">')).toBe('<img src="https://a.example/b.png" alt="">');
    expect(sanitizeHtml('<a href="JaVaScRiPt:alert(1)">x</a><a href="java&#9;script:alert(1)">y</a>')).toBe('<a>x</a><a>y</a>');
    expect(
      sanitizeHtml('<iframe srcdoc="<script>x()</script>"></iframe><details ontoggle="x()" open><summary>S</summary></details>'),
    ).toBe('<details open><summary>S</summary></details>');
    expect(sanitizeHtml('<img src="data:image/svg+xml,x"><img src="http://a.example/b.png">')).toBe('<img alt=""><img alt="">');
  });

  it('gives an image without alt an empty one (HTML requires it), and keeps an alt written', () => {
    expect(sanitizeHtml('<img src="https://a.example/b.png">')).toBe('<img src="https://a.example/b.png" alt="">');
    expect(sanitizeHtml('<img src="https://a.example/b.png" alt="Graph">')).toBe(
      '<img src="https://a.example/b.png" alt="Graph">',
    );
  });

  it('keeps what authors need: tables, details, code, https images, links', () => {
    const safe =
      '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><details><summary>Log</summary><pre><code class="language-sh">ls</code></pre></details><img src="https://a.example/b.png" alt="b"><a href="mailto:a@example.com">mail</a><a href="/history/">history</a>';
    expect(sanitizeHtml(safe)).toBe(safe);
  });
});

describe('urlScheme and isAllowedUrl', () => {
  it('reads the scheme as a browser does', () => {
    expect(urlScheme('java\tScript:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0001javascript:x')).toBe('javascript');
    expect(urlScheme('/incidents/a:b')).toBeUndefined();
    expect(urlScheme('#x')).toBeUndefined();
  });

  it('allows relative, https, http and mailto links only', () => {
    expect(['https://a.example', 'http://a.example', 'mailto:a@example.com', '/x', 'x#y'].every((url) => isAllowedUrl(url))).toBe(
      true,
    );
    expect(['javascript:x', 'data:text/html,x', 'vbscript:x', 'JAVASCRIPT:x'].some((url) => isAllowedUrl(url))).toBe(false);
  });
});

describe('unsafeElement', () => {
  it('names each disallowed tag, attribute and URL', () => {
    expect(unsafeElement('svg', {})).toEqual([{ what: '<svg>' }]);
    expect(unsafeElement('p', { style: 'x', onMouseOver: 'x' })).toEqual([
      { what: 'style on <p>' },
      { what: 'onMouseOver on <p>' },
    ]);
    expect(unsafeElement('img', { src: 'http://a.example/b.png' })).toEqual([
      { what: 'src="http://a.example/b.png" on <img> (only https:)' },
    ]);
    expect(unsafeElement('a', { href: 'https://a.example', title: 't' })).toEqual([]);
  });
});
