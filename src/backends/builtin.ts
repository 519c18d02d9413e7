// Registers the backends kindling ships with. Importing this module is enough.
import { createClusterBackend } from './cluster/create-cluster-backend.js';
import { registerBackend } from './registry.js';
import { createSimBackend } from './sim/create-sim-backend.js';

registerBackend('cluster', ({ kubeconfig, context }) => createClusterBackend({ kubeconfig, context }));
registerBackend('sim', () => createSimBackend());
