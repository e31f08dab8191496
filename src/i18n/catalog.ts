/**
 * Interface text per language (section 10 of the contract). One catalog file per language,
 * named by its BCP 47 code; English is the reference and every other catalog must have
 * exactly its keys, so a missing or stray key fails `npm run check`.
 */

import { ar } from './ar.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { nb } from './nb.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';

/** A message whose words follow a count: one entry per `Intl.PluralRules` category. */
export type PluralMessage = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** What every language's catalog must hold: en's keys, a plain or a plural message each. */
export type Catalog = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralMessage;
};

export const catalogs = { en, da, de, fr, es, nl, sv, nb, ja, ar } as const satisfies Record<string, Catalog>;

/** A language the site can be shown in, by its BCP 47 code. */
export type Locale = keyof typeof catalogs;

/** The language of the pages at `/` unless `site.yaml` says otherwise. */
export const DEFAULT_LOCALE: Locale = 'en';

export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
export type PluralKey = Exclude<keyof Catalog, MessageKey>;

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A catalog message with its placeholders filled in.
 *
 * @example
 * message('budget.left', { percent: '61 %' }, 'da') //=> '61 % tilbage'
 */
export function message(key: MessageKey, values: Readonly<Record<string, string>> = {}, locale: Locale = DEFAULT_LOCALE): string {
  return fill(catalogs[locale][key], values);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The `Intl.PluralRules` category a count takes in a language. */
export function pluralCategory(n: number, locale: Locale = DEFAULT_LOCALE): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * A plural message in the form the count takes, `{n}` replaced by `shown` (the count as
 * the caller formatted it).
 *
 * @example
 * pluralMessage('count.incidents', 2, '2', 'da') //=> '2 hændelser'
 */
export function pluralMessage(key: PluralKey, n: number, shown: string, locale: Locale = DEFAULT_LOCALE): string {
  const forms: PluralMessage = catalogs[locale][key];
  return fill(forms[pluralCategory(n, locale)] ?? forms.other, { n: shown });
}

/**
 * Text that begins a heading, its first letter in capitals: a month begins lower-case in
 * Danish, French or Spanish ("juni 2026") but a heading does not.
 *
 * @example
 * headingCase('juni 2026 i tal', 'da') //=> 'Juni 2026 i tal'
 */
export function headingCase(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * A language's name in that language, as a language switcher shows it.
 *
 * @example
 * languageName('da') //=> 'Dansk'
 */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return headingCase(name, locale);
}

/**
 * A language's name as another language says it, inside a sentence.
 *
 * @example
 * languageNameIn('en', 'da') //=> 'engelsk'
 */
export function languageNameIn(locale: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
}

/** Languages written right to left among those with a catalog: their pages take `dir="rtl"`. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The direction a language is written in, for `<html dir>`.
 *
 * @example
 * textDirection('ar') //=> 'rtl'
 */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The attributes of text in another language than the page's (an untranslated title, a
 * review shown in its original): its `lang`, so screen readers pronounce it right, and its
 * `dir`, so an English sentence in an Arabic page keeps its full stop at its end. Nothing
 * when the text is in the page's language.
 *
 * @example
 * inLanguage('en', 'ar') //=> { lang: 'en', dir: 'ltr' }
 * inLanguage('da', 'da') //=> {}
 */
export function inLanguage(text: Locale, page: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return text === page ? {} : { lang: text, dir: textDirection(text) };
}

/** A language's messages, as pages and components use them: `t('key', { name })`, `t.plural('key', n)`. */
export interface Translator {
  (key: MessageKey, values?: Readonly<Record<string, string>>): string;
  readonly locale: Locale;
  /** A plural message; `{n}` is `shown`, else the count in the language's digits. */
  plural: (key: PluralKey, n: number, shown?: string) => string;
  /**
   * A message cut where placeholder `slot` stands, for a page that puts an element there
   * (a link, a `<time>`): `[before, after]`, so word order stays the language's.
   */
  parts: (key: MessageKey, slot: string, values?: Readonly<Record<string, string>>) => [string, string];
  /**
   * A message as text pieces and the names of the placeholders `values` does not fill, in
   * the language's order: what `<Message>` renders, putting an element where each name stands.
   */
  segments: (key: MessageKey, values?: Readonly<Record<string, string>>) => Segment[];
}

/** A piece of a message: text, or the name of a placeholder a page fills with an element. */
export type Segment = { text: string } | { slot: string };

/**
 * A template cut at the placeholders `values` leaves open; the template is cut before it is
 * filled, so a value that looks like a placeholder stays text.
 *
 * @example
 * segments('Join {list} by {date}.', { date: '1 June' }) //=> [{ text: 'Join ' }, { slot: 'list' }, { text: ' by 1 June.' }]
 */
export function segments(template: string, values: Readonly<Record<string, string>> = {}): Segment[] {
  const pieces: Segment[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    text += template.slice(last, match.index);
    last = match.index + match[0].length;
    if (name in values) {
      text += values[name];
      continue;
    }
    if (text) pieces.push({ text });
    pieces.push({ slot: name });
    text = '';
  }
  text += template.slice(last);
  if (text) pieces.push({ text });
  return pieces;
}

const translators = new Map<Locale, Translator>();

/**
 * The messages of one language, bound to it.
 *
 * @example
 * translator('da').plural('count.incidents', 2) //=> '2 hændelser'
 */
export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false });
    const bound = (key: MessageKey, values: Readonly<Record<string, string>> = {}) => message(key, values, locale);
    t = Object.assign(bound, {
      locale,
      plural: (key: PluralKey, n: number, shown?: string) => pluralMessage(key, n, shown ?? digits.format(n), locale),
      parts: (key: MessageKey, slot: string, values: Readonly<Record<string, string>> = {}): [string, string] => {
        const [before = '', after = ''] = message(key, { ...values, [slot]: '\u0000' }, locale).split('\u0000');
        return [before, after];
      },
      segments: (key: MessageKey, values: Readonly<Record<string, string>> = {}) => segments(catalogs[locale][key], values),
    });
    translators.set(locale, t);
  }
  return t;
}
