// Registers the backends kindling ships with. Importing this module is enough; each backend's
// code loads only when a lesson first uses it (the CLI starts faster that way).
import type { Backend } from './types.js';
import { registerBackend } from './registry.js';
import { lazyBackend } from './lazy-backend.js';

registerBackend('cluster', ({ kubeconfig, context }) =>
  lazyBackend('cluster', `cluster (bash and kubectl against ${context === undefined ? 'the current kubeconfig context' : `kubeconfig context ${context}`})`, async () => {
    const { createClusterBackend } = await import('./cluster/create-cluster-backend.js');
    return createClusterBackend({ kubeconfig, context });
  }),
);
registerBackend('sim', () =>
  lazyBackend('sim', 'sim (the kindling simulator, Kubernetes v1.32)', async (): Promise<Backend> => {
    const { createSimBackend } = await import('./sim/create-sim-backend.js');
    return createSimBackend();
  }),
);
