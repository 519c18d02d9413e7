// The pieces of one simulated cluster that controllers share.
import type { ApiServer } from '../api/api-server.js';
import type { EventRecorder } from '../events/event-recorder.js';
import type { ObjectStore } from '../store/object-store.js';
import type { SimConfig } from '../core/config/config.js';
import type { EventLoop } from '../core/event-loop.js';
import type { SeededRandom } from '../core/random.js';

export interface ClusterParts {
  config: SimConfig;
  loop: EventLoop;
  random: SeededRandom;
  store: ObjectStore;
  api: ApiServer;
  recorder: EventRecorder;
  /** Name of the (first) control-plane node. */
  controlPlaneNode: string;
}
