// A kustomize build (api/krusty/kustomizer.go Run; api/internal/target/kusttarget.go): the
// resources of a directory and its bases, the generators, the transformers in kustomize's fixed
// order, then, once at the top, content hashes on generated names, name references fixed, and
// the legacy output order. Errors carry kustomize's own wrapping.
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { kyamlToJson as yamlToJson } from './read-yaml.js';
import { contentHash } from './hasher.js';
import { generateConfigMap, generateSecret } from './generators.js';
import { loadKustomization, type Kustomization } from './kustomization.js';
import { evalSymlinkFailure, KustomizeError, KustomizeUnmodelled, makeLoader, type Loader } from './loader.js';
import { fixNameReferences } from './name-reference.js';
import { goQuote } from '../../api/schema/go-quote.js';
import { groupVersionOf, idString, isObject, kindOf, metadataOf, nameOf, namespaceOf, newResource, rememberId, wasNamed, type Json, type Resource } from './resource.js';
import { sortLegacy } from './sort-resources.js';
import { setImages } from './transform-images.js';
import { addAnnotations, addLabels } from './transform-metadata.js';
import { addPrefixSuffix, setNamespace } from './transform-names.js';
import { patchSteps } from './transform-patches.js';
import { setReplicas } from './transform-replicas.js';

export interface BuildOptions {
  /** `--load-restrictor=LoadRestrictionsRootOnly` (the default): files only from within a kustomization's directory. */
  loadRestricted?: boolean;
}

export interface BuildResult {
  /** The built objects, in output order. */
  objects: Json[];
}

function wrap(prefix: string, e: unknown): never {
  if (e instanceof KustomizeError) throw new KustomizeError(`${prefix}: ${e.message}`);
  throw e;
}

/** ResId.IsNsEquals: no namespace and `default` are the same place. */
function effectiveNamespace(r: Resource): string {
  return namespaceOf(r.obj) || 'default';
}

/** ResAccumulator.AppendAll: a second resource with the same id is an error. */
function append(ra: Resource[], r: Resource): void {
  const clash = ra.find((x) => kindOf(x.obj) === kindOf(r.obj) && nameOf(x.obj) === nameOf(r.obj) && effectiveNamespace(x) === effectiveNamespace(r));
  if (clash) throw new KustomizeError(`may not add resource with an already registered id: ${idString(r.obj)}`);
  ra.push(r);
}

/** A Go %v of the ObjectMeta fields kustomize shows for an object without a name. */
function goMapText(v: unknown): string {
  if (!isObject(v)) return 'map[]';
  return `map[${Object.keys(v).sort().map((k) => `${k}:${String(v[k])}`).join(' ')}]`;
}

/** The objects of one resource file (its YAML documents; a List's items); errors are errF texts. */
function readResourceFile(text: string, path: string): Resource[] {
  const parsed = yamlToJson(text);
  if ('error' in parsed) throw new MalformedYaml(`accumulating resources from '${path}': MalformedYAMLError: ${parsed.error} in File: ${path}`);
  const out: Resource[] = [];
  const add = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (!isObject(v)) throw new KustomizeError(`accumulating resources from '${path}': missing Resource metadata`);
    if (kindOf(v) === 'List' && Array.isArray(v['items'])) {
      for (const item of v['items']) add(item);
      return;
    }
    if (nameOf(v) === '') {
      const meta = isObject(v['metadata']) ? v['metadata'] : {};
      const ns = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
      throw new KustomizeError(`accumulating resources from '${path}': missing metadata.name in object {{${String(v['apiVersion'] ?? '')} ${kindOf(v)}} {{ ${ns}} ${goMapText(meta['labels'])} ${goMapText(meta['annotations'])}}}`);
    }
    out.push(newResource(v));
  };
  for (const v of parsed.values) add(v);
  return out;
}

/** A resource file that is not YAML: reported alone, not as a failed directory too. */
class MalformedYaml extends KustomizeError {}

/** A URL or a git repository, which kustomize would fetch. */
function isRemote(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path) || path.startsWith('git@');
}

function accumulateResources(ra: Resource[], ldr: Loader, paths: readonly string[], warn: (l: string) => void, options: BuildOptions): void {
  for (const path of paths) {
    if (isRemote(path)) {
      throw new KustomizeUnmodelled(`remote kustomize resources (${path})`);
    }
    const abs = ldr.abs(path);
    const type = ldr.typeOf(path);
    if (type === 'file') {
      if (options.loadRestricted !== false && !abs.startsWith(`${ldr.root}/`)) {
        throw new KustomizeError(`accumulation err='accumulating resources from '${path}': security; file '${abs}' is not in or below '${ldr.root}'': must build at directory: '${abs}': file is not directory`);
      }
      const notDir = `must build at directory: '${abs}': file is not directory`;
      let resources: Resource[];
      try {
        resources = readResourceFile(ldr.load(path), path);
      } catch (e) {
        if (e instanceof MalformedYaml) throw new KustomizeError(e.message);
        if (e instanceof KustomizeError) throw new KustomizeError(`accumulation err='${e.message}': ${notDir}`);
        throw e;
      }
      try {
        for (const r of resources) append(ra, r);
      } catch (e) {
        if (e instanceof KustomizeError) throw new KustomizeError(`accumulation err='merging resources from '${path}': ${e.message}': ${notDir}`);
        throw e;
      }
      continue;
    }
    if (type === undefined) {
      const failure = evalSymlinkFailure(abs, abs);
      throw new KustomizeError(`accumulation err='accumulating resources from '${path}': ${failure}': must build at directory: not a valid directory: ${failure}`);
    }
    const errF = `accumulating resources from '${path}': '${abs}' must resolve to a file`;
    const sub = makeLoader(ldr.fs, abs, options.loadRestricted !== false);
    let k: Kustomization;
    try {
      k = loadKustomization(sub, warn);
    } catch (e) {
      wrap(`accumulation err='${errF}': couldn't make target for path '${abs}'`, e);
    }
    let subRa: Resource[];
    try {
      subRa = accumulateTarget(sub, k, warn, options);
    } catch (e) {
      wrap(`accumulation err='${errF}': recursed accumulation of path '${abs}'`, e);
    }
    for (const r of subRa) append(ra, r);
  }
}

