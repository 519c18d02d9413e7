// `kindling new <slug>`: scaffolds a lesson that verifies: the commands are written, then run,
// and their real outputs recorded, so the new file passes `kindling verify` from the start.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend } from '../../backends/registry.js';
import { parseLesson } from '../../lesson/parse-lesson.js';
import { updateLessonSource } from '../../lesson/update-lesson-source.js';
import { writeFileAtomic } from '../../lesson/write-file-atomic.js';
import { runLesson } from '../../run/run-lesson.js';
import { formatProblem } from '../../verify/reporters/format-problem.js';
import { runSettings } from '../common-options.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';


const FENCE = '```';

export function scaffoldLesson(title: string, slug: string): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    'description: One sentence on what the reader will learn.',
    '# tags: [pods]   (optional: words the index shows under the title)',
    '---',
    '',
    'Say what the reader will do, and why it matters.',
    '',
    'A block with `file=` is written into the lesson\'s workspace, and shown with its name:',
    '',
    `${FENCE}yaml file=${slug}.yaml`,
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${slug}`,
    'spec:',
    '  containers:',
    '  - name: hello',
    '    image: busybox:1.36',
    "    command: ['sh', '-c', 'echo Hello from kindling && sleep 3600']",
    FENCE,
    '',
    'A `console` block runs its commands in order. `kindling update` recorded what they printed;',
    '`kindling verify` checks it every time:',
    '',
    `${FENCE}console`,
    `$ kubectl apply -f ${slug}.yaml`,
    `$ kubectl wait --for=condition=Ready pod/${slug} --timeout=60s`,
    `$ kubectl logs ${slug}`,
    FENCE,
    '',
  ].join('\n');
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/^\d+-/, '').split('-').filter(Boolean);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function newCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const slug = args.positionals[0];
  if (!slug || args.positionals.length > 1) throw new UsageError('expected one argument: the new lesson\'s slug, e.g. `kindling new 20-services`');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new UsageError(`slug "${slug}" must be lower-case letters, digits and dashes, starting with a letter or digit`);
  const dir = typeof args.options['dir'] === 'string' ? args.options['dir'] : 'lessons';
  const file = join(dir, `${slug}.md`);
  if (existsSync(file)) throw new UsageError(`${file} already exists; choose another slug`);
  const settings = runSettings(args);
  await mkdir(dir, { recursive: true });
  const title = typeof args.options['title'] === 'string' ? args.options['title'] : titleFromSlug(slug);
  await writeFile(file, scaffoldLesson(title, slug), { flag: 'wx' });
  const lesson = parseLesson(file, await readFile(file, 'utf8'));
  const run = await runLesson(lesson, createBackend(settings.backend, settings.backendOptions));
  const update = updateLessonSource(lesson, run);
  await writeFileAtomic(file, update.source);
  if (run.failure) {
    term.err(`created ${file}, but its commands did not all run on ${settings.backend}:\n${formatProblem(run.failure, { color: term.colorErr })}\n`);
    return 1;
  }
  term.out(`created ${file} (outputs recorded on ${settings.backend})\nnext: edit it, then \`kindling update ${file}\` to record new outputs and \`kindling verify ${file}\` to check them\n`);
  return 0;
}
