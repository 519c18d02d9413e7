// The aggregation layer's APIService (k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/types.go):
// a group version served by the API server itself (`Local`, no service) or by an extension API
// server behind a Service, such as metrics-server's `v1beta1.metrics.k8s.io`.
import type { KubeObject } from './types.js';

export interface ServiceReference {
  namespace?: string;
  name?: string;
  /** Defaulted to 443 (SetDefaults_ServiceReference). */
  port?: number;
}

export interface APIServiceCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface APIService extends KubeObject {
  apiVersion: 'apiregistration.k8s.io/v1';
  kind: 'APIService';
  spec: {
    service?: ServiceReference;
    group?: string;
    version?: string;
    insecureSkipTLSVerify?: boolean;
    caBundle?: string;
    groupPriorityMinimum: number;
    versionPriority: number;
  };
  status?: { conditions?: APIServiceCondition[] };
}

/** The `Available` condition of an APIService, if it has one. */
export function availableCondition(svc: APIService): APIServiceCondition | undefined {
  return svc.status?.conditions?.find((c) => c.type === 'Available');
}
