// What the playground needs of a lesson, emitted at build time as a script per lesson page
// (`<slug>/playground.js`, which assigns a global, because a page opened from file:// may not
// fetch()): the `sim:` and `urls:` front matter and the runnable blocks, without the recorded
// outputs. The worker turns it back into a Lesson and replays its blocks with the lesson runner.
import type { Block, ConsoleCommand, Lesson } from '../lesson/types.js';

/** The name of the global that `<slug>/playground.js` assigns. */
export const PLAYGROUND_LESSON_GLOBAL = 'KINDLING_PLAYGROUND_LESSON';
/** The page script that holds the lesson data, next to the lesson's index.html. */
export const PLAYGROUND_LESSON_FILE = 'playground.js';

export interface PlaygroundLesson {
  slug: string;
  file: string;
  title: string;
  sim?: Record<string, unknown>;
  urls?: Record<string, string>;
  timeoutMs?: number;
  /** The lesson's runnable blocks (hidden ones too), outputs left out. */
  blocks: Block[];
}

/** A console command without its recorded output (the replay never compares outputs). */
function withoutOutput(command: ConsoleCommand): ConsoleCommand {
  const { staleMarks: _marks, expected: _expected, ...rest } = command;
  return { ...rest, expected: [] };
}

/** The lesson as the playground replays it. */
export function playgroundLesson(lesson: Lesson): PlaygroundLesson {
  const blocks = lesson.blocks.map((block): Block => {
    if (block.kind !== 'console') return block;
    return { ...block, commands: block.commands.map(withoutOutput) };
  });
  const data: PlaygroundLesson = { slug: lesson.slug, file: lesson.file, title: lesson.meta.title, blocks };
  if (lesson.meta.sim) data.sim = lesson.meta.sim;
  if (lesson.meta.urls) data.urls = lesson.meta.urls;
  if (lesson.meta.timeoutMs !== undefined) data.timeoutMs = lesson.meta.timeoutMs;
  return data;
}

/** The Lesson the runner needs, back from the data (no source text, no diagnostics). */
export function lessonFromData(data: PlaygroundLesson): Lesson {
  const lesson: Lesson = {
    file: data.file,
    slug: data.slug,
    source: '',
    meta: { title: data.title, tags: [], keyPositions: {} },
    blocks: data.blocks,
    diagnostics: [],
    timelines: [],
  };
  if (data.sim) lesson.meta.sim = data.sim;
  if (data.urls) lesson.meta.urls = data.urls;
  if (data.timeoutMs !== undefined) lesson.meta.timeoutMs = data.timeoutMs;
  return lesson;
}

/** The blocks a reader can start from ("try from here"): console and script blocks shown on the page. */
export function isTryStep(block: Block): boolean {
  return block.kind !== 'file' && !block.attrs.hidden && !block.attrs.norun;
}

/** The script text of `<slug>/playground.js`. `<` escaped so that no `</script>` can appear. */
export function playgroundLessonScript(data: PlaygroundLesson): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.${PLAYGROUND_LESSON_GLOBAL}=${json};\n`;
}
