// JSON merge patch (RFC 7386, `application/merge-patch+json`): objects merge key by key, `null`
// removes a key, anything else (lists included) replaces. kubectl label and annotate send these.

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Applies `patch` to `target` and returns the result; neither input is changed. */
export function applyMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyMergePatch(out[key], value);
  }
  return out;
}
