import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` is everything `npm test` runs, in a fresh clone with nothing beside it;
 * `data` reads the developers' shared collections (`npm run test:data`) and skips, saying so, without them.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/data/**'], globalSetup: ['test/helpers/postgres-setup.ts'] },
      },
      { extends: true, test: { name: 'data', include: ['test/data/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
