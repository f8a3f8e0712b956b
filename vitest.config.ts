import { defineConfig } from 'vitest/config';

/**
 * unit: pure code and source files, run under three time zones so the
 *   machine's zone cannot leak into date logic;
 * site: the built `dist/` (npm test builds it first);
 * browser: the built site served locally, driven in Chromium.
 */
const unitZones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      ...unitZones.map((zone, index) => ({
        extends: true,
        test: {
          name: index === 0 ? 'unit' : `unit (TZ=${zone})`,
          include: index === 0 ? ['test/unit/**/*.test.ts'] : ['test/unit/rules/**/*.test.ts'],
          env: { TZ: zone },
        },
      })),
      {
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
