// The upstream OpenAPI descriptions `kubectl explain` prints, for the browser bundle: the worker
// starts without them (they are 84 KB of the bundle, gzipped) and the page loads them
// (`assets/playground-explain.js`) the first time a command names `explain`. The bundle puts this
// module in place of src/sim/api/openapi/upstream-descriptions.ts; the simulator parses the
// string on first use, so the worker holds such a command until `setUpstreamDescriptions` ran.
export let UPSTREAM_DESCRIPTIONS_JSON = '{"definitions":{}}';
let loaded = false;

export function setUpstreamDescriptions(json: string): void {
  UPSTREAM_DESCRIPTIONS_JSON = json;
  loaded = true;
}

export function upstreamDescriptionsLoaded(): boolean {
  return loaded;
}
