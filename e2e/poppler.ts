import { spawnSync } from 'node:child_process';
import { test } from '@playwright/test';

/**
 * Poppler is a system package: .ci/run installs it and requires it
 * (WORKBENCH_REQUIRE_POPPLER); elsewhere a spec that reads PDFs says what to
 * install instead of failing on a missing program. Call at a spec's top level.
 */
export function skipWithoutPoppler(tools: readonly string[]): void {
  const present = tools.every((tool) => spawnSync(tool, ['-v']).error === undefined);
  test.skip(
    !present && !process.env.WORKBENCH_REQUIRE_POPPLER,
    `poppler-utils (${tools.join(', ')}) is not installed: apt-get install poppler-utils`,
  );
}
