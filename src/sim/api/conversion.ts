// Conversion between a served version and the storage version of a type, as the API server's
// scheme converts (only autoscaling/v1 HorizontalPodAutoscalers need it here).
import { hpaFromV1, hpaToV1 } from './autoscaling/hpa-conversion.js';
import { apiVersionOf, storageTypeOf, type ResourceType } from './resources.js';
import type { KubeObject } from './types.js';

interface Converter {
  toStorage(obj: KubeObject): KubeObject;
  fromStorage(obj: KubeObject): KubeObject;
}

const CONVERTERS: Readonly<Record<string, Converter>> = {
  'autoscaling/v1/HorizontalPodAutoscaler': { toStorage: hpaFromV1, fromStorage: hpaToV1 },
};

/** The converter for a served type that is not its storage version, or undefined. */
export function converterFor(type: ResourceType): (Converter & { storage: ResourceType }) | undefined {
  const storage = storageTypeOf(type);
  if (storage === type) return undefined;
  const c = CONVERTERS[`${apiVersionOf(type)}/${type.kind}`];
  if (!c) throw new Error(`no conversion from ${apiVersionOf(type)} ${type.kind} to its storage version`);
  return { ...c, storage };
}
