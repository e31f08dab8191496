import { describe, expect, it } from 'vitest';
import { componentSchema, siteSchema } from './schema.ts';

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

describe('targets', () => {
  const component = (extra: object) => componentSchema.safeParse({ id: 'api', name: 'Public API', ...extra });

  it('takes a component target between 0 and 100, and none by default', () => {
    expect(component({ target: 99.95 }).data?.target).toBe(99.95);
    expect(component({}).data?.target).toBeUndefined();
  });

  it('refuses a target of 100 or more, 0 or less, or written as text, for a component and for the site', () => {
    for (const target of [100, 100.5, 0, -1, '99.9%']) {
      expect(component({ target }).success, String(target)).toBe(false);
      expect(site({ uptimeTarget: target }).success, String(target)).toBe(false);
    }
    expect(component({ target: 100 }).error?.issues[0]?.message).toBe(
      'must be below 100: a target of 100% allows no downtime at all, so it has no error budget; write a percent such as target: 99.95',
    );
  });

  it('refuses a component id that ends like its budget badge', () => {
    expect(componentSchema.safeParse({ id: 'api-budget-30d', name: 'Collides' }).success).toBe(false);
  });
});
