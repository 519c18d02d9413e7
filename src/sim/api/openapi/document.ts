// The API server's OpenAPI v3 documents, one per group version (`/openapi/v3/api/v1`,
// `/openapi/v3/apis/apps/v1`), as plain objects: what src/server serves and what our kubectl's
// explain reads. For every kind a PATCH operation tagged with its group-version-kind that lists the
// `fieldValidation` parameter (kubectl's create/apply depend on it; see src/server/openapi.ts), and
// the kinds' component schemas (component-schemas.ts). Built when first asked for.
import { ALL_SERVED_TYPES, RESOURCE_TYPES, type ResourceType } from '../resources.js';
import { componentSchemas } from './component-schemas.js';

export interface GroupVersionTypes {
  group: string;
  version: string;
  /** Sorted by resource. */
  types: ResourceType[];
}

/** The built-in group versions (discovery lists them, the documents cover them), each with its kinds sorted by resource, in discovery order. */
export function openApiGroupVersions(): GroupVersionTypes[] {
  const out: GroupVersionTypes[] = [];
  for (const t of ALL_SERVED_TYPES) {
    let gv = out.find((g) => g.group === t.group && g.version === t.version);
    if (!gv) {
      gv = { group: t.group, version: t.version, types: [] };
      out.push(gv);
    }
    gv.types.push(t);
  }
  for (const gv of out) gv.types.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
  return out;
}

/** `api/v1`, `apis/apps/v1`: the key of a group version in the OpenAPI root. */
export function openApiKey(group: string, version: string): string {
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

const documents = new Map<string, Record<string, unknown>>();

/** The document of one group version, or undefined for one the server does not serve. */
export function groupVersionDocument(group: string, version: string): Record<string, unknown> | undefined {
  const key = openApiKey(group, version);
  const hit = documents.get(key);
  if (hit) return hit;
  const gv = openApiGroupVersions().find((g) => g.group === group && g.version === version);
  if (!gv) return undefined;
  const paths: Record<string, unknown> = {};
  for (const t of gv.types) {
    // The review kinds (SelfSubjectAccessReview, ...) are only created: no object path, no PATCH.
    if (!t.verbs.includes('patch')) continue;
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
  const doc = { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas: componentSchemas(gv.types) } };
  documents.set(key, doc);
  return doc;
}
