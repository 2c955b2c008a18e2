import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run test:pack`: the checks on the packed app (after scripts/packaging/pack-placeholder.ts). */
const reportDir = process.env.CI_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['scripts/**/*.pack.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: reportDir ? ['default', ['json', { outputFile: join(reportDir, 'vitest-pack.json') }]] : ['default'],
  },
});
