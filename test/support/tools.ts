// Tests that need a tool that may be absent (chromium, kubectl) skip with a visible message
// locally; with KINDLING_REQUIRE_TOOLS=1 (set by .ci/run) a missing tool fails instead.
import { existsSync } from 'node:fs';

export interface ToolCheck {
  /** True when the tests may run. */
  available: boolean;
  /** Why not, for the skip message. */
  reason: string;
}

/** Checks that an executable exists; when it does not and tools are required, throws. */
export function requireTool(name: string, path: string): ToolCheck {
  if (existsSync(path)) return { available: true, reason: '' };
  const reason = `${name} not found at ${path}`;
  if (process.env['KINDLING_REQUIRE_TOOLS'] === '1') {
    throw new Error(`${reason}, and KINDLING_REQUIRE_TOOLS=1 makes this an error (install it; .ci/run does)`);
  }
  console.warn(`SKIPPED: ${reason}; these tests did not run (set KINDLING_REQUIRE_TOOLS=1 to make this an error)`);
  return { available: false, reason };
}
