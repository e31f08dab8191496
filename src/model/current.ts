/**
 * The one computed model of a build. Every page, API file and feed imports `model`
 * from here; it is loaded, validated and computed once per build process.
 */
import { ContentErrors, formatError } from '../input/errors.ts';
import { buildSiteModel, type SiteModel } from './site.ts';

export { BAR_DAYS, PAST_DAYS } from './site.ts';
import { buildInstant, contentDirectory } from '../input/environment.ts';
import { loadValidContent } from '../input/load.ts';
import { readLogoSize } from '../input/logo.ts';
import type { Locale } from '../i18n/catalog.ts';

function createModel(): SiteModel {
  const { asOf, replay } = buildInstant();
  // The dev server previews drafts and scheduled content (labelled); builds leave them out entirely.
  const preview = import.meta.env.STATUSBOOK_SHOW_DRAFTS === true;
  // MDX bodies were parsed by the content check before the build; Astro compiles them again.
  // While previewing, the scaffold's placeholders are warnings: the author is still writing.
  // A build refuses them only in what it publishes (drafts and scheduled content warn).
  const { content, errors, warnings } = loadValidContent(contentDirectory(), asOf, {
    checkBodies: false,
    replay,
    placeholders: preview ? 'warning' : 'published',
  });
  if (!content) throw new ContentErrors(errors);
  for (const warning of warnings) console.warn(`warning: ${formatError(warning)}`);
  const logoSize = content.site.logo ? readLogoSize(contentDirectory(), content.site.logo) : undefined;
  return buildSiteModel(content, asOf, { preview, logoSize });
}

export const model: SiteModel = createModel();

/** When this build ran; only `generatedAt` fields show it. */
export const generatedAt = new Date();

/** The site's languages, its own (the pages at `/`) first, then `locales:` in site.yaml's order. */
export const languages: readonly Locale[] = [...new Set([model.site.locale, ...model.site.locales])];

/** A page's paths in one language, as `getStaticPaths` returns them (without `lang`). */
type LanguagePaths<Params, Props> = ReadonlyArray<{ params: Params; props?: Props }>;

/**
 * Every path of a page in every language (section 10): `lang` is undefined for the site's
 * own language (served at `/`) and the language's code for the others (`/da/…`). A page's
 * paths may differ per language only in their props (its views in that language).
 *
 * @example
 * // site.yaml: locale: en, locales: [da]
 * inEveryLanguage() //=> [{ params: { lang: undefined }, props: { locale: 'en' } }, { params: { lang: 'da' }, props: { locale: 'da' } }]
 */
export function inEveryLanguage<
  Params extends Readonly<Record<string, string | undefined>> = Record<never, never>,
  Props extends object = object,
>(pathsIn: (locale: Locale) => LanguagePaths<Params, Props> = () => [{ params: {} as Params }]) {
  return languages.flatMap((locale) =>
    pathsIn(locale).map(({ params, props }) => ({
      params: { ...params, lang: locale === model.site.locale ? undefined : locale },
      props: { ...props, locale } as Props & { locale: Locale },
    })),
  );
}
