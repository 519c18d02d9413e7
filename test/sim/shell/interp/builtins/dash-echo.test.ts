// Debian's sh is dash, whose builtin echo always decodes backslash escapes and knows only -n
// (dash src/bltin/printf.c, echocmd). Compared with the real /usr/bin/dash, recorded in
// golden/dash-echo.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../../../support/golden.js';
import { sim } from '../../support.js';

const SCRIPTS = [
  `echo 'a\\tb'`,
  `echo -e 'a\\nb'`,
  `echo -n x; echo y`,
  `echo -- -n`,
  `echo -ne 'x'`,
  `echo 'a\\cb' c; echo after`,
  `echo '\\0101\\101\\x41\\e[0m\\q\\\\'`,
  `echo '\\1234|\\00012|\\08'`,
  `echo '\\0377' | od -c`,
  `echo -n -n x; echo`,
  `printf '%s\\n' 'a\\tb'`,
];

const GOLDEN = `${repoRoot}/test/sim/shell/golden/dash-echo.json`;

/** What the real dash printed for each script (recorded where dash is installed). */
function recorded(): Record<string, string> {
  const stored: Record<string, string> = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, 'utf8')) : {};
  let changed = false;
  for (const s of SCRIPTS) {
    if (stored[s] !== undefined && process.env['UPDATE_GOLDEN'] !== '1') continue;
    if (process.env['CI'] === 'true') throw new Error(`recording for ${s} is missing in ${GOLDEN}`);
    stored[s] = spawnSync('/usr/bin/dash', ['-c', s], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } }).stdout;
    changed = true;
  }
  if (changed) writeFileSync(GOLDEN, `${JSON.stringify(stored, null, 2)}\n`);
  return stored;
}

describe("dash's echo", () => {
  const real = recorded();
  test.each(SCRIPTS)('%s prints what dash prints', (script) => {
    expect(sim(script, { dash: true, argv0: 'sh' }).stdout).toBe(real[script]);
  });

  test('bash and busybox echo keep their own rules', () => {
    expect(sim(`echo 'a\\tb'; echo -e 'a\\tb'`).stdout).toBe('a\\tb\na\tb\n');
    expect(sim(`echo 'a\\tb'; echo -e 'a\\tb'`, { dialect: 'ash' }).stdout).toBe('a\\tb\na\tb\n');
  });

  test('/bin/echo in a dash shell is coreutils echo, not the builtin', () => {
    expect(sim(`/bin/echo -e 'a\\tb'`, { dash: true }).stdout).toBe('a\tb\n');
  });
});
