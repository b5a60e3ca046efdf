import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Snapshot files are real .ts/.md files checked in next to the tests.
    resolveSnapshotPath: (testPath, ext) => testPath.replace(/\.test\.ts$/, '') + ext,
  },
});
