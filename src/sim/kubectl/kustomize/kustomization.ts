// The kustomization file (api/types/kustomization.go, api/internal/target/kusttarget.go Load):
// found under one of three names, decoded as sigs.k8s.io/yaml does with unknown fields refused,
// deprecated fields warned about and folded into their successors (FixKustomization).
import { yamlToJson } from '../yaml-to-json.js';
import type { FieldSpec } from './field-spec.js';
import { checkKustomizationTypes } from './kustomization-types.js';
import type { GeneratorArgs, GeneratorOptions } from './generators.js';
import { KustomizeError, KustomizeUnmodelled, type Loader } from './loader.js';
import { isObject, type Json } from './resource.js';

export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export interface PatchArgs {
  path?: string;
  patch?: string;
  target?: Selector;
}

export interface LabelArgs {
  pairs?: Record<string, string>;
  includeSelectors?: boolean;
  includeTemplates?: boolean;
  fields?: FieldSpec[];
}

export interface ImageArgs {
  name?: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

export interface Kustomization {
  kind: string;
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  commonLabels?: Record<string, string>;
  labels: LabelArgs[];
  commonAnnotations?: Record<string, string>;
  resources: string[];
  configMapGenerator: GeneratorArgs[];
  secretGenerator: GeneratorArgs[];
  generatorOptions?: GeneratorOptions;
  images: ImageArgs[];
  replicas: Array<{ name?: string; count?: number }>;
  patches: PatchArgs[];
  patchesStrategicMerge: string[];
  patchesJson6902: PatchArgs[];
}

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

const KNOWN_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels',
  'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements',
  'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator', 'secretGenerator',
  'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations', 'generators',
  'transformers', 'validators', 'inventory', 'buildMetadata',
]);

/** Fields kustomize has that the simulator's kustomize does not model. */
const UNMODELLED = ['openapi', 'replacements', 'vars', 'sortOptions', 'components', 'crds', 'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'configurations', 'generators', 'transformers', 'validators', 'inventory', 'buildMetadata'];

// The fields of the list items that tutorials use (json's DisallowUnknownFields applies to them too).
const ITEM_FIELDS: Record<string, string[]> = {
  configMapGenerator: ['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options'],
  secretGenerator: ['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options', 'type'],
  images: ['name', 'newName', 'newTag', 'digest', 'tagSuffix'],
  replicas: ['name', 'count'],
  patches: ['path', 'patch', 'target', 'options'],
  patchesJson6902: ['path', 'patch', 'target', 'options'],
  labels: ['pairs', 'includeSelectors', 'includeTemplates', 'fields'],
};

const RUN_EDIT_FIX = "Run 'kustomize edit fix' to update your Kustomization automatically.";
const DEPRECATED: Array<[string, string]> = [
  ['bases', `# Warning: 'bases' is deprecated. Please use 'resources' instead. ${RUN_EDIT_FIX}`],
  ['commonLabels', `# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. ${RUN_EDIT_FIX}`],
  ['imageTags', `# Warning: 'imageTags' is deprecated. Please use 'images' instead. ${RUN_EDIT_FIX}`],
  ['patchesJson6902', `# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead. ${RUN_EDIT_FIX}`],
  ['patchesStrategicMerge', `# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. ${RUN_EDIT_FIX}`],
  ['vars', "# Warning: 'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically."],
];

function list<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function stringMap(v: unknown): Record<string, string> | undefined {
  return isObject(v) ? (Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) as Record<string, string>) : undefined;
}

function checkFields(doc: Json): void {
  for (const key of Object.keys(doc)) if (!KNOWN_FIELDS.has(key)) throw new KustomizeError(`invalid Kustomization: json: unknown field "${key}"`);
  for (const [field, known] of Object.entries(ITEM_FIELDS)) {
    for (const item of list<unknown>(doc[field])) {
      if (!isObject(item)) continue;
      for (const key of Object.keys(item)) if (!known.includes(key)) throw new KustomizeError(`invalid Kustomization: json: unknown field "${key}"`);
    }
  }
}

