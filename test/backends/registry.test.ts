import { describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { backendNames, createBackend, registerBackend } from '../../src/backends/registry.js';

describe('the backend registry', () => {
  it('creates the cluster backend by name', () => {
    expect(backendNames()).toContain('cluster');
    expect(createBackend('cluster', { context: 'kind-x' }).describe()).toContain('kubeconfig context kind-x');
  });

  it('names the known backends when asked for an unknown one', () => {
    expect(() => createBackend('minikube')).toThrow(`unknown backend "minikube", expected one of: ${backendNames().join(', ')}`);
  });

  it('refuses a second backend under a taken name', () => {
    expect(() => registerBackend('cluster', () => createBackend('cluster'))).toThrow('backend "cluster" is already registered');
  });
});
