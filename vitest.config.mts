import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const reportDir = process.env.CI_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    reporters: reportDir
      ? ['default', ['json', { outputFile: join(reportDir, process.env.CI_VITEST_REPORT ?? 'vitest.json') }]]
      : ['default'],
  },
});
