import { describe, expect, it } from 'vitest';
import { catalogs } from './catalog.ts';

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