/** LoadKustFile + Unmarshal + CheckDeprecatedFields + FixKustomization + EnforceFields. */
export function loadKustomization(ldr: Loader, warn: (line: string) => void): Kustomization {
  const found = KUSTOMIZATION_FILE_NAMES.filter((n) => ldr.typeOf(n) === 'file');
  if (found.length === 0) throw new KustomizeError(`unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${ldr.root}'`);
  if (found.length > 1) throw new KustomizeError(`Found multiple kustomization files under: ${ldr.root}\n`);
  const parsed = yamlToJson(ldr.load(found[0] as string));
  if ('error' in parsed) throw new KustomizeError(`invalid Kustomization: error converting YAML to JSON: ${parsed.error}`);
  const doc = (parsed.values.find((v) => v !== null && v !== undefined) ?? {}) as Json;
  if (!isObject(doc)) throw new KustomizeError('invalid Kustomization: json: cannot unmarshal array into Go value of type types.Kustomization');
  checkFields(doc);
  checkKustomizationTypes(doc);
  for (const [field, message] of DEPRECATED) if (doc[field] !== undefined && doc[field] !== null) warn(message);
  const unmodelled = UNMODELLED.find((f) => doc[f] !== undefined && doc[f] !== null);
  if (unmodelled) throw new KustomizeUnmodelled(`the kustomization field '${unmodelled}'`);
  const kind = typeof doc['kind'] === 'string' && doc['kind'] !== '' ? doc['kind'] : 'Kustomization';
  const errs: string[] = [];
  if (kind !== 'Kustomization' && kind !== 'Component') errs.push('kind should be Kustomization or Component');
  const required = kind === 'Component' ? 'kustomize.config.k8s.io/v1alpha1' : 'kustomize.config.k8s.io/v1beta1';
  if (typeof doc['apiVersion'] === 'string' && doc['apiVersion'] !== '' && doc['apiVersion'] !== required) errs.push(`apiVersion for ${kind} should be ${required}`);
  if (errs.length > 0) throw new KustomizeError(`Failed to read kustomization file under ${ldr.root}:\n${errs.join('\n')}`);
  if (kind === 'Component') throw new KustomizeUnmodelled("kustomize components");
  const fixGenerator = (g: GeneratorArgs) => (g.env ? { ...g, envs: [...(g.envs ?? []), g.env], env: undefined } : g);
  const k: Kustomization = {
    kind,
    labels: list<LabelArgs>(doc['labels']),
    resources: [...list<string>(doc['resources']), ...list<string>(doc['bases'])],
    configMapGenerator: list<GeneratorArgs>(doc['configMapGenerator']).map(fixGenerator),
    secretGenerator: list<GeneratorArgs>(doc['secretGenerator']).map(fixGenerator),
    images: [...list<ImageArgs>(doc['images']), ...list<ImageArgs>(doc['imageTags'])],
    replicas: list<{ name?: string; count?: number }>(doc['replicas']),
    patches: list<PatchArgs>(doc['patches']),
    patchesStrategicMerge: list<unknown>(doc['patchesStrategicMerge']).map((p) => (typeof p === 'string' ? p : JSON.stringify(p))),
    patchesJson6902: list<PatchArgs>(doc['patchesJson6902']),
  };
  if (typeof doc['namespace'] === 'string') k.namespace = doc['namespace'];
  if (typeof doc['namePrefix'] === 'string') k.namePrefix = doc['namePrefix'];
  if (typeof doc['nameSuffix'] === 'string') k.nameSuffix = doc['nameSuffix'];
  const cl = stringMap(doc['commonLabels']);
  if (cl) k.commonLabels = cl;
  const ca = stringMap(doc['commonAnnotations']);
  if (ca) k.commonAnnotations = ca;
  if (isObject(doc['generatorOptions'])) k.generatorOptions = doc['generatorOptions'] as GeneratorOptions;
  return k;
}
