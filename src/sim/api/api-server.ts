// The simulator's API server, in process: create, get, list, update, delete and watch for every
// kind the simulator has, with defaulting, admission, validation and graceful deletion. Our
// kubectl calls it directly; the HTTP layer (outside src/sim) serves it to real clients. Errors are
// thrown as StatusError, the way the real server answers with a Status object.
import type { SeededRandom } from '../core/random.js';
import { cloneJson, jsonEqual } from '../store/json-data.js';
import type { ObjectStore, WatchEvent } from '../store/object-store.js';
import { qualifiedResource, RESOURCE_TYPES, type ResourceType, typeForKind, apiVersionOf, typeForResource } from './resources.js';
import { decodeObject, decodeObjectText, type FieldValidation } from './schema/decode-object.js';
import { fillZeroStructs } from './schema/zero-structs.js';
import { fieldMatcher } from './field-selectors.js';
import { finalizersForGarbageCollection } from './gc-finalizers.js';
import { labelsMatch, parseFieldSelector, parseLabelSelector, SelectorParseError } from './selectors.js';
import { alreadyExists, badRequest, forbiddenStatus, invalidObject, notFound, StatusError } from './status-error.js';
import type { AdmissionAttributes, AdmissionPlugin } from './admission/admission-plugin.js';
import { strategyFor } from './strategies/registry.js';
import type { StrategyContext } from './strategies/types.js';
import { rfc3339 } from './time.js';
import { converterFor } from './conversion.js';
import type { KubeObject } from './types.js';
import type { LazyObjects } from './lazy-objects.js';

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ListResult<T extends KubeObject = KubeObject> {
  items: T[];
  resourceVersion: string;
}

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  /** `Background` (default), `Foreground` or `Orphan`. */
  propagationPolicy?: string;
  dryRun?: boolean;
}

/** Options of a create (POST) or update (PUT). */
export interface WriteOptions {
  dryRun?: boolean;
  /** What the decoder does with unknown or duplicate fields: `Strict` (default, as kubectl 1.32 asks), `Warn` or `Ignore`. */
  fieldValidation?: FieldValidation;
  /** Receives the server's warnings (`unknown field "spec.x"` under `Warn`), for the caller to print as `Warning: ...`. */
  warnings?: string[];
  /** The body as sent, when there is one (HTTP): lets the decoder report duplicate fields, which a parsed object has lost. */
  rawBody?: string;
  /** The cluster's own objects (bootstrap, controllers): known well-formed, not decoded again. */
  trusted?: boolean;
}

export interface WatchHandle {
  stop(): void;
}

export type WatchCallback = (event: { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: KubeObject }) => void;

/** Server-owned behaviour the API needs from the rest of the cluster. */
export interface ApiServerDeps {
  store: ObjectStore;
  now(): number;
  random: SeededRandom;
  strategyContext: StrategyContext;
  /** Admission plugins that read the cluster's state (LimitRanger, ResourceQuota), in order. */
  admission?: readonly AdmissionPlugin[];
  /** Objects the cluster has from its start but stores only when first needed (RBAC's bootstrap policy). */
  lazy?: readonly LazyObjects[];
}

export type { LazyObjects };

/** maxNameGenerationCreateAttempts (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go). */
const MAX_NAME_GENERATION_CREATE_ATTEMPTS = 8;

export class ApiServer {
  readonly #deps: ApiServerDeps;

  /** Keyed by the type itself (types are singletons): no key string is built on the hot paths. */
  readonly #lazy = new Map<ResourceType, LazyObjects>();

  constructor(deps: ApiServerDeps) {
    this.#deps = deps;
    for (const group of deps.lazy ?? []) {
      for (const t of RESOURCE_TYPES) if (group.keys.includes(ApiServer.key(t))) this.#lazy.set(t, group);
    }
  }

  get store(): ObjectStore {
    return this.#deps.store;
  }

