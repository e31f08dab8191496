/** Astro's command-line entry point: the scripts and tests run it with the pinned Node, never through npx. */
import { fileURLToPath } from 'node:url';

export const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
