// A backend whose implementation is imported when its first session opens.
import type { Lesson } from '../lesson/types.js';
import type { Backend, Session } from './types.js';

export function lazyBackend(name: string, description: string, load: () => Promise<Backend>): Backend {
  let loaded: Promise<Backend> | undefined;
  let real: Backend | undefined;
  return {
    name,
    describe: () => real?.describe() ?? description,
    async open(lesson: Lesson): Promise<Session> {
      loaded ??= load();
      real = await loaded;
      return real.open(lesson);
    },
  };
}
