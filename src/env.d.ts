declare namespace App {
  interface Locals {
    /** The month whose review is being rendered; review MDX components read their figures for it. */
    reviewMonth?: string;
  }
}

interface ImportMetaEnv {
  /** True under `astro dev`, which previews drafts; set by the integration in astro.config.mjs. */
  readonly STATUSBOOK_SHOW_DRAFTS: boolean;
}
