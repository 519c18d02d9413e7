// OpenAPI v3, only as much as kubectl needs: for every kind, a PATCH operation tagged with its
// group-version-kind that lists the `fieldValidation` parameter. Seeing it, kubectl skips its own
// schema validation and sends `fieldValidation=Strict`, leaving validation to the simulator's
// decoder. Without this document `kubectl create -f` refuses to send anything. The PATCH
// operations carry no request body on purpose: kubectl then computes `apply` patches from its
// built-in types, as it does for any server whose OpenAPI lacks patch metadata.
import { createHash } from 'node:crypto';
import type { ResourceType } from '../sim/api/resources.js';
import { servedGroupVersions } from './discovery.js';

/** `api/v1`, `apis/apps/v1`: the key of a group version in the OpenAPI root. */
function docKey(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function pascal(text: string): string {
  return text
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `patchCoreV1NamespacedPod`, `patchAppsV1NamespacedDeployment`, `patchCoreV1Node`. */
function operationId(t: ResourceType): string {
  const group = t.group ? pascal(t.group.replace(/\.k8s\.io$/, '')) : 'Core';
  return `patch${group}${pascal(t.version)}${t.namespaced ? 'Namespaced' : ''}${t.kind}`;
}

function objectPath(t: ResourceType): string {
  const prefix = t.group ? `/apis/${t.group}/${t.version}` : `/api/${t.version}`;
  return t.namespaced ? `${prefix}/namespaces/{namespace}/${t.resource}/{name}` : `${prefix}/${t.resource}/{name}`;
}

function groupVersionDocument(group: string, version: string, types: ResourceType[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const t of types) {
    paths[objectPath(t)] = {
      patch: {
        operationId: operationId(t),
        parameters: [
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
        ],
        responses: {},
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: t.group, version: t.version, kind: t.kind },
      },
    };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas: {} } };
}

interface OpenApiDocs {
  root: Record<string, unknown>;
  /** By key (`api/v1`): the document and its content hash. */
  byKey: Map<string, { body: string; hash: string }>;
}

let cached: OpenApiDocs | undefined;

/** The root and per-group-version documents; the hash is of the content, so it changes only with it. */
export function openApiDocuments(): OpenApiDocs {
  if (cached) return cached;
  const byKey = new Map<string, { body: string; hash: string }>();
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of servedGroupVersions()) {
    const key = docKey(gv.group, gv.version);
    const body = `${JSON.stringify(groupVersionDocument(gv.group, gv.version, gv.types))}\n`;
    const hash = createHash('sha512').update(body).digest('hex').toUpperCase();
    byKey.set(key, { body, hash });
    paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hash}` };
  }
  cached = { root: { paths }, byKey };
  return cached;
}
