// Warnings for the images the simulator pulled without knowing them, placed where the lesson
// names the image (a manifest's `image:` line, a `kubectl run --image=` command).
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import type { AssumedImage } from '../../sim/index.js';
import { simCodes } from './codes.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 1-based line and column of the first place the lesson writes `reference` as a whole word. */
function placeOf(lesson: Lesson, reference: string): { line: number; column: number } {
  const re = new RegExp(`(?<![\\w./:@-])${escapeRegExp(reference)}(?![\\w./:@-])`);
  const m = re.exec(lesson.source);
  if (!m) return { line: 1, column: 1 };
  const before = lesson.source.slice(0, m.index);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = m.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return { line, column };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function assumedImageDiagnostics(lesson: Lesson, assumed: Iterable<AssumedImage>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const image of assumed) {
    const at = placeOf(lesson, image.reference);
    out.push({
      code: simCodes.imageAssumed.code,
      name: simCodes.imageAssumed.name,
      severity: 'warning',
      message: `Image "${image.reference}" (${image.normalized}) is not in the simulator's catalog; it was pulled as a generic image (${megabytes(image.size)}, a Debian-like userland), and with no command of its own in the Pod it runs a process that does nothing until stopped and answers HTTP on the container's ports with a note`,
      hint: `Declare what it does under sim.images in the front matter, e.g. sim: { images: { "${image.reference}": { entrypoint: [...], ports: [8080], behaviour: { log: "...", serve: { port: 8080, body: "..." } } } } } (see the lesson-format reference).`,
      file: lesson.file,
      line: at.line,
      column: at.column,
    });
  }
  return out;
}