  /** Stores a type's lazy objects if this is the first request that touches it. */
  #touch(type: ResourceType): void {
    if (this.#lazy.size === 0) return;
    const group = this.#lazy.get(type);
    if (!group) return;
    for (const [t, g] of [...this.#lazy]) if (g === group) this.#lazy.delete(t);
    const uids = this.#deps.random.stream('lazy-bootstrap-uids');
    for (const obj of group.objects()) {
      const t = typeForKind(obj.kind, obj.apiVersion);
      if (!t) throw new Error(`lazy object of unknown kind ${obj.kind}`);
      obj.metadata.uid = uids.uuid();
      obj.metadata.creationTimestamp = rfc3339(group.createdAt);
      this.#deps.store.add(ApiServer.key(t), obj);
    }
    group.stored?.();
  }

  /** Whether a type's lazy objects are still unstored (nobody has touched the type yet). */
  untouched(type: ResourceType): boolean {
    return this.#lazy.has(type);
  }

  /** The store key for a type: `pods`, `deployments.apps`. */
  static key(type: ResourceType): string {
    return qualifiedResource(type);
  }

  #checkNamespace(type: ResourceType, namespace: string | undefined): void {
    if (!type.namespaced) return;
    const ns = this.#deps.store.view('namespaces', undefined, namespace ?? '');
    if (!ns) throw notFound('namespaces', '', namespace ?? '');
  }

  /** Decodes a request body as the real server does first: type errors and (per fieldValidation) unknown fields. */
  #decode(type: ResourceType, body: KubeObject, options: WriteOptions): void {
    if (options.trusted) return;
    const mode = options.fieldValidation ?? 'Strict';
    const apiVersion = apiVersionOf(type);
    const result =
      options.rawBody !== undefined
        ? decodeObjectText(type.kind, apiVersion, options.rawBody, mode)
        : decodeObject(type.kind, apiVersion, body, mode);
    if (result.error !== undefined) throw badRequest(result.error);
    options.warnings?.push(...result.warnings);
  }

  /** POST: creates an object (after decoding, defaults, admission and validation). */
  create<T extends KubeObject>(type: ResourceType, namespace: string | undefined, body: T, options: WriteOptions = {}): T {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) {
      this.#decode(type, body, options);
      return conv.fromStorage(this.create(conv.storage, namespace, conv.toStorage(body), { ...options, trusted: true })) as T;
    }
    this.#decode(type, body, options);
    const obj = cloneJson(body);
    if (!options.trusted) fillZeroStructs(obj, type.kind, type.group);
    obj.apiVersion = apiVersionOf(type);
    obj.kind = type.kind;
    obj.metadata ??= { name: '' };
    if (type.namespaced) {
      if (obj.metadata.namespace && namespace && obj.metadata.namespace !== namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      obj.metadata.namespace = namespace ?? obj.metadata.namespace ?? 'default';
    } else {
      delete obj.metadata.namespace;
    }
    const strategy = strategyFor(type);
    const ctx = this.#deps.strategyContext;
    const attrs: AdmissionAttributes = { operation: 'CREATE', type, namespace: obj.metadata.namespace, requestName: obj.metadata.name, dryRun: options.dryRun === true };
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = `${obj.metadata.generateName}${this.#deps.random.stream('names').nameSuffix(5)}`;
    }
    // Server-owned metadata is never taken from the request.
    delete obj.metadata.uid;
    delete obj.metadata.resourceVersion;
    delete obj.metadata.deletionTimestamp;
    delete obj.metadata.deletionGracePeriodSeconds;
    delete obj.metadata.creationTimestamp;
    strategy.prepareForCreate?.(obj, ctx);
    const admission = this.#deps.admission ?? [];
    for (const plugin of admission) plugin.mutate?.(obj, attrs, this.#deps.store);
    strategy.afterAdmission?.(obj);
    const errs = strategy.validate?.(obj) ?? [];
    if (errs.length > 0) throw invalidObject(type.kind, type.group, obj.metadata.name, errs);
    for (const plugin of admission) plugin.validate?.(obj, attrs, this.#deps.store);
    if (type.namespaced) {
      this.#checkNamespace(type, obj.metadata.namespace);
      const ns = this.#deps.store.view('namespaces', undefined, obj.metadata.namespace!);
      if (ns?.metadata.deletionTimestamp) {
        throw forbiddenStatus(type.resource, type.group, obj.metadata.name, `unable to create new content in namespace ${ns.metadata.name} because it is being terminated`);
      }
    }
    const key = ApiServer.key(type);
    // RetryGenerateName (on by default since 1.31; registry/store.go Create): a generated name
    // that is taken is generated again, up to maxNameGenerationCreateAttempts (8) tries in all.
    const generated = body.metadata?.name ? undefined : obj.metadata.generateName;
    for (let attempt = 1; generated && attempt < MAX_NAME_GENERATION_CREATE_ATTEMPTS && this.#deps.store.view(key, obj.metadata.namespace, obj.metadata.name); attempt++) {
      obj.metadata.name = `${generated}${this.#deps.random.stream('names').nameSuffix(5)}`;
    }
    if (this.#deps.store.view(key, obj.metadata.namespace, obj.metadata.name)) {
      throw alreadyExists(type.resource, type.group, obj.metadata.name);
    }
    if (options.dryRun) {
      // BeforeCreate fills the system fields (FillObjectMetaSystemFields) before the dry run stops
      // short of storage: the answer has a uid and a creation time, but no resourceVersion. The
      // uid comes from a stream of its own, so a dry run shifts no later object's uid.
      obj.metadata.uid ??= this.#deps.random.stream('dry-run-uids').uuid();
      obj.metadata.creationTimestamp = rfc3339(this.#deps.now());
      if (strategy.tracksGeneration) obj.metadata.generation = 1;
      return obj;
    }
    strategy.allocate?.(obj, ctx);
    // A strategy that needs the uid earlier (a Job's generated selector) has set it already.
    obj.metadata.uid ??= this.#deps.random.stream('uids').uuid();
    obj.metadata.creationTimestamp = rfc3339(this.#deps.now());
    if (strategy.tracksGeneration) obj.metadata.generation = 1;
    return cloneJson(this.#deps.store.add(key, obj));
  }

  /** GET one object. */
  get<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, name: string): T {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) return conv.fromStorage(this.get(conv.storage, namespace, name)) as T;
    const found = this.#deps.store.get<T>(ApiServer.key(type), type.namespaced ? namespace : undefined, name);
    if (!found) throw notFound(type.resource, type.group, name);
    return found;
  }

  /** Looks an object up without throwing. */
  find<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, name: string): T | undefined {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) {
      const found = this.find(conv.storage, namespace, name);
      return found && (conv.fromStorage(found) as T);
    }
    return this.#deps.store.get<T>(ApiServer.key(type), type.namespaced ? namespace : undefined, name);
  }

