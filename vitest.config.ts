import { defineConfig } from 'vitest/config';

/**
 * unit: pure code and source files. The rules tests also run under two more
 *   host time zones, so the machine's zone cannot leak into date logic. The
 *   exhaustive rules tests (`*.exhaustive.test.ts`) run once, under Los
 *   Angeles, where a leak would shift nearly every date: repeating them per
 *   zone adds time and no coverage the edge-case tests do not already give.
 * site: the built `dist/` (npm test builds it first);
 * browser: the built site served locally, driven in Chromium;
 * engines (firefox), engines (webkit): the cross-engine suite, the same cases
 *   in Firefox and in WebKitGTK, compared with Chromium where the answer
 *   depends on the engine (`npx vitest run --project "engines (webkit)"`).
 *
 * No test passes or fails on speed. Every browser wait is for a state or an
 * event; the time limits below only stop a hung test, sized so that a machine
 * ten times slower than a busy 2-core CI runner still passes.
 */
const exhaustive = 'test/unit/**/*.exhaustive.test.ts';
/** The engines beside Chromium that the cross-engine suite (test/browser/engines/) runs in, one project each. */
const crossEngine = ['firefox', 'webkit'] as const;

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    // Both cores: CPU-bound unit tests then overlap the browser tests' waits.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: [exhaustive], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: { name: 'unit (TZ=Pacific/Kiritimati)', include: ['test/unit/rules/**/*.test.ts'], exclude: [exhaustive], env: { TZ: 'Pacific/Kiritimati' } },
      },
      {
        extends: true,
        test: { name: 'unit (TZ=America/Los_Angeles)', include: ['test/unit/rules/**/*.test.ts'], env: { TZ: 'America/Los_Angeles' } },
      },
      {
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['test/browser/engines/**'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
      ...crossEngine.map((engine) => ({
        extends: true,
        test: {
          name: `engines (${engine})`,
          include: ['test/browser/engines/**/*.test.ts'],
          globalSetup: ['test/browser/engines/global-setup.ts'],
          env: { ENGINE: engine },
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
