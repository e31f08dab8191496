import { describe, expect, it } from 'vitest';
import { siteSchema } from './schema.ts';

const site = (extra: object) => siteSchema.safeParse({ name: 'Acme', url: 'https://status.acme.example', ...extra });

describe('siteSchema: logo and links', () => {
  it('takes a logo file name and links back to the company, written as valid hrefs', () => {
    const parsed = site({
      logo: 'logo.svg',
      links: { website: 'https://acme.example', support: 'https://acme.example/help me?q=<x>' },
    });
    expect(parsed.success && parsed.data.logo).toBe('logo.svg');
    expect(parsed.success && parsed.data.links).toEqual({
      website: 'https://acme.example/',
      support: 'https://acme.example/help%20me?q=%3Cx%3E',
    });
    expect(site({ links: { support: 'mailto:help@acme.example' } }).data?.links?.support).toBe('mailto:help@acme.example');
  });
  it('refuses a logo outside the content folder or of another type, and links that are not web addresses', () => {
    for (const logo of ['../secret.svg', 'images/logo.svg', 'Logo.SVG', 'logo.gif', '/etc/passwd']) {
      expect(site({ logo }).success, logo).toBe(false);
    }
    expect(site({ links: { website: 'javascript:alert(1)' } }).success).toBe(false);
    expect(site({ links: { website: '/relative' } }).success).toBe(false);
    expect(site({ links: { homepage: 'https://acme.example' } }).success).toBe(false);
  });
});
