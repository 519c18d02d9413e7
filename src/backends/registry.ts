// Backends by name. The CLI picks one with `--backend`; nothing else names a backend.
import type { Backend } from './types.js';

/** Options from the command line; each backend reads the ones it knows. */
export interface BackendOptions {
  kubeconfig?: string;
  context?: string;
  [option: string]: unknown;
}

export type BackendFactory = (options: BackendOptions) => Backend;

const factories = new Map<string, BackendFactory>();

/** Makes a backend available under `name`; registering a name twice is a bug. */
export function registerBackend(name: string, factory: BackendFactory): void {
  if (factories.has(name)) throw new Error(`backend "${name}" is already registered`);
  factories.set(name, factory);
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
