/**
 * The embeddable status notice (embed.js) in each of the site's languages: the template's
 * words, language and root filled in at build time, so the script still needs nothing else.
 */
import template from './embed.js?raw';
import { catalogs, message, textDirection, type Locale, type PluralMessage } from '../i18n/catalog.ts';

/**
 * embed.js for `locale`, served at `root` below the site (`''` or `'da/'`): its notice
 * speaks the language and still reads the one /api/v2/summary.json.
 *
 * @example
 * embedScript('da', 'da/') // contains "critical":"Større nedbrud" and var ROOT = "../"
 */
export function embedScript(locale: Locale, root: string): string {
  const words = {
    // Statuspage's impact names, as summary.json gives them, in our words.
    critical: message('model.impact.major', {}, locale),
    major: message('model.impact.partial', {}, locale),
    minor: message('model.impact.degraded', {}, locale),
    maintenance: message('model.impact.maintenance', {}, locale),
    none: message('model.impact.none', {}, locale),
    // Every plural form: the script picks one with the browser's Intl.PluralRules.
    more: catalogs[locale]['embed.more'] satisfies PluralMessage,
    dismiss: message('embed.dismiss', {}, locale),
  };
  const up = '../'.repeat(root.split('/').filter(Boolean).length) || './';
  return template
    .replace("var ROOT = './';", `var ROOT = ${JSON.stringify(up)};`)
    .replace("var LANG = 'en';", `var LANG = ${JSON.stringify(locale)};`)
    .replace("var DIR = 'ltr';", `var DIR = ${JSON.stringify(textDirection(locale))};`)
    .replace(/var WORDS = \{[\s\S]*?\n {2}\};/, `var WORDS = ${JSON.stringify(words)};`);
}
