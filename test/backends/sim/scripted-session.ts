// Drives a SimSession the way a lesson does (files, then commands in order) and keeps a readable
// transcript of it for golden files: each command with the virtual time it started at, its
// output, and its exit code when not 0. Shared by the simulator's behaviour tests.
import { expect } from 'vitest';
import { SimSession } from '../../../src/backends/sim/sim-session.js';
import { resolveSimConfig } from '../../../src/sim/core/config/config.js';
import type { StepResult } from '../../../src/run/types.js';

/** A step's time limit: long enough for any test here; a hung simulation stops at it. */
const STEP_TIMEOUT_MS = 15 * 60_000;

/** A fresh simulated cluster shaped by a lesson's `sim:` front matter; bad config fails the test. */
export function openSimSession(sim?: Record<string, unknown>): SimSession {
  const { config, problems } = resolveSimConfig(sim);
  expect(problems).toEqual([]);
  return new SimSession(config);
}

export class ScriptedSession {
  readonly session: SimSession;
  readonly #start: number;
  #text = '';

  constructor(sim?: Record<string, unknown>) {
    this.session = openSimSession(sim);
    this.#start = this.session.now();
  }

  /** Virtual seconds since the session opened. */
  seconds(): number {
    return (this.session.now() - this.#start) / 1000;
  }

  /** Writes a workspace file, and shows it in the transcript. */
  async file(path: string, content: string): Promise<void> {
    await this.session.writeFile(path, content);
    this.#text += `# file ${path}\n${content}${content.endsWith('\n') ? '' : '\n'}# end of ${path}\n`;
  }

  /** Runs one command; the transcript records when it ran, its output, and a non-zero exit code. */
  run(command: string): StepResult {
    // Each command starts one command step (as a person typing) after the previous one ended.
    const at = this.seconds() + this.session.cluster.config.commandStep / 1000;
    const result = this.session.runSync(command, { timeoutMs: STEP_TIMEOUT_MS });
    this.#text += `# t=${at.toFixed(3)}s\n$ ${command}\n${result.output}`;
    if (result.output !== '' && !result.output.endsWith('\n')) this.#text += '\n';
    if (result.exitCode !== 0) this.#text += `[exit ${result.exitCode}]\n`;
    return result;
  }

  /** Runs a command that must succeed and returns its output. */
  ok(command: string): string {
    const result = this.run(command);
    expect(result.exitCode, `${command}\n${result.output}`).toBe(0);
    return result.output;
  }

  /** Adds a line of commentary to the transcript (what the next steps show). */
  note(text: string): void {
    this.#text += `# -- ${text}\n`;
  }

  transcript(): string {
    return this.#text;
  }
}

/** Rows of a `kubectl get` table without its header, split into cells. */
export function rows(table: string): string[][] {
  return table.trim().split('\n').slice(1).map((l) => l.trim().split(/\s{2,}/));
}

/** A generated name with its random suffixes as `*`: `coredns-668d6bf9bc-qv5c9` -> `coredns-*-*`. */
export function hashless(name: string): string {
  return name.replace(/-[bcdfghjklmnpqrstvwxz2456789]{5}$/, '-*').replace(/-[bcdfghjklmnpqrstvwxz2456789]{8,10}-\*$/, '-*-*');
}

/** A pod's IP, as `kubectl get pod -o jsonpath` prints it. */
export function podIPOf(s: ScriptedSession, pod: string): string {
  return s.ok(`kubectl get pod ${pod} -o jsonpath='{.status.podIP}'`);
}
