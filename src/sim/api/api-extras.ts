// API fields the printers read that src/sim/api/types.ts does not (yet) declare. They are all
// optional and follow the API's JSON names; intersect them with the shared types where needed.
import type { Container, PodSpec, ResourceRequirements, Volume } from './types.js';

export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: string;
  labelSelector?: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> };
}

export interface SeccompProfile {
  type: string;
  localhostProfile?: string;
}

export type PodSpecX = PodSpec & {
  runtimeClassName?: string;
  topologySpreadConstraints?: TopologySpreadConstraint[];
  overhead?: Record<string, string>;
  resources?: ResourceRequirements;
  securityContext?: { seccompProfile?: SeccompProfile } & Record<string, unknown>;
};

export type ContainerX = Container & {
  volumeDevices?: Array<{ name: string; devicePath: string }>;
  securityContext?: { seccompProfile?: SeccompProfile } & Record<string, unknown>;
};

export type VolumeX = Volume & {
  downwardAPI?: {
    items?: Array<{ path: string; fieldRef?: { fieldPath: string }; resourceFieldRef?: { resource: string } }>;
  };
  nfs?: { server: string; path: string; readOnly?: boolean };
  csi?: { driver: string; fsType?: string; readOnly?: boolean; volumeAttributes?: Record<string, string> };
  image?: { reference?: string; pullPolicy?: string };
  gitRepo?: { repository: string; revision?: string };
  ephemeral?: unknown;
};

/** coordination.k8s.io/v1 Lease, as describe node reads it from kube-node-lease. */
export interface Lease {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: { holderIdentity?: string; leaseDurationSeconds?: number; acquireTime?: string; renewTime?: string };
}
