import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build tests run real Astro builds; they share one machine's two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
