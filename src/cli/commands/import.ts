// `kindling import PAGE.md`: turns a Kubernetes-website page into a lesson. The file is written
// once, atomically, and only when the page converted without errors; `--record` first runs the
// lesson on the simulator and records the output of the commands the page shows none for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createBackend } from '../../backends/registry.js';
import { importCodes } from '../../import/codes.js';
import { importPage } from '../../import/import-page.js';
import type { ImportProblem } from '../../import/types.js';
import { parseLesson } from '../../lesson/parse-lesson.js';
import type { Diagnostic } from '../../lesson/types.js';
import { updateLessonSource } from '../../lesson/update-lesson-source.js';
import { writeFileAtomic } from '../../lesson/write-file-atomic.js';
import { runLesson } from '../../run/run-lesson.js';
import { formatProblem } from '../../verify/reporters/format-problem.js';
import { problemFromDiagnostic } from '../../verify/types.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';

function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The website's `content/en/examples` for a page under `content/en/docs`: the nearest `examples` directory up from the page. */
function findExamplesDir(page: string): string | undefined {
  for (let dir = dirname(resolve(page)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'examples');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads a file under `dir` that stays inside it; undefined when missing. */
function reader(dir: string | undefined): (path: string) => string | undefined {
  return (path) => {
    if (!dir) return undefined;
    const full = resolve(dir, path);
    if (!full.startsWith(resolve(dir) + sep)) return undefined;
    try {
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** `content/en/docs/...` when the page sits in a copy of the website; the path as given otherwise. */
function sourcePathOf(page: string): string {
  const normal = page.split(sep).join('/');
  const at = normal.lastIndexOf('content/en/');
  return at >= 0 ? normal.slice(at) : normal;
}

function toDiagnostic(file: string, p: ImportProblem): Diagnostic {
  const d: Diagnostic = { code: p.code.code, name: p.code.name, severity: p.severity, message: p.message, file, line: p.line, column: p.column };
  if (p.hint !== undefined) d.hint = p.hint;
  return d;
}

export async function importCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const page = args.positionals[0];
  if (!page || args.positionals.length > 1) throw new UsageError('expected one argument: the page to import, e.g. `kindling import content/en/docs/concepts/workloads/pods/init-containers.md`');
  const report = (problems: Diagnostic[]): void => {
    for (const d of problems) term.err(`${formatProblem(problemFromDiagnostic(d), { color: term.colorErr, severity: d.severity })}\n`);
  };
  let text: string;
  try {
    text = await readFile(page, 'utf8');
  } catch (error) {
    report([toDiagnostic(page, { code: importCodes.unreadablePage, line: 1, column: 1, severity: 'error', message: `Cannot read the page: ${(error as Error).message}` })]);
    return 1;
  }
  const examples = option(args, 'examples') ?? findExamplesDir(page);
  const includes = option(args, 'includes') ?? (examples ? join(dirname(examples), 'includes') : undefined);
  const commit = option(args, 'commit');
  const result = importPage(text, {
    sourcePath: option(args, 'source') ?? sourcePathOf(page),
    ...(commit ? { commit } : {}),
    readExample: reader(examples),
    readInclude: reader(includes),
  });
  report(result.problems.map((p) => toDiagnostic(page, p)));
  if (result.lesson === undefined) {
    term.err(`not imported: ${page} has ${result.problems.filter((p) => p.severity === 'error').length} error(s); nothing was written\n`);
    return 1;
  }
  const out = option(args, 'out') ?? join('lessons', basename(page));
  let lesson = result.lesson;
  if (args.options['record'] === true) {
    const parsed = parseLesson(out, lesson);
    const run = await runLesson(parsed, createBackend('sim', {}));
    // Only commands the page documents no output for: documented outputs stay as documented.
    lesson = updateLessonSource(parsed, run, { linesFor: (c, captured) => (c.expected.length === 0 ? captured : undefined) }).source;
    if (run.failure) term.err(`${formatProblem(run.failure, { color: term.colorErr })}\n`);
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFileAtomic(out, lesson);
  term.out(`imported ${page} -> ${relative(process.cwd(), out) || out}\n`);
  return 0;
}
