// Sums the JSON reports of every suite CI ran into one closing line.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.argv[2];
const total = { passed: 0, failed: 0, skipped: 0 };
let missing = 0;

// vitest.json is `npm test`'s unit run; vitest-postgres.json the server suite against PostgreSQL;
// vitest-pack.json the checks on the packed app (`npm run test:pack`).
for (const [name, file, required] of [
  ['unit', 'vitest.json', true],
  ['packed app', 'vitest-pack.json', true],
  ['server on PostgreSQL', 'vitest-postgres.json', true],
]) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (required) missing += 1;
    console.log(`${name}: no report (did not run)`);
    continue;
  }
  const r = JSON.parse(readFileSync(path, 'utf8'));
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests + (r.numRuntimeErrors ?? 0);
  total.skipped += r.numPendingTests + r.numTodoTests;
  // A suite file that failed to load has no tests but did fail.
  total.failed += (r.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
}

const e2eFile = join(dir, 'playwright.json');
if (existsSync(e2eFile)) {
  const r = JSON.parse(readFileSync(e2eFile, 'utf8'));
  const s = r.stats;
  total.passed += s.expected + s.flaky;
  total.failed += s.unexpected;
  total.skipped += s.skipped;
  total.failed += (r.errors ?? []).length;
  console.log(
    `end-to-end: ${s.expected + s.flaky} passed (${s.flaky} flaky), ${s.unexpected} failed, ${s.skipped} skipped`,
  );
} else {
  missing += 1;
  console.log('end-to-end: no report (did not run)');
}

total.failed += missing;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
