// `kubectl auth can-i` (staging/src/k8s.io/kubectl/pkg/cmd/auth/cani.go) and `kubectl auth
// whoami` (whoami.go): a SelfSubjectAccessReview answered `yes` or `no` (exit 1), the
// SelfSubjectRulesReview's rules as a table with `--list`, and the SelfSubjectReview's user.
import type { PolicyRule } from '../../api/rbac-types.js';
import { resolveResourceType } from '../../api/resources.js';
import { selfSubjectAccessReview, selfSubjectRulesReview } from '../../rbac/access-review.js';
import { requestAuthorizer } from '../../rbac/request-authorizer.js';
import { KIND_ADMIN, type UserInfo } from '../../rbac/user-info.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError, usageError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';
import { breakdownRule, combineResourceGroup, compactRules, goSlice, sortRules } from '../../printers/compact-rules.js';
import { tabwrite } from '../../printers/tabwriter.js';

export const AUTH_FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'list', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'subresource', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

const KNOWN_RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
const KNOWN_NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
/** Names RBAC rules use that no API serves (impersonation's). */
const NON_STANDARD_RESOURCE_NAMES = ['users', 'groups'];

/** printers.WarningPrinter.Print: `Warning: <message>` and a newline of its own (cani.go's messages end with one too). */
function warn(k: Kubectl, message: string): void {
  k.err(`Warning: ${message}\n`);
}

const TABWRITER = { minwidth: 6, tabwidth: 4, padding: 3 };

/** The API server checks that the user may create the review itself (system:basic-user grants it). */
function mayCreate(k: Kubectl, user: UserInfo, group: string, resource: string): void {
  requestAuthorizer(k.cluster.api).check({ user, verb: 'create', resourceRequest: true, apiGroup: group, resource, subresource: '', namespace: '', name: '' });
}

interface Target {
  group: string;
  resource: string;
  namespaced: boolean | undefined;
}

/** resourceFor: the RESTMapper's resource (and group) for what was typed; a warning for one the server lacks. */
function resourceFor(k: Kubectl, arg: string): Target {
  if (arg === '*') return { group: '', resource: '*', namespaced: undefined };
  const lower = arg.toLowerCase();
  const type = resolveResourceType(lower);
  if (type) return { group: type.group, resource: type.resource, namespaced: type.namespaced };
  const dot = lower.indexOf('.');
  const resource = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? '' : lower.slice(dot + 1);
  const groupResource = group ? `${resource}.${group}` : resource;
  if (!NON_STANDARD_RESOURCE_NAMES.includes(groupResource)) {
    warn(k, group ? `the server doesn't have a resource type '${resource}' in group '${group}'\n` : `the server doesn't have a resource type '${resource}'\n`);
  }
  return { group: '', resource: arg, namespaced: undefined };
}

function* canI(k: Kubectl, args: string[]): VerbResult {
  const user = k.user ?? KIND_ADMIN;
  const list = flagBool(k.flags, 'list');
  const quiet = flagBool(k.flags, 'quiet');
  const all = flagBool(k.flags, 'all-namespaces');
  const subresource = flagString(k.flags, 'subresource') ?? '';
  if (list) {
    if (args.length !== 0) throw plainError('list option must be specified with no arguments');
    if (quiet || all || subresource) throw plainError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
    mayCreate(k, user, 'authorization.k8s.io', 'selfsubjectrulesreviews');
    const status = selfSubjectRulesReview(k.cluster.api, user, k.namespace);
    if (status.incomplete && !quiet) k.err(`warning: the list may be incomplete: ${status.evaluationError ?? ''}\n`);
    const rules: PolicyRule[] = [
      ...status.resourceRules.map((r): PolicyRule => ({ verbs: r.verbs, ...(r.apiGroups ? { apiGroups: r.apiGroups } : {}), ...(r.resources ? { resources: r.resources } : {}), ...(r.resourceNames ? { resourceNames: r.resourceNames } : {}) })),
      ...status.nonResourceRules.map((r): PolicyRule => ({ verbs: r.verbs, ...(r.nonResourceURLs ? { nonResourceURLs: r.nonResourceURLs } : {}) })),
    ];
    const rows = sortRules(compactRules(rules.flatMap(breakdownRule)));
    let text = flagBool(k.flags, 'no-headers') ? '' : 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n';
    for (const r of rows) text += `${combineResourceGroup(r.resources, r.apiGroups)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\n`;
    k.out(tabwrite(text, TABWRITER));
    return 0;
  }
  if (args.length !== 2) {
    throw new KubectlExit("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
  }
  const verb = args[0]!;
  const what = args[1]!;
  const out = (text: string) => {
    if (!quiet) k.out(text);
  };
  let target: Target | undefined;
  let resourceName = '';
  let url = '';
  if (what.startsWith('/')) url = what;
  else {
    const slash = what.indexOf('/');
    target = resourceFor(k, slash < 0 ? what : what.slice(0, slash));
    if (slash >= 0) resourceName = what.slice(slash + 1);
  }
  const namespace = all ? '' : k.namespace;
  // Validate
  if (url) {
    if (subresource) throw plainError('--subresource can not be used with NonResourceURL');
    if (!KNOWN_NON_RESOURCE_VERBS.includes(verb)) warn(k, `verb '${verb}' is not a known verb\n`);
  } else if (target && !all) {
    if (target.namespaced === false) {
      warn(k, target.group ? `resource '${target.resource}' is not namespace scoped in group '${target.group}'\n` : `resource '${target.resource}' is not namespace scoped\n`);
    }
    if (!KNOWN_RESOURCE_VERBS.includes(verb)) warn(k, `verb '${verb}' is not a known verb\n`);
  } else if (!KNOWN_RESOURCE_VERBS.includes(verb)) {
    warn(k, `verb '${verb}' is not a known verb\n`);
  }
  if (flagBool(k.flags, 'no-headers')) throw plainError('--no-headers cannot be set without --list specified');
  mayCreate(k, user, 'authorization.k8s.io', 'selfsubjectaccessreviews');
  const status = selfSubjectAccessReview(
    k.cluster.api,
    user,
    url
      ? { nonResourceAttributes: { path: url, verb } }
      : { resourceAttributes: { namespace, verb, group: target!.group, resource: target!.resource, subresource, name: resourceName } },
  );
  if (status.allowed) {
    out('yes\n');
    return 0;
  }
  let line = 'no';
  if (status.reason) line += ` - ${status.reason}`;
  if (status.evaluationError) line += ` - ${status.evaluationError}`;
  out(`${line}\n`);
  return 1;
}

function* whoami(k: Kubectl): VerbResult {
  if (flagString(k.flags, 'output') !== undefined) throw notModelled('auth whoami --output');
  const user = k.user ?? KIND_ADMIN;
  mayCreate(k, user, 'authentication.k8s.io', 'selfsubjectreviews');
  let text = 'ATTRIBUTE\tVALUE\n';
  if (user.name) text += `Username\t${user.name}\n`;
  if (user.groups.length > 0) text += `Groups\t${goSlice(user.groups)}\n`;
  k.out(tabwrite(text, TABWRITER));
  return 0;
}

export function* auth(k: Kubectl): VerbResult {
  const [sub, ...rest] = k.flags.args;
  if (sub === 'can-i') return yield* canI(k, rest);
  if (sub === 'whoami') return yield* whoami(k);
  if (sub === 'reconcile') throw notModelled('auth reconcile');
  throw usageError('auth', `unknown command "${k.flags.args.join(' ')}"`);
}
