// KL705: a timeline directive whose Pod the simulator never saw, placed at the directive.
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import type { SessionTimeline } from '../../run/timeline-types.js';
import { simCodes } from './codes.js';

export function timelineDiagnostics(lesson: Lesson, timeline: SessionTimeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const directive of lesson.timelines) {
    if (timeline.pods.some((p) => p.name === directive.pod && p.namespace === directive.namespace)) continue;
    const others = timeline.pods.filter((p) => p.namespace === directive.namespace).map((p) => p.name);
    out.push({
      code: simCodes.timelinePodNotFound.code,
      name: simCodes.timelinePodNotFound.name,
      severity: 'warning',
      message: `the lesson made no Pod "${directive.pod}" in namespace "${directive.namespace}", so there is no timeline of it to show here`,
      hint: others.length > 0 ? `Pods it made in "${directive.namespace}": ${[...new Set(others)].join(', ')}.` : 'Name a Pod the lesson creates, with namespace=NS if it is not in "default".',
      file: lesson.file,
      line: directive.line,
      column: directive.column,
    });
  }
  return out;
}
