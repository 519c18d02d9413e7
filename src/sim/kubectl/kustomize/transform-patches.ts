// Patches (api/internal/builtins/PatchTransformer.go, PatchStrategicMergeTransformer.go,
// PatchJson6902Transformer.go; selection: api/resmap/reswrangler.go Select, api/types/selector.go).
// A strategic merge patch without a target patches the resource it names; with a target, every
// selected resource (the patch takes the resource's name). A JSON 6902 patch needs a target.
import { PatchError, applyJsonPatch } from '../../api/patch/json-patch.js';
import { applyStrategicMergePatch } from '../../api/patch/strategic-merge-patch.js';
import { labelsMatch, parseLabelSelector } from '../../api/selectors.js';
import { marshalYaml } from '../../printers/yaml/encode-yaml.js';
import { kyamlListOrder } from './smp-order.js';
import { kyamlToJson as yamlToJson } from './read-yaml.js';
import type { Kustomization, PatchArgs, Selector } from './kustomization.js';
import { KustomizeError, type Loader } from './loader.js';
import { groupVersionOf, idString, isObject, kindOf, metadataOf, nameOf, namespaceOf, wasNamed, type Json, type Resource } from './resource.js';

function anchored(pattern: string | undefined): RegExp | undefined {
  return pattern ? new RegExp(`^(?:${pattern})$`) : undefined;
}

/** resmap Select: gvk, name and namespace (original or current, as anchored regexps), labels, annotations. */
export function selectResources(resources: readonly Resource[], sel: Selector): Resource[] {
  const name = anchored(sel.name);
  const ns = anchored(sel.namespace);
  const [group, version, kind] = [anchored(sel.group), anchored(sel.version), anchored(sel.kind)];
  const labels = sel.labelSelector ? parseLabelSelector(sel.labelSelector) : undefined;
  const annotations = sel.annotationSelector ? parseLabelSelector(sel.annotationSelector) : undefined;
  return resources.filter((r) => {
    const org = r.ids[0] ?? { name: '', namespace: '' };
    if (ns && !ns.test(org.namespace || 'default') && !ns.test(namespaceOf(r.obj) || 'default')) return false;
    if (name && !name.test(org.name) && !name.test(nameOf(r.obj))) return false;
    const gv = groupVersionOf(r.obj);
    if ((group && !group.test(gv.group)) || (version && !version.test(gv.version)) || (kind && !kind.test(kindOf(r.obj)))) return false;
    const meta = metadataOf(r.obj);
    if (labels && !labelsMatch(meta['labels'] as Record<string, string> | undefined, labels)) return false;
    if (annotations && !labelsMatch(meta['annotations'] as Record<string, string> | undefined, annotations)) return false;
    return true;
  });
}

function parsePatch(text: string): unknown[] {
  const parsed = yamlToJson(text);
  if ('error' in parsed) throw new KustomizeError(`unable to parse SM or JSON patch from ${text}`);
  return parsed.values.filter((v) => v !== null && v !== undefined);
}

function applySm(r: Resource, patch: Json): void {
  const body = structuredClone(patch);
  const meta = metadataOf(body);
  meta['name'] = nameOf(r.obj);
  if (namespaceOf(r.obj)) meta['namespace'] = namespaceOf(r.obj);
  else delete meta['namespace'];
  r.obj = kyamlListOrder(applyStrategicMergePatch(r.obj, body, kindOf(r.obj)) as Json, body, kindOf(r.obj));
}

function applyJson(r: Resource, ops: unknown[]): void {
  try {
    r.obj = applyJsonPatch(r.obj, ops) as Json;
  } catch (e) {
    if (e instanceof PatchError) throw new KustomizeError(`failed to apply json patch '${JSON.stringify(ops)}': ${e.message}`);
    throw e;
  }
}

