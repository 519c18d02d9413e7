// The core/v1 pods resource type, which the API machinery, controllers, the kubelet, metrics and
// kubectl all look up by it.
import { typeForKind, type ResourceType } from './resources.js';

/** `pods` in core/v1. */
export const PODS: ResourceType = typeForKind('Pod', 'v1')!;
