// OpenAPI v3, only as much as kubectl needs: for every kind, a PATCH operation tagged with its
// group-version-kind that lists the `fieldValidation` parameter. Seeing it, kubectl skips its own
// schema validation and sends `fieldValidation=Strict`, leaving validation to the simulator's
// decoder. Without this document `kubectl create -f` refuses to send anything. The PATCH
// operations carry no request body on purpose: kubectl then computes `apply` patches from its
// built-in types, as it does for any server whose OpenAPI lacks patch metadata.
// The components are the kinds' schemas with upstream's descriptions (sim/api/openapi), which
// `kubectl explain` renders. The documents are built on the first request, not at start-up.
import { createHash } from 'node:crypto';
import { groupVersionDocument, openApiGroupVersions, openApiKey } from '../sim/index.js';

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
  for (const gv of openApiGroupVersions()) {
    const key = openApiKey(gv.group, gv.version);
    const body = `${JSON.stringify(groupVersionDocument(gv.group, gv.version))}\n`;
    const hash = createHash('sha512').update(body).digest('hex').toUpperCase();
    byKey.set(key, { body, hash });
    paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hash}` };
  }
  cached = { root: { paths }, byKey };
  return cached;
}
