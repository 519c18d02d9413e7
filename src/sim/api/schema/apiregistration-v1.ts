// k8s.io/kube-aggregator/pkg/apis/apiregistration/v1 (1.32): APIService.
import { TYPE_META, type GoPackage } from './go-package.js';

export const APIREGISTRATION_V1: GoPackage = {
  path: 'k8s.io/kube-aggregator/pkg/apis/apiregistration/v1',
  imports: { metav1: 'meta' },
  structs: {
    APIService: { ...TYPE_META, metadata: 'metav1.ObjectMeta', spec: 'APIServiceSpec', status: 'APIServiceStatus' },
    ServiceReference: { namespace: 'string', name: 'string', port: '*int32' },
    APIServiceSpec: {
      service: '*ServiceReference',
      group: 'string',
      version: 'string',
      insecureSkipTLSVerify: 'bool',
      caBundle: '[]byte',
      groupPriorityMinimum: 'int32',
      versionPriority: 'int32',
    },
    APIServiceCondition: {
      type: 'APIServiceConditionType',
      status: 'ConditionStatus',
      lastTransitionTime: 'metav1.Time',
      reason: 'string',
      message: 'string',
    },
    APIServiceStatus: { conditions: '[]APIServiceCondition' },
  },
  named: { APIServiceConditionType: 'string', ConditionStatus: 'string' },
};
