// `kubectl explain TYPE[.FIELD...] [--recursive] [--api-version=G/V] [--output=plaintext]`
// (staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go, pkg/explain/explain.go and
// pkg/explain/v2/explain.go): resolves the type as the RESTMapper does, fetches its group version's
// OpenAPI v3 document (the one the API server serves, sim/api/openapi) and renders it with the
// plaintext template (../explain/plaintext.ts).
import { resolveResourceType, type ResourceType } from '../../api/resources.js';
import { groupVersionDocument } from '../../api/openapi/document.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { PlaintextExplainer, type Gvr } from '../explain/plaintext.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';

export const EXPLAIN_FLAGS: FlagSpec[] = [
  { name: 'recursive', type: 'bool' },
  { name: 'api-version', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

/** cmdutil.SuggestAPIResources("kubectl"). */
const SUGGEST_API_RESOURCES = 'Use "kubectl api-resources" for a complete list of supported resources.';

function noResourceType(resource: string): KubectlExit {
  // cmdutil.CheckErr prints a NoResourceMatchError so, without the `error: ` prefix.
  return new KubectlExit(`the server doesn't have a resource type "${resource}"\n`);
}

function gvrOf(t: ResourceType): Gvr {
  return { group: t.group, version: t.version, resource: t.resource };
}

/** explain.SplitAndParseResourceRequestWithMatchingPrefix: `deployments.apps.spec` is deployments.apps, field spec. */
function withMatchingPrefix(arg: string): { gvr: Gvr; fieldPath: string[] } {
  const input = arg.endsWith('.') ? arg.slice(0, -1) : arg;
  const dotParts = input.split('.');
  const t = resolveResourceType(dotParts[0]!);
  if (!t) throw noResourceType(dotParts[0]!);
  const groupResource = t.group ? `${t.resource}.${t.group}` : t.resource;
  if (input.startsWith(groupResource)) {
    const suffix = input.slice(groupResource.length);
    return { gvr: gvrOf(t), fieldPath: suffix ? suffix.split('.').slice(1) : [] };
  }
  return { gvr: gvrOf(t), fieldPath: dotParts.slice(1) };
}

/** explain.SplitAndParseResourceRequest: the first dot-separated part is the resource. */
function splitDotNotation(arg: string): { gvr: Gvr; fieldPath: string[] } {
  const parts = (arg.endsWith('.') ? arg.slice(0, -1) : arg).split('.');
  const t = resolveResourceType(parts[0]!);
  if (!t) throw noResourceType(parts[0]!);
  return { gvr: gvrOf(t), fieldPath: parts.slice(1) };
}

/** schema.ParseGroupVersion. */
function parseGroupVersion(gv: string): { group: string; version: string } {
  if (gv === '' || gv === '/') return { group: '', version: '' };
  const slashes = gv.split('/').length - 1;
  if (slashes === 0) return { group: '', version: gv };
  if (slashes === 1) return { group: gv.slice(0, gv.indexOf('/')), version: gv.slice(gv.indexOf('/') + 1) };
  throw plainError(`unexpected GroupVersion string: ${gv}`);
}

// eslint-disable-next-line require-yield
export function* explain(k: Kubectl): VerbResult {
  const args = k.flags.args;
  if (args.length === 0) throw new KubectlExit(`error: You must specify the type of resource to explain. ${SUGGEST_API_RESOURCES}\n`);
  if (args.length > 1) throw new KubectlExit('error: We accept only this format: explain RESOURCE\n');
  const apiVersion = flagString(k.flags, 'api-version') ?? '';
  const { gvr, fieldPath } = apiVersion ? splitDotNotation(args[0]!) : withMatchingPrefix(args[0]!);
  const output = flagString(k.flags, 'output') ?? 'plaintext';
  // The OpenAPI v2 renderer reads /openapi/v2, which the simulator does not serve.
  if (output === 'plaintext-openapiv2') throw notModelled('explain --output=plaintext-openapiv2', 'the simulator serves OpenAPI v3 only');
  if (apiVersion) Object.assign(gvr, parseGroupVersion(apiVersion));
  const doc = groupVersionDocument(gvr.group, gvr.version);
  if (!doc) throw plainError(`couldn't find resource for "${gvr.group}/${gvr.version}, Resource=${gvr.resource}"`);
  if (output !== 'plaintext') throw plainError(`unrecognized format: ${output}`);
  const rendered = new PlaintextExplainer(doc).render(gvr, fieldPath, flagBool(k.flags, 'recursive'));
  k.out(rendered.out);
  if (rendered.error !== undefined) throw new KubectlExit(`${rendered.error}\n`);
  return 0;
}
