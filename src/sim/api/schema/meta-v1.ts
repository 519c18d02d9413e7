// k8s.io/apimachinery/pkg/apis/meta/v1: the object metadata every kind carries, and the shared
// selector and condition types. Time, MicroTime and FieldsV1 decode themselves (UnmarshalJSON);
// see go-type.ts.
import type { GoPackage } from './go-package.js';

export const META_V1: GoPackage = {
  path: 'k8s.io/apimachinery/pkg/apis/meta/v1',
  imports: {},
  structs: {
    ObjectMeta: {
      name: 'string',
      generateName: 'string',
      namespace: 'string',
      selfLink: 'string',
      uid: 'types.UID',
      resourceVersion: 'string',
      generation: 'int64',
      creationTimestamp: 'Time',
      deletionTimestamp: '*Time',
      deletionGracePeriodSeconds: '*int64',
      labels: 'map[string]string',
      annotations: 'map[string]string',
      ownerReferences: '[]OwnerReference',
      finalizers: '[]string',
      managedFields: '[]ManagedFieldsEntry',
    },
    OwnerReference: {
      apiVersion: 'string',
      kind: 'string',
      name: 'string',
      uid: 'types.UID',
      controller: '*bool',
      blockOwnerDeletion: '*bool',
    },
    ManagedFieldsEntry: {
      manager: 'string',
      operation: 'ManagedFieldsOperationType',
      apiVersion: 'string',
      time: '*Time',
      fieldsType: 'string',
      fieldsV1: '*FieldsV1',
      subresource: 'string',
    },
    LabelSelector: {
      matchLabels: 'map[string]string',
      matchExpressions: '[]LabelSelectorRequirement',
    },
    LabelSelectorRequirement: {
      key: 'string',
      operator: 'LabelSelectorOperator',
      values: '[]string',
    },
    Condition: {
      type: 'string',
      status: 'ConditionStatus',
      observedGeneration: 'int64',
      lastTransitionTime: 'Time',
      reason: 'string',
      message: 'string',
    },
  },
  named: {
    LabelSelectorOperator: 'string',
    ManagedFieldsOperationType: 'string',
    ConditionStatus: 'string',
  },
};
