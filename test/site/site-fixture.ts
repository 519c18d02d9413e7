// The site fixture: three lessons from test/site/fixtures/, verified on sim, with captured output
// that exercises escaping and ANSI colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LessonMeta } from '../../src/lesson/types.js';
import type { SiteEntry, SiteOptions } from '../../src/site/types.js';
import { repoRoot } from '../support/golden.js';
import { buildLesson, passedRun, siteEntry } from './lesson-fixture.js';

export const templatesDir = join(repoRoot, 'templates');

function fixtureLesson(name: string) {
  const file = `lessons/${name}`;
  const source = readFileSync(join(repoRoot, 'test/site/fixtures', name), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  return buildLesson(file, source, parse(front) as LessonMeta);
}

/** What the script block of 10-init-containers printed: markup, entities, quotes, colours, a title OSC, a cursor move. */
export const SCRIPT_OUTPUT =
  `<script>alert(1)</script>\n` +
  `"double" & 'single' &amp; already escaped\n` +
  `\x1b[32mgreen\x1b[0m and \x1b[1;31mbold red\x1b[0m\x1b]0;window title\x07\x1b[2K\x1b[1A\n`;

/** The three fixture lessons, verified on sim, in file order (not reading order). */
export function fixtureEntries(): SiteEntry[] {
  const init = fixtureLesson('10-init-containers.md');
  const initRun = passedRun(init, {
    // The second command printed a coloured status, as a kubectl plugin might.
    1: ['pod/myapp-pod created\n', 'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     \x1b[33mInit:0/2\x1b[39m   0          8s\n'],
    4: [SCRIPT_OUTPUT],
  });
  return [fixtureLesson('cleanup.md'), fixtureLesson('20-services.md')].map((l) => siteEntry(l)).concat(siteEntry(init, initRun));
}

export function siteOptions(outDir: string, overrides: Partial<SiteOptions> = {}): SiteOptions {
  return { outDir, templatesDir, version: '0.1.0', date: '2025-06-01', backend: 'sim', ...overrides };
}