/**
 * ResAccumulator.AbsorbAll for a generated object (resWrangler.appendReplaceOrMerge): `create`
 * adds it; `merge` and `replace` put the new object in the place of the one of the same name, with
 * the old one's labels and annotations under its own, and for `merge` the old data under its own.
 */
function absorb(ra: Resource[], r: Resource): void {
  const behavior = r.behavior ?? 'create';
  // NewGenerationBehavior: anything but merge and replace creates.
  const index = ra.findIndex((x) => kindOf(x.obj) === kindOf(r.obj) && wasNamed(x, nameOf(r.obj)) && (namespaceOf(r.obj) === '' || effectiveNamespace(x) === effectiveNamespace(r)));
  const old = ra[index];
  // kustomize prints the generator with %v (a Go pointer: here a fixed one) and the id with %#v.
  const { group, version } = groupVersionOf(r.obj);
  const id = `resid.ResId{Gvk:resid.Gvk{Group:${goQuote(group)}, Version:${goQuote(version)}, Kind:${goQuote(kindOf(r.obj))}, isClusterScoped:false}, Name:${goQuote(nameOf(r.obj))}, Namespace:${goQuote(namespaceOf(r.obj))}}`;
  const fromGenerator = 'merging from generator &{0xc000010000 <nil>}';
  if (behavior !== 'merge' && behavior !== 'replace') {
    if (old) throw new KustomizeError(`${fromGenerator}: id ${id} exists; behavior must be merge or replace`);
    ra.push(r);
    return;
  }
  if (!old) throw new KustomizeError(`${fromGenerator}: id ${id} does not exist; cannot merge or replace`);
  const meta = metadataOf(r.obj);
  const oldMeta = metadataOf(old.obj);
  for (const field of ['labels', 'annotations']) {
    if (isObject(oldMeta[field]) || isObject(meta[field])) meta[field] = { ...(isObject(oldMeta[field]) ? oldMeta[field] : {}), ...(isObject(meta[field]) ? meta[field] : {}) };
  }
  meta['name'] = oldMeta['name'];
  if (oldMeta['namespace'] !== undefined) meta['namespace'] = oldMeta['namespace'];
  if (behavior === 'merge') {
    for (const field of ['data', 'binaryData']) {
      if (isObject(old.obj[field]) || isObject(r.obj[field])) r.obj[field] = { ...(isObject(old.obj[field]) ? old.obj[field] : {}), ...(isObject(r.obj[field]) ? r.obj[field] : {}) };
    }
  }
  ra[index] = { ...r, ids: old.ids };
}

function accumulateTarget(ldr: Loader, k: Kustomization, warn: (l: string) => void, options: BuildOptions): Resource[] {
  const ra: Resource[] = [];
  try {
    accumulateResources(ra, ldr, k.resources, warn, options);
  } catch (e) {
    wrap('accumulating resources', e);
  }
  for (const args of k.configMapGenerator) absorb(ra, generateConfigMap(args, k.generatorOptions, ldr));
  for (const args of k.secretGenerator) absorb(ra, generateSecret(args, k.generatorOptions, ldr));
  // configureBuiltinTransformers' order.
  patchSteps.strategicMerge(ra, k, ldr);
  patchSteps.patches(ra, k, ldr);
  setNamespace(ra, k.namespace);
  addPrefixSuffix(ra, k.namePrefix, k.nameSuffix);
  addLabels(ra, k);
  addAnnotations(ra, k);
  patchSteps.json6902(ra, k, ldr);
  setReplicas(ra, k.replicas);
  setImages(ra, k.images);
  return ra;
}

/** `kustomize build DIR` (krusty's Run) on the simulator's filesystem; throws KustomizeError. Deprecation warnings go to `warn`. */
export function buildKustomization(fs: VirtualFs, dir: string, shown: string, warn: (line: string) => void, options: BuildOptions = {}): BuildResult {
  if (isRemote(shown)) throw new KustomizeUnmodelled(`remote kustomizations (${shown})`);
  const ldr = makeLoader(fs, dir, options.loadRestricted !== false);
  if (ldr.typeOf('.') !== 'dir') {
    const failure = evalSymlinkFailure(shown, dir);
    throw new KustomizeError(ldr.typeOf('.') === 'file' ? `must build at directory: '${dir}': file is not directory` : `must build at directory: not a valid directory: ${failure}`);
  }
  const k = loadKustomization(ldr, warn);
  const ra = accumulateTarget(ldr, k, warn, options);
  for (const r of ra) {
    if (!r.needsHash) continue;
    metadataOf(r.obj)['name'] = `${nameOf(r.obj)}-${contentHash(r.obj)}`;
    rememberId(r);
  }
  fixNameReferences(ra);
  return { objects: sortLegacy(ra).map((r) => r.obj) };
}
