// The program of an image a lesson declares under `sim.images` (and of a generic image the
// catalog does not know): it prints its start-up text, answers HTTP as declared, holds the memory
// and CPU it is said to use, and ends when declared to, or runs until stopped.
import type { DeclaredBehaviour } from '../../core/config/image-declarations.js';
import { response } from '../../runtime/http.js';
import type { Program, ProgramHost } from './types.js';

export interface DeclaredProgramInput {
  host: ProgramHost;
  behaviour: DeclaredBehaviour;
  /** The container's ports (`ports[].containerPort`): where an assumed image answers. */
  containerPorts: number[];
  /** The image reference, when the image is assumed (not in the catalog, not declared). */
  assumedImage?: string;
}

/** `$VAR` and `${VAR}` from the container's environment; unset variables are empty. */
function expand(text: string, env: Record<string, string>): string {
  return text.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_m, a: string | undefined, b: string | undefined) => env[(a ?? b)!] ?? '');
}

export function declaredProgram({ host, behaviour, containerPorts, assumedImage }: DeclaredProgramInput): Program {
  return {
    *command(ctx) {
      const env = { HOSTNAME: host.hostname, ...ctx.env };
      if (behaviour.log !== undefined) ctx.stdout.write(expand(behaviour.log, env));
      for (const s of behaviour.serve ?? []) {
        const body = expand(s.body, env);
        host.listen(s.port, { serve: () => response(s.status, body, { 'Content-Type': 'text/plain; charset=utf-8' }) });
      }
      // Not HTTP: a web client's request is answered with nothing it can parse (as redis does).
      for (const port of behaviour.listen ?? []) host.listen(port, { serve: () => response(400, '') });
      if (assumedImage !== undefined) {
        const note = `kindling: the image "${assumedImage}" is not in the simulator's catalog, so what it serves is unknown; declare it under sim.images in the lesson's front matter\n`;
        for (const port of containerPorts) host.listen(port, { serve: () => response(200, note, { 'Content-Type': 'text/plain; charset=utf-8' }) });
      }
      if (behaviour.cpuMillicores !== undefined) host.useCpu(behaviour.cpuMillicores);
      const started = ctx.now();
      const end = behaviour.exit ? started + behaviour.exit.afterMs : Number.POSITIVE_INFINITY;
      const memory = behaviour.memory;
      let used = 0;
      while (memory && used < memory.totalBytes && ctx.now() < end) {
        used = Math.min(memory.totalBytes, used + memory.stepBytes);
        host.useMemory(used);
        const wait = Math.min(memory.everyMs, end - ctx.now());
        yield { kind: 'sleep', ms: Math.max(1, wait) };
      }
      if (!behaviour.exit) {
        for (;;) yield { kind: 'sleep', ms: Number.POSITIVE_INFINITY };
      }
      if (ctx.now() < end) yield { kind: 'sleep', ms: end - ctx.now() };
      return behaviour.exit.code;
    },
    onStop: () => ({ exitCode: 0, afterMs: 10 }),
  };
}
