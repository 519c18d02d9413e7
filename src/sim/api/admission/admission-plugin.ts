// Admission plugins that need the cluster's state (LimitRanger, ResourceQuota): the API server
// runs their `mutate` after defaulting and before validation, and their `validate` after
// validation and before storage, as the real server's mutating and validating phases do.
import type { ObjectStore } from '../../store/object-store.js';
import type { ResourceType } from '../resources.js';
import { forbiddenStatus } from '../status-error.js';
import type { KubeObject } from '../types.js';

export interface AdmissionAttributes {
  operation: 'CREATE' | 'UPDATE';
  type: ResourceType;
  namespace: string | undefined;
  /**
   * The name as the request gave it: '' when the server will generate one from generateName,
   * which is why admission errors then name the prefix (`pods "web-7d9b5-" is forbidden`).
   */
  requestName: string;
  dryRun: boolean;
  /** The object before an update. */
  old?: KubeObject;
}

export interface AdmissionPlugin {
  readonly name: string;
  /** Changes the object (defaults); may throw a StatusError. */
  mutate?(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void;
  /** Refuses the object; may record what it admitted (quota usage) unless it is a dry run. */
  validate?(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void;
}

/** admission.NewForbidden: `<resource> "<name>" is forbidden: <why>`, the name or generateName of the object. */
export function admissionForbidden(obj: KubeObject, attrs: AdmissionAttributes, why: string): Error {
  const name = attrs.requestName || obj.metadata.generateName || 'Unknown';
  return forbiddenStatus(attrs.type.resource, attrs.type.group, name, why);
}

/** utilerrors.NewAggregate(errs).Error(): one message as is, several as `[a, b]` without repeats. */
export function aggregateMessage(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}
