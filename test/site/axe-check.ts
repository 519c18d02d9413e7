// axe-core in a Playwright page: injects axe.min.js and runs every rule axe runs by default
// (WCAG 2 A/AA and best practices); returns the violations as short lines for assertions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Runs in the page: written as a string, since this project's TypeScript has no DOM types.
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
  r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' element(s), first ' + v.nodes[0].target.join(' ') + ' ' + (v.nodes[0].failureSummary || '').split('\\n').slice(0, 2).join(' ')))`;

/**
 * axe's violations on the page as it is now, one line each; [] when there are none. axe is
 * evaluated through the DevTools protocol, not added as a <script>: the page's Content-Security-
 * Policy (rightly) refuses an inline script it has no hash for.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return (await page.evaluate(RUN_AXE)) as string[];
}
