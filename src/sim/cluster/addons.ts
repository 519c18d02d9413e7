// Installing a lesson's `sim.addons` once the cluster is up, the way a person would right after
// `kind create cluster`: through the API, so controllers, scheduler and kubelets take it from there.
import { ApiServer } from '../api/api-server.js';
import type { KubeObject } from '../api/types.js';
import { asApplied, metricsServerManifest } from './addons/metrics-server-addon.js';
import type { ClusterParts } from '../controllers/cluster-parts.js';
import type { AddonName } from '../core/config/config.js';

/** How long after the cluster's birth the add-ons are applied (kind create cluster returning). */
export const ADDON_INSTALL_DELAY_MS = 30_000;

const MANIFESTS: Readonly<Record<AddonName, () => KubeObject[]>> = {
  'metrics-server': metricsServerManifest,
};

/** Schedules the configured add-ons' installation. */
export function scheduleAddons(parts: ClusterParts): void {
  for (const name of parts.config.addons) {
    parts.loop.after(ADDON_INSTALL_DELAY_MS, `install ${name}`, () => {
      for (const obj of MANIFESTS[name]()) {
        const type = ApiServer.typeOf(obj)!;
        parts.api.create(type, obj.metadata.namespace, asApplied(obj));
      }
    });
  }
}
