// Sums the vitest JSON reports that every package's `test` task writes to test-results/vitest.json.
// Exits non-zero when any test failed or a package with a test script left no report.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
const missing = [];

for (const group of ["packages", "apps"]) {
  if (!existsSync(group)) continue;

  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;

    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (!manifest.scripts?.test) continue;

    const reportPath = join(dir, "test-results", "vitest.json");
    if (!existsSync(reportPath)) {
      missing.push(manifest.name);
      continue;
    }

    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}

if (missing.length > 0) {
  console.error(`no test report from: ${missing.join(", ")} (their tests did not run to the end)`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
