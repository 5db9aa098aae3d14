import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, content checks, small fixture builds under tests/.work/) runs
 * anywhere; `dist` checks the built site and needs `npm run build` first (its global setup says so).
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], globalSetup: ['tests/dist/require-build.ts'], testTimeout: 120_000 } },
    ],
  },
});
