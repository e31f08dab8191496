declare namespace App {
  interface Locals {
    /** The site's time zone: every date is shown in it. Set for every page by src/middleware.ts. */
    timeZone: string;
    /** The page's language (section 10): `/` is site.yaml's `locale`, `/<code>/…` each of its `locales`. Set by src/middleware.ts. */
    locale: import('./i18n/catalog.ts').Locale;
    /** The site's languages, its own first: the language switcher and `hreflang` alternates. Set by src/middleware.ts. */
    languages: readonly import('./i18n/catalog.ts').Locale[];
    /** What the layout shows on every page. Set by src/middleware.ts. */
    site: import('./model/site.ts').SiteChrome;
    /** The review being rendered; review MDX components read their figures from it. */
    review?: import('./components/review/report.ts').ReviewContext;
  }
}

interface ImportMetaEnv {
  /** True under `astro dev`, which previews drafts; set by the integration in astro.config.mjs. */
  readonly STATUSBOOK_SHOW_DRAFTS: boolean;
  /** site.yaml's `locale`, the language of the pages at `/`; set by the integration in astro.config.mjs. */
  readonly STATUSBOOK_LOCALE?: string;
}
