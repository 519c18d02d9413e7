// The `sim` backend: every lesson gets a fresh simulated cluster shaped by its `sim:` front matter.
import type { Lesson } from '../../lesson/types.js';
import { resolveSimConfig } from '../../sim/index.js';
import { SessionOpenError, type Backend, type Session } from '../types.js';
import { simConfigDiagnostics } from './sim-config-diagnostics.js';
import { SimSession } from './sim-session.js';

export function createSimBackend(): Backend {
  return {
    name: 'sim',
    describe: () => 'sim (the kindling simulator, Kubernetes v1.32)',
    async open(lesson: Lesson): Promise<Session> {
      const { config, problems } = resolveSimConfig(lesson.meta.sim);
      if (problems.length > 0) {
        const diagnostics = simConfigDiagnostics(lesson, problems);
        throw new SessionOpenError(`the lesson's sim: front matter is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'})`, diagnostics);
      }
      return new SimSession(config, { lesson });
    },
  };
}
