// The catalog of diagnostic codes against the code that uses them: every code has an explanation
// (example and hint) and a line in the lesson-format reference; every code defined is reported
// somewhere in src/, and every code src/ names is defined; parse-stage examples really get their code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../src/catalog.js';
import { CODE_EXPLANATIONS, docsLinks } from '../src/code-explanations.js';
import { lessonCodes } from '../src/lesson/codes.js';
import { parseLesson } from '../src/lesson/parse-lesson.js';
import { HeadingSlugger } from '../src/site/heading-slugger.js';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Files that define codes (their keys are the names the rest of src/ uses). */
const CODE_FILES = ['lesson/codes.ts', 'run/codes.ts', 'verify/codes.ts', 'backends/sim/codes.ts', 'backends/cluster/codes.ts', 'site/codes.ts', 'import/codes.ts'].map((f) =>
  join(SRC, f),
);

/** A message template as a pattern: `{anything}` stands for any text. */
function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?')}$`, 's');
}

/** The GitHub ids of the headings of a Markdown file. */
function headingIds(path: string): Set<string> {
  const slugger = new HeadingSlugger();
  const ids = new Set<string>();
  for (const m of readFileSync(path, 'utf8').matchAll(/^#{1,6} (.+)$/gm)) ids.add(slugger.slug(m[1]!.replace(/`/g, '')));
  return ids;
}

describe('the diagnostic catalog', () => {
  const files = sources(SRC).filter((f) => !CODE_FILES.includes(f) && !f.endsWith('code-explanations.ts'));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');

  it('explains every code, and explains no code that does not exist', () => {
    expect(Object.keys(CODE_EXPLANATIONS).sort()).toEqual(ALL_CODES.map((c) => c.code));
  });

  it('has every code used: each is reported somewhere in src/ (by its key, or by its code)', () => {
    const keys = new Map<string, string>();
    for (const file of CODE_FILES) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^ {2}(\w+): \{\n {4}code: '(KL\d{3})'/gm)) keys.set(m[2]!, m[1]!);
    }
    expect([...keys.keys()].sort()).toEqual(ALL_CODES.map((c) => c.code));
    const unused = [...keys].filter(([code, key]) => !new RegExp(`\\.${key}\\b`).test(text) && !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('defines every code src/ names', () => {
    const named = new Set([...text.matchAll(/'(KL\d{3})'/g)].map((m) => m[1]!));
    expect([...named].filter((c) => !ALL_CODES.some((info) => info.code === c))).toEqual([]);
  });

  it('lists every code in the lesson-format reference', () => {
    const reference = readFileSync(join(SRC, '..', 'docs', 'lesson-format.md'), 'utf8');
    expect(ALL_CODES.filter((c) => !reference.includes(`| ${c.code} | \`${c.name}\` |`)).map((c) => c.code)).toEqual([]);
  });

  it('gives every code a message template, a hint and docs links to headings that exist', () => {
    for (const { code } of ALL_CODES) {
      const explanation = CODE_EXPLANATIONS[code]!;
      expect(explanation.message.length, code).toBeGreaterThan(10);
      expect(explanation.hint.length, code).toBeGreaterThan(10);
      for (const link of docsLinks(code)) {
        const [file, anchor] = link.split('#') as [string, string];
        expect(headingIds(join(SRC, '..', file)).has(anchor), `${code}: ${link}`).toBe(true);
      }
    }
  });

  // Codes whose examples are not lessons the parser sees whole (input limits, encodings, other files).
  const notFromParser = ['KL010', 'KL011', 'KL012', 'KL014', 'KL015', 'KL016', 'KL017', 'KL304', 'KL305', 'KL306', 'KL307'];
  const parseStage = Object.values(lessonCodes).filter((c) => !notFromParser.includes(c.code));
  it.each(parseStage)('the example of $code gets it from the parser, with its message template', ({ code }) => {
    const lesson = parseLesson('lessons/example.md', CODE_EXPLANATIONS[code]!.example);
    const found = lesson.diagnostics.filter((d) => d.code === code);
    expect(found.map((d) => d.code)).toContain(code);
    expect(found.some((d) => templatePattern(CODE_EXPLANATIONS[code]!.message).test(d.message)), found.map((d) => d.message).join('\n')).toBe(true);
  });
});
