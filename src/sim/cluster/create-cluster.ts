// A simulated cluster from its configuration: the entry point's constructor.
import type { SimConfig } from '../core/config/config.js';
import { Cluster } from './cluster.js';

/** Builds a cluster (API server, controllers, nodes, bootstrap objects) at virtual time config.start. */
export function createCluster(config: SimConfig): Cluster {
  return new Cluster(config);
}
