import { describe, expect, it } from 'vitest';
import { catalogs, headingCase, inLanguage } from './catalog.ts';

const reference = catalogs.en;

describe('catalogs', () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    describe(locale, () => {
      it('has exactly English’s keys', () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
      });
      it('has every plural form Intl.PluralRules uses for the language, and no other', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const [key, value] of Object.entries(catalog)) {
          if (typeof value === 'string') continue;
          expect({ key, forms: Object.keys(value).sort() }).toEqual({ key, forms: [...categories].sort() });
        }
      });
      it('writes every message in the same kind as English (plain or plural)', () => {
        for (const [key, value] of Object.entries(catalog)) {
          expect({ key, kind: typeof value }).toEqual({ key, kind: typeof reference[key as keyof typeof reference] });
        }
      });
    });
  }
});

describe('inLanguage', () => {
  it('marks text in another language than the page with its lang and direction, and text in the page’s with nothing', () => {
    expect(inLanguage('en', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(inLanguage('ar', 'da')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(inLanguage('da', 'da')).toEqual({});
  });
});

describe('headingCase', () => {
  it('capitalises a heading that begins with a lower-case month, and leaves scripts without case alone', () => {
    expect(headingCase('juni 2026 i tal', 'da')).toBe('Juni 2026 i tal');
    expect(headingCase('Juni 2026', 'de')).toBe('Juni 2026');
    expect(headingCase('يونيو 2026', 'ar')).toBe('يونيو 2026');
  });
});
