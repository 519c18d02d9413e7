// Backends by name. The CLI picks one with `--backend`; nothing else names a backend.
import type { Backend } from './types.js';

/** Options from the command line; each backend reads the ones it knows. */
export interface BackendOptions {
  kubeconfig?: string;
  context?: string;
  [option: string]: unknown;
}

export type BackendFactory = (options: BackendOptions) => Backend;

/** What a backend needs done once per run, around all its lessons (a cluster to check or create). */
export interface BackendRunHooks {
  /** Before the first lesson; throws a BackendSetupError when the run cannot go on. */
  prepare?(options: BackendOptions): Promise<void>;
  /** After the last lesson (delete a cluster the run created). */
  finish?(): Promise<void>;
}

/** Why a backend cannot run any lesson: a coded, one-line reason (kind missing, cluster unreachable). */
export class BackendSetupError extends Error {
  override readonly name = 'BackendSetupError';
  constructor(
    readonly code: string,
    readonly codeName: string,
    message: string,
  ) {
    super(message);
  }
}

const factories = new Map<string, BackendFactory>();
const hooks = new Map<string, BackendRunHooks>();
const prepared = new Set<string>();

/** Makes a backend available under `name`; registering a name twice is a bug. */
export function registerBackend(name: string, factory: BackendFactory, runHooks: BackendRunHooks = {}): void {
  if (factories.has(name)) throw new Error(`backend "${name}" is already registered`);
  factories.set(name, factory);
  hooks.set(name, runHooks);
}

/** Runs the backend's `prepare` hook (if any) before a run. */
export async function prepareBackend(name: string, options: BackendOptions = {}): Promise<void> {
  prepared.add(name);
  await hooks.get(name)?.prepare?.(options);
}

/** Runs the `finish` hooks of the backends prepared in this run. */
export async function finishBackends(): Promise<void> {
  for (const name of [...prepared]) {
    prepared.delete(name);
    await hooks.get(name)?.finish?.();
  }
}

/** Creates the backend called `name`; an unknown name throws an Error listing the known ones. */
export function createBackend(name: string, options: BackendOptions = {}): Backend {
  const factory = factories.get(name);
  if (!factory) {
    throw new Error(`unknown backend "${name}", expected one of: ${backendNames().join(', ')}`);
  }
  return factory(options);
}

/** Registered backend names, sorted. */
export function backendNames(): string[] {
  return [...factories.keys()].sort();
}
