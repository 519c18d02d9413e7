import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runsAlone, scheduleLessons } from '../../src/run/schedule-lessons.js';
import { buildLesson } from './lesson-builder.js';

const shared = (slug: string) => buildLesson(slug, []);
const exclusive = (slug: string) => buildLesson(slug, [], { cluster: { exclusive: true, images: [] } });

describe('scheduleLessons', () => {
  it('runs shared lessons side by side and each exclusive one with nothing beside it', async () => {
    const lessons = [exclusive('x1'), shared('a'), shared('b'), exclusive('x2'), shared('c')];
    const running = new Set<string>();
    const beside: Record<string, string[]> = {};
    let most = 0;
    await scheduleLessons(lessons, 3, (l) => runsAlone(l, 'cluster'), async (lesson) => {
      running.add(lesson.slug);
      most = Math.max(most, running.size);
      beside[lesson.slug] = [...running].filter((s) => s !== lesson.slug);
      await sleep(20);
      beside[lesson.slug]!.push(...[...running].filter((s) => s !== lesson.slug));
      running.delete(lesson.slug);
    });
    expect(most).toBe(3);
    expect(beside['x1']).toEqual([]);
    expect(beside['x2']).toEqual([]);
    expect(Object.keys(beside).sort()).toEqual(['a', 'b', 'c', 'x1', 'x2']);
  });

  it('never makes a lesson run alone on the simulator, where each lesson has a cluster of its own', () => {
    expect(runsAlone(exclusive('x'), 'sim')).toBe(false);
    expect(runsAlone(exclusive('x'), 'cluster')).toBe(true);
    expect(runsAlone(exclusive('x'), 'kind')).toBe(true);
    expect(runsAlone(shared('a'), 'cluster')).toBe(false);
  });
});
