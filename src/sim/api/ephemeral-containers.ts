// The `pods/{name}/ephemeralcontainers` subresource (pkg/registry/core/pod/storage
// EphemeralContainersREST, pkg/apis/core/validation ValidatePodEphemeralContainersUpdate): only
// spec.ephemeralContainers of the body is taken; containers are added, never changed or removed;
// each is defaulted like a container and may not set what an ephemeral container cannot have
// (ports, probes, lifecycle, resources). The ServiceAccount admission plugin does not mutate on
// this update, so an ephemeral container gets no token mount.
import { defaultContainer } from './admission/default-pod.js';
import { duplicate, forbidden, invalid, notFoundField, required, type FieldError } from './field-errors.js';
import { PODS } from './pods-type.js';
import { invalidObject } from './status-error.js';
import type { Container, Pod } from './types.js';
import { dns1123LabelProblems } from './validation/names.js';
import type { ApiServer } from './api-server.js';


/** Fields an ephemeral container may not set (validateEphemeralContainers' disallowed list). */
const NOT_ALLOWED: Array<[keyof Container, string]> = [
  ['ports', 'ports'],
  ['livenessProbe', 'livenessProbe'],
  ['readinessProbe', 'readinessProbe'],
  ['startupProbe', 'startupProbe'],
  ['lifecycle', 'lifecycle'],
];

function validateEphemeral(pod: Pod, next: Container[], old: Container[]): FieldError[] {
  const errs: FieldError[] = [];
  const others = new Set([...pod.spec.containers, ...(pod.spec.initContainers ?? [])].map((c) => c.name));
  const seen = new Set<string>();
  next.forEach((c, i) => {
    const path = `spec.ephemeralContainers[${i}]`;
    if (!c.name) errs.push(required(`${path}.name`));
    else {
      for (const p of dns1123LabelProblems(c.name)) errs.push(invalid(`${path}.name`, c.name, p));
      if (others.has(c.name) || seen.has(c.name)) errs.push(duplicate(`${path}.name`, c.name));
      seen.add(c.name);
    }
    if (!c.image) errs.push(required(`${path}.image`));
    for (const [key, field] of NOT_ALLOWED) {
      if (c[key] !== undefined) errs.push(forbidden(`${path}.${field}`, 'cannot be set for an Ephemeral Container'));
    }
    const res = c.resources;
    if (res && (Object.keys(res.limits ?? {}).length > 0 || Object.keys(res.requests ?? {}).length > 0)) {
      errs.push(forbidden(`${path}.resources`, 'cannot be set for an Ephemeral Container'));
    }
    const target = c.targetContainerName;
    if (target !== undefined && target !== '' && !pod.spec.containers.some((x) => x.name === target) && !(pod.spec.initContainers ?? []).some((x) => x.name === target)) {
      errs.push(notFoundField(`${path}.targetContainerName`, target));
    }
  });
  // Once added, an ephemeral container stays as it is.
  const byName = new Map(next.map((c) => [c.name, c]));
  for (const o of old) {
    const n = byName.get(o.name);
    if (!n) errs.push(forbidden('spec.ephemeralContainers', `existing ephemeral containers "${o.name}" may not be removed\n`));
    else if (JSON.stringify(n) !== JSON.stringify(o)) errs.push(forbidden('spec.ephemeralContainers', `existing ephemeral containers "${o.name}" may not be changed\n`));
  }
  return errs;
}

/** PUT or PATCH (already applied) of `pods/{name}/ephemeralcontainers`: returns the updated Pod. */
export function updateEphemeralContainers(api: ApiServer, namespace: string, name: string, body: Pod, options: { dryRun?: boolean } = {}): Pod {
  const current = api.get<Pod>(PODS, namespace, name);
  const next = structuredClone(body.spec?.ephemeralContainers ?? []);
  for (const c of next) {
    defaultContainer(c);
  }
  const old = current.spec.ephemeralContainers ?? [];
  const errs = validateEphemeral(current, next, old);
  if (errs.length > 0) throw invalidObject('Pod', '', name, errs);
  const updated: Pod = { ...current, spec: { ...current.spec, ephemeralContainers: next } };
  if (next.length === 0) delete updated.spec.ephemeralContainers;
  if (options.dryRun) return updated;
  return api.put<Pod>(PODS, updated);
}