  /** The stored object itself (frozen, read-only), for the cluster's own hot paths. */
  view<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, name: string): T | undefined {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) {
      const found = this.view(conv.storage, namespace, name);
      return found && (conv.fromStorage(found) as T);
    }
    return this.#deps.store.view<T>(ApiServer.key(type), type.namespaced ? namespace : undefined, name);
  }

  /** Stored objects (frozen, read-only) of a type, filtered like `list`. */
  viewList<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, options: ListOptions = {}): T[] {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) return this.viewList(conv.storage, namespace, options).map((o) => conv.fromStorage(o) as T);
    const all = this.#deps.store.viewList<T>(ApiServer.key(type), type.namespaced ? namespace : undefined);
    if (!options.labelSelector && !options.fieldSelector) return all;
    const match = this.#matcher(type, options);
    return all.filter(match);
  }

  /** LIST: every object of a type in a namespace (or all namespaces), filtered by selectors. */
  list<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, options: ListOptions = {}): ListResult<T> {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) {
      const r = this.list(conv.storage, namespace, options);
      return { items: r.items.map((o) => conv.fromStorage(o) as T), resourceVersion: r.resourceVersion };
    }
    const match = this.#matcher(type, options);
    const items = this.#deps.store.list<T>(ApiServer.key(type), type.namespaced ? namespace : undefined).filter(match);
    return { items, resourceVersion: this.#deps.store.revision() };
  }

  #matcher(type: ResourceType, options: ListOptions): (o: KubeObject) => boolean {
    try {
      const labels = options.labelSelector ? parseLabelSelector(options.labelSelector) : undefined;
      const fields = options.fieldSelector ? fieldMatcher(type, parseFieldSelector(options.fieldSelector)) : undefined;
      return (o) => (!labels || labelsMatch(o.metadata.labels, labels)) && (!fields || fields(o));
    } catch (e) {
      if (e instanceof SelectorParseError) throw badRequest(e.message);
      throw e;
    }
  }

  /** PUT: replaces an object's spec and metadata; status and server fields are kept. */
  update<T extends KubeObject>(type: ResourceType, namespace: string | undefined, body: T, options: WriteOptions = {}): T {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) {
      this.#decode(type, body, options);
      const next = conv.toStorage(body);
      // What v1 cannot say (status beyond its fields) is kept from the stored object.
      if (!('status' in body)) delete next['status'];
      return conv.fromStorage(this.update(conv.storage, namespace, next, { ...options, trusted: true })) as T;
    }
    this.#decode(type, body, options);
    const old = this.get<T>(type, namespace, body.metadata.name);
    const next = cloneJson(body);
    if (!options.trusted) fillZeroStructs(next, type.kind, type.group);
    next.apiVersion = apiVersionOf(type);
    next.kind = type.kind;
    next.metadata.namespace = old.metadata.namespace;
    next.metadata.uid = old.metadata.uid;
    next.metadata.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) next.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
    if (old.metadata.deletionGracePeriodSeconds !== undefined) next.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    const strategy = strategyFor(type);
    strategy.prepareForUpdate?.(next, old, this.#deps.strategyContext);
    if (!('status' in body) && 'status' in old) (next as KubeObject)['status'] = old['status'];
    const errs = strategy.validateUpdate?.(next, old) ?? strategy.validate?.(next) ?? [];
    if (errs.length > 0) throw invalidObject(type.kind, type.group, next.metadata.name, errs);
    if (strategy.tracksGeneration) {
      const specChanged = !jsonEqual(next['spec'], old['spec']);
      next.metadata.generation = (old.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    }
    if (jsonEqual({ ...next, metadata: { ...next.metadata, resourceVersion: old.metadata.resourceVersion } }, old)) {
      return old;
    }
    if (options.dryRun) return next;
    if (this.#finalized(type, next)) return cloneJson(this.#removeNow(type, old));
    return cloneJson(this.#deps.store.replace(ApiServer.key(type), next));
  }

  /**
   * rest.ShouldDeleteDuringUpdate: an object marked as deleting with no grace period left goes
   * when its last finalizer is removed. (Pods are left to the kubelet's path.)
   */
  #finalized(type: ResourceType, obj: KubeObject): boolean {
    return type.kind !== 'Pod' && obj.metadata.deletionTimestamp !== undefined && obj.metadata.deletionGracePeriodSeconds === 0 && (obj.metadata.finalizers ?? []).length === 0;
  }

  /**
   * The status subresource: controllers and the kubelet write status without validation of spec.
   * Returns the stored object itself (frozen, read-only), as the cluster's own writers only read it.
   */
  updateStatus<T extends KubeObject>(type: ResourceType, obj: T): T {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) return conv.fromStorage(this.updateStatus(conv.storage, conv.toStorage(obj))) as T;
    const key = ApiServer.key(type);
    const old = this.#deps.store.view<T>(key, obj.metadata.namespace, obj.metadata.name);
    if (!old) throw notFound(type.resource, type.group, obj.metadata.name);
    if (jsonEqual(old['status'], obj['status'])) return old;
    return this.#deps.store.replace(key, { ...old, status: obj['status'] });
  }

  /**
   * Writes an object as a controller would (no validation): used by system controllers. Returns
   * the stored object itself (frozen, read-only).
   */
  put<T extends KubeObject>(type: ResourceType, obj: T): T {
    this.#touch(type);
    const key = ApiServer.key(type);
    const old = this.#deps.store.view<T>(key, obj.metadata.namespace, obj.metadata.name);
    if (!old) {
      const fresh = { ...obj, metadata: { ...obj.metadata } };
      fresh.metadata.uid ??= this.#deps.random.stream('uids').uuid();
      fresh.metadata.creationTimestamp ??= rfc3339(this.#deps.now());
      return this.#deps.store.add(key, fresh);
    }
    const withMeta = { ...obj, metadata: { ...obj.metadata, resourceVersion: old.metadata.resourceVersion } };
    if (jsonEqual(withMeta, old)) return old;
    if (this.#finalized(type, obj)) return this.#removeNow(type, old);
    return this.#deps.store.replace(key, obj);
  }

  /**
   * DELETE: removes the object at once, or (pods on a node, namespaces) marks it with a
   * deletionTimestamp; a controller removes it later with `finalizeDelete`.
   */
  delete<T extends KubeObject = KubeObject>(type: ResourceType, namespace: string | undefined, name: string, options: DeleteOptions = {}): T {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) return conv.fromStorage(this.delete(conv.storage, namespace, name, options)) as T;
    const stored = this.view<T>(type, namespace, name);
    if (!stored) throw notFound(type.resource, type.group, name);
    if (options.dryRun) return cloneJson(stored);
    // Only metadata fields (and a namespace's whole status) change: a copy of the top two levels
    // is enough, and the store shares the untouched parts with the stored snapshot.
    const obj = { ...stored, metadata: { ...stored.metadata } };
    const strategy = strategyFor(type);
    const decision = strategy.deleteDecision?.(obj, options.gracePeriodSeconds) ?? { immediate: true };
    if (decision.immediate && type.kind !== 'Pod') {
      // store.go updateForGracefulDeletionAndFinalizers: the propagation policy's finalizer goes
      // on, and an object with finalizers is only marked as deleting (markAsDeleting).
      const finalizers = finalizersForGarbageCollection(obj, options.propagationPolicy);
      if (finalizers) {
        if (finalizers.length > 0) obj.metadata.finalizers = finalizers;
        else delete obj.metadata.finalizers;
      }
      if ((obj.metadata.finalizers ?? []).length > 0) {
        if (!obj.metadata.deletionTimestamp && (obj.metadata.generation ?? 0) > 0) obj.metadata.generation = obj.metadata.generation! + 1;
        obj.metadata.deletionTimestamp ??= rfc3339(this.#deps.now());
        obj.metadata.deletionGracePeriodSeconds = 0;
        return cloneJson(this.#deps.store.replace(ApiServer.key(type), obj));
      }
    }
    if (decision.immediate) return cloneJson(this.#removeNow(type, obj));
    if (obj.metadata.deletionTimestamp) {
      // Already terminating: a shorter grace period may shorten it.
      const current = obj.metadata.deletionGracePeriodSeconds ?? 0;
      const grace = decision.gracePeriodSeconds ?? 0;
      if (grace >= current) return cloneJson(stored);
      obj.metadata.deletionGracePeriodSeconds = grace;
      obj.metadata.deletionTimestamp = rfc3339(this.#deps.now() + grace * 1000);
      return cloneJson(this.#deps.store.replace(ApiServer.key(type), obj));
    }
    const grace = decision.gracePeriodSeconds ?? 0;
    obj.metadata.deletionTimestamp = rfc3339(this.#deps.now() + grace * 1000);
    obj.metadata.deletionGracePeriodSeconds = grace;
    if (type.kind === 'Namespace') (obj as KubeObject)['status'] = { phase: 'Terminating' };
    return cloneJson(this.#deps.store.replace(ApiServer.key(type), obj));
  }

  /** Removes an object for good (the end of a graceful delete, or an immediate one). */
  finalizeDelete(type: ResourceType, obj: KubeObject): void {
    this.#removeNow(type, obj);
  }

  /** Removes an object for good; returns its last (frozen) snapshot. */
  #removeNow<T extends KubeObject>(type: ResourceType, obj: T): T {
    const removed = this.#deps.store.remove<T>(ApiServer.key(type), obj.metadata.namespace, obj.metadata.name);
    if (!removed) throw notFound(type.resource, type.group, obj.metadata.name);
    strategyFor(type).afterDelete?.(removed, this.#deps.strategyContext);
    return removed;
  }

  /** WATCH: calls back for changes to objects of a type in a namespace that match the selectors. */
  watch(type: ResourceType, namespace: string | undefined, options: ListOptions, callback: WatchCallback): WatchHandle {
    this.#touch(type);
    const conv = converterFor(type);
    if (conv) return this.watch(conv.storage, namespace, options, (e) => callback({ type: e.type, object: conv.fromStorage(e.object) }));
    const match = this.#matcher(type, options);
    const key = ApiServer.key(type);
    const inSet = new Set<string>();
    for (const o of this.list(type, namespace, options).items) inSet.add(`${o.metadata.namespace}/${o.metadata.name}`);
    const handle = this.#deps.store.watch(key, (event: WatchEvent) => {
      const o = event.object;
      if (type.namespaced && namespace !== undefined && o.metadata.namespace !== namespace) return;
      const id = `${o.metadata.namespace}/${o.metadata.name}`;
      const matches = match(o);
      if (event.type === 'DELETED') {
        if (inSet.delete(id) || matches) callback({ type: 'DELETED', object: o });
        return;
      }
      if (matches) {
        const type = inSet.has(id) ? 'MODIFIED' : 'ADDED';
        inSet.add(id);
        callback({ type, object: o });
      } else if (inSet.delete(id)) {
        callback({ type: 'DELETED', object: o });
      }
    });
    return { stop: () => handle.stop() };
  }

  /** Resolves `apiVersion` + `kind` of a manifest to a served type, or undefined. */
  static typeOf(obj: { apiVersion?: string; kind?: string }): ResourceType | undefined {
    if (!obj.kind) return undefined;
    return typeForKind(obj.kind, obj.apiVersion);
  }

  static typeForResource = typeForResource;
}

export { StatusError };