/** The resource a target-less strategic merge patch names (by kind and any name it has had). */
function patchTarget(resources: readonly Resource[], patch: Json, what: string): Resource {
  const matches = resources.filter(
    (r) => kindOf(r.obj) === kindOf(patch) && groupVersionOf(r.obj).group === groupVersionOf(patch).group && wasNamed(r, nameOf(patch)) && (namespaceOf(patch) === '' || r.ids.some((id) => id.namespace === namespaceOf(patch)) || namespaceOf(r.obj) === namespaceOf(patch)),
  );
  const id = idString(patch);
  if (matches.length === 0) throw new KustomizeError(`${what}no resource matches strategic merge patch "${id}": no matches for Id ${id}; failed to find unique target for patch ${id}`);
  if (matches.length > 1) throw new KustomizeError(`${what}multiple matches for Id ${id}; failed to find unique target for patch ${id}`);
  return matches[0] as Resource;
}

function patchText(args: PatchArgs, ldr: Loader, plugin: string): string {
  if (args.patch !== undefined && args.path !== undefined) throw new KustomizeError('patch and path can\'t be set at the same time');
  if (args.path !== undefined) {
    try {
      return ldr.load(args.path);
    } catch (e) {
      configuring(plugin, args, e);
    }
  }
  if (args.patch !== undefined) return args.patch;
  throw new KustomizeError('must specify one of patch and path in\n' + JSON.stringify(args));
}

/** `patches`: strategic merge or JSON 6902, by what the text parses as. */
function applyPatches(resources: readonly Resource[], list: readonly PatchArgs[], ldr: Loader): void {
  for (const args of list) {
    const text = patchText(args, ldr, 'PatchTransformer');
    const docs = parsePatch(text);
    const json = docs.length === 1 && Array.isArray(docs[0]) ? (docs[0] as unknown[]) : undefined;
    if (json) {
      if (!args.target) throw new KustomizeError(`must specify a target for patch ${text}`);
      for (const r of selectResources(resources, args.target)) applyJson(r, json);
      continue;
    }
    for (const doc of docs) {
      if (!isObject(doc)) throw new KustomizeError(`unable to parse SM or JSON patch from ${text}`);
      if (args.target) for (const r of selectResources(resources, args.target)) applySm(r, doc);
      else applySm(patchTarget(resources, doc, ''), doc);
    }
  }
}

/** A builtin plugin's Config failing (loading its files): kustomize shows the plugin's config. */
function configuring(plugin: string, config: unknown, e: unknown): never {
  if (e instanceof KustomizeError) throw new KustomizeError(`trouble configuring builtin ${plugin} with config: \`\n${marshalYaml(config)}\`: ${e.message}`);
  throw e;
}

/** `patchesStrategicMerge`: files (or inline patches), each naming its target. */
function applyStrategicMergePatches(resources: readonly Resource[], list: readonly string[], ldr: Loader): void {
  if (list.length === 0) return;
  const texts: string[] = [];
  try {
    for (const entry of list) texts.push(ldr.typeOf(entry) === 'file' ? ldr.load(entry) : entry);
  } catch (e) {
    configuring('PatchStrategicMergeTransformer', { paths: list }, e);
  }
  for (const text of texts) {
    for (const doc of parsePatch(text)) {
      if (!isObject(doc)) throw new KustomizeError(`unable to parse SM or JSON patch from ${text}`);
      applySm(patchTarget(resources, doc, ''), doc);
    }
  }
}

/** `patchesJson6902`: JSON (or YAML) operation lists with a target each. */
function applyJson6902Patches(resources: readonly Resource[], list: readonly PatchArgs[], ldr: Loader): void {
  for (const args of list) {
    if (!args.target) throw new KustomizeError('must specify the target field in patchesJson6902');
    const ops = parsePatch(patchText(args, ldr, 'PatchJson6902Transformer'))[0];
    if (!Array.isArray(ops)) throw new KustomizeError('json patch is not a list of operations');
    for (const r of selectResources(resources, args.target)) applyJson(r, ops);
  }
}

export const patchSteps = {
  strategicMerge: (rs: readonly Resource[], k: Kustomization, ldr: Loader) => applyStrategicMergePatches(rs, k.patchesStrategicMerge, ldr),
  patches: (rs: readonly Resource[], k: Kustomization, ldr: Loader) => applyPatches(rs, k.patches, ldr),
  json6902: (rs: readonly Resource[], k: Kustomization, ldr: Loader) => applyJson6902Patches(rs, k.patchesJson6902, ldr),
};
