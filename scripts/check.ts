/**
 * `npm run check:content`: validates all content without building, printing every
 * problem as `file:line — field — problem — how to fix`. Exit 0 when clean, 1 otherwise.
 */
import { formatErrors } from '../src/lib/errors.ts';
import { asOfFromEnvironment, contentDirectory } from '../src/data/environment.ts';
import { loadValidContent } from '../src/data/load.ts';

const dir = contentDirectory();
const { content, errors } = loadValidContent(dir, asOfFromEnvironment());
if (!content) {
  console.error(formatErrors(errors));
  process.exit(1);
}
console.log(
  `${dir}/ is valid: ${content.components.length} components, ${content.incidents.length} incidents, ${content.reviews.length} reviews.`,
);
