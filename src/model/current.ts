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
