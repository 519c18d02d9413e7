import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

const top = '---\ntitle: T\n---\n\n';

describe('timeline directives', () => {
  it('finds each <!-- kindling:timeline --> comment with its Pod, namespace and place, at any depth', () => {
    const source = `${top}Prose.\n\n<!-- kindling:timeline pod=myapp-pod -->\n\n- a list item\n\n  <!--   kindling:timeline\n    pod="web-0" namespace=shop -->\n`;
    const lesson = parseLesson('lessons/l.md', source);
    expect(lesson.diagnostics).toEqual([]);
    expect(lesson.timelines.map(({ pod, namespace, line, column }) => ({ pod, namespace, line, column }))).toEqual([
      { pod: 'myapp-pod', namespace: 'default', line: 7, column: 1 },
      { pod: 'web-0', namespace: 'shop', line: 11, column: 3 },
    ]);
    expect(source.slice(lesson.timelines[0]!.offset).startsWith('<!-- kindling:timeline')).toBe(true);
  });

  it('leaves other HTML comments alone', () => {
    const lesson = parseLesson('lessons/l.md', `${top}<!-- a note for authors -->\n\n<!-- kindling is great -->\n`);
    expect(lesson.timelines).toEqual([]);
    expect(lesson.diagnostics).toEqual([]);
  });

  it('reports a directive that names no Pod (KL214)', () => {
    const lesson = parseLesson('lessons/l.md', `${top}<!-- kindling:timeline -->\n`);
    expect(lesson.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([['KL214', 5, 1, 'the timeline directive names no Pod; expected pod=NAME']]);
    expect(lesson.timelines).toEqual([]);
  });
});
