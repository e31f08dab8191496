import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules fed with schema-parsed objects: no build, no Astro.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        // Real builds: the shared sites are built once by the global setup, one after another.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/outputs/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // One build at a time per checkout (npm run build takes a lock): test files run one after another.
          fileParallelism: false,
          // Build tests run real Astro builds; they share one machine's two cores.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
