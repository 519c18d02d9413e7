// Our kubectl 1.32: a command for the simulated shells. It parses flags as cobra does, runs the
// verb against the simulator's API, and prints what kubectl prints, errors and exit codes included.
import { StatusError } from '../api/status-error.js';
import type { CommandImpl } from '../shell/types.js';
import type { Kubectl, KubectlCluster, Verb } from './context.js';
import { formatErrors, KubectlExit } from './errors.js';
import { findVerb } from './find-verb.js';
import { commandPath, KUBECTL_COMMANDS, subcommandName, unknownCommandText } from './command-names.js';
import { NotModelled, realCommandPath, realFlagOf } from './not-modelled.js';
import { clusterForUser } from './impersonation.js';
import { FlagError, flagString, GLOBAL_FLAGS, parseFlags, type FlagSpec } from './flags.js';
import { apply, APPLY_FLAGS } from './verbs/apply.js';
import { diff, DIFF_FLAGS } from './verbs/diff.js';
import { auth, AUTH_FLAGS } from './verbs/auth.js';
import { apiResources, API_RESOURCES_FLAGS, clusterInfo, version, VERSION_FLAGS } from './verbs/cluster-info.js';
import { config, CONFIG_FLAGS } from './verbs/config.js';
import { Kubeconfig } from './kubeconfig.js';
import { LOCAL_VERBS, unreachableCluster } from './unreachable-cluster.js';
import { cordon, CORDON_FLAGS, uncordon } from './verbs/cordon.js';
import { attach, ATTACH_FLAGS } from './verbs/attach.js';
import { cp, CP_FLAGS } from './verbs/cp.js';
import { create, CREATE_FLAGS } from './verbs/create.js';
import { deleteVerb, DELETE_FLAGS } from './verbs/delete.js';
import { debug, DEBUG_FLAGS } from './verbs/debug.js';
import { describe, DESCRIBE_FLAGS } from './verbs/describe.js';
import { drain, DRAIN_FLAGS } from './verbs/drain.js';
import { events, EVENTS_FLAGS } from './verbs/events.js';
import { exec, EXEC_FLAGS } from './verbs/exec.js';
import { explain, EXPLAIN_FLAGS } from './verbs/explain.js';
import { expose, EXPOSE_FLAGS } from './verbs/expose.js';
import { autoscale, AUTOSCALE_FLAGS } from './verbs/autoscale.js';
import { get, GET_FLAGS } from './verbs/get.js';
import { kustomize, KUSTOMIZE_FLAGS } from './verbs/kustomize.js';
import { outputFormatOf } from './verbs/output.js';
import { annotate, label, LABEL_FLAGS } from './verbs/label.js';
import { logs, LOGS_FLAGS } from './verbs/logs.js';
import { patch, PATCH_FLAGS } from './verbs/patch.js';
import { portForward, PORT_FORWARD_FLAGS } from './verbs/port-forward.js';
import { proxy, PROXY_FLAGS } from './verbs/proxy.js';
import { replace, REPLACE_FLAGS } from './verbs/replace.js';
import { rollout, ROLLOUT_FLAGS, scale, SCALE_FLAGS } from './verbs/rollout.js';
import { run, RUN_FLAGS } from './verbs/run.js';
import { set, SET_FLAGS } from './verbs/set.js';
import { taint, TAINT_FLAGS } from './verbs/taint.js';
import { top, TOP_FLAGS } from './verbs/top.js';
import { wait, WAIT_FLAGS } from './verbs/wait.js';

interface VerbEntry {
  run: Verb;
  flags: FlagSpec[];
}

/** The verbs, by name. */
export const VERBS: Record<string, VerbEntry> = {
  get: { run: get, flags: GET_FLAGS },
  describe: { run: describe, flags: DESCRIBE_FLAGS },
  logs: { run: logs, flags: LOGS_FLAGS },
  create: { run: create, flags: CREATE_FLAGS },
  apply: { run: apply, flags: APPLY_FLAGS },
  diff: { run: diff, flags: DIFF_FLAGS },
  delete: { run: deleteVerb, flags: DELETE_FLAGS },
  patch: { run: patch, flags: PATCH_FLAGS },
  replace: { run: replace, flags: REPLACE_FLAGS },
  wait: { run: wait, flags: WAIT_FLAGS },
  exec: { run: exec, flags: EXEC_FLAGS },
  debug: { run: debug, flags: DEBUG_FLAGS },
  run: { run, flags: RUN_FLAGS },
  expose: { run: expose, flags: EXPOSE_FLAGS },
  label: { run: label, flags: LABEL_FLAGS },
  annotate: { run: annotate, flags: LABEL_FLAGS },
  set: { run: set, flags: SET_FLAGS },
  scale: { run: scale, flags: SCALE_FLAGS },
  autoscale: { run: autoscale, flags: AUTOSCALE_FLAGS },
  rollout: { run: rollout, flags: ROLLOUT_FLAGS },
  version: { run: version, flags: VERSION_FLAGS },
  'cluster-info': { run: clusterInfo, flags: [] },
  'api-resources': { run: apiResources, flags: API_RESOURCES_FLAGS },
  top: { run: top, flags: TOP_FLAGS },
  cordon: { run: cordon, flags: CORDON_FLAGS },
  uncordon: { run: uncordon, flags: CORDON_FLAGS },
  drain: { run: drain, flags: DRAIN_FLAGS },
  taint: { run: taint, flags: TAINT_FLAGS },
  events: { run: events, flags: EVENTS_FLAGS },
  kustomize: { run: kustomize, flags: KUSTOMIZE_FLAGS },
  'port-forward': { run: portForward, flags: PORT_FORWARD_FLAGS },
  proxy: { run: proxy, flags: PROXY_FLAGS },
  cp: { run: cp, flags: CP_FLAGS },
  attach: { run: attach, flags: ATTACH_FLAGS },
  explain: { run: explain, flags: EXPLAIN_FLAGS },
  auth: { run: auth, flags: AUTH_FLAGS },
  config: { run: config, flags: CONFIG_FLAGS },
};

const HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Cluster Management Commands:
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  replace         Replace a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources
  kustomize       Build a kustomization target from a directory or URL

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Other Commands:
  api-resources   Print the supported API resources on the server
  config          Modify kubeconfig files
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** The verbs whose `-o` is cli-runtime's PrintFlags (the others validate theirs themselves). */
const PRINT_FLAG_VERBS = ['get', 'create', 'apply', 'run', 'expose', 'set', 'label', 'annotate', 'scale', 'wait', 'patch', 'replace'];

/** Whether a flag as typed (`-o`, `--output`) takes the next argument as its value. */
function takesValue(specs: readonly FlagSpec[]): (flag: string) => boolean {
  const all = [...GLOBAL_FLAGS, ...specs];
  return (flag) => {
    const spec = flag.startsWith('--') ? all.find((s) => s.name === flag.slice(2)) : flag.length === 2 ? all.find((s) => s.short === flag[1]) : undefined;
    return spec !== undefined && spec.type !== 'bool' && spec.noOptDefault === undefined;
  };
}

/**
 * A kubectl bound to one simulated cluster, for a shell's command table. Its kubeconfig (the
 * cluster's, or kind's for it) lives as long as the command table: `kubectl config` edits it, and
 * the current context's namespace is every command's default.
 */
export function kubectlCommand(cluster: KubectlCluster): CommandImpl {
  const kubeconfig = cluster.kubeconfig ?? Kubeconfig.forCluster(cluster.config, cluster.serverURL);
  return function* (io) {
    /** Prints a refusal and tells the cluster's owner (the session places a KL704 diagnostic). */
    const refuse = (e: NotModelled): number => {
      io.stderr.write(e.text);
      cluster.notModelled?.(e.what);
      return e.code;
    };
    const { verb, rest } = findVerb(io.argv.slice(1));
    if (verb === undefined) {
      // The root command parses its (global) flags before it prints its help.
      try {
        parseFlags(rest, []);
      } catch (e) {
        if (!(e instanceof FlagError)) throw e;
        io.stderr.write(`error: ${e.message}\nSee 'kubectl --help' for usage.\n`);
        return 1;
      }
      io.stdout.write(HELP);
      return 0;
    }
    const entry = VERBS[verb];
    if (!entry) {
      if (!KUBECTL_COMMANDS.includes(verb)) {
        io.stderr.write(unknownCommandText(verb));
        return 1;
      }
      return refuse(new NotModelled(verb));
    }
    let k: Kubectl;
    try {
      const flags = parseFlags(rest, entry.flags);
      const ns = flagString(flags, 'namespace');
      // `--context` picks another context for this command (clientcmd: it must exist).
      const contextName = verb === 'config' ? undefined : flagString(flags, 'context');
      if (contextName !== undefined && contextName !== '' && !kubeconfig.contexts.has(contextName)) {
        io.stderr.write(`Error in configuration: context was not found for specified context: ${contextName}\n`);
        return 1;
      }
      k = {
        cluster,
        io,
        kubeconfig,
        namespace: ns ?? kubeconfig.namespace(contextName),
        namespaceGiven: ns !== undefined,
        verb,
        flags,
        out: (t) => io.stdout.write(t),
        err: (t) => io.stderr.write(t),
      };
    } catch (e) {
      if (e instanceof FlagError) {
        // A flag real kubectl has (for this command) but we do not: say so in our words.
        const unknown = /^unknown (?:flag: --(\S+)|shorthand flag: '(.)')/.exec(e.message);
        if (unknown) {
          const path = realCommandPath(verb, rest, (p, w) => subcommandName(p, w));
          const real = realFlagOf(path, unknown[1] !== undefined ? { long: unknown[1].replace(/_/g, '-') } : { short: unknown[2]! });
          if (real) return refuse(new NotModelled(`${path} ${real}`));
        }
        io.stderr.write(`error: ${e.message}\nSee '${commandPath(verb, rest, takesValue(entry.flags))} --help' for usage.\n`);
        return 1;
      }
      throw e;
    }
    if (k.flags.values.get('help') === true) {
      io.stdout.write(`Run 'kubectl ${verb}' against the simulated cluster; see https://kubernetes.io/docs/reference/kubectl/generated/kubectl_${verb}/\n`);
      return 0;
    }
    try {
      // PrintFlags.ToPrinter runs in each command's Complete: a bad `-o` fails before anything is done.
      if (PRINT_FLAG_VERBS.includes(verb)) outputFormatOf(k, verb);
      if (!LOCAL_VERBS.includes(verb)) {
        const target = kubeconfig.target(flagString(k.flags, 'context'));
        if (target.server === 'default') throw unreachableCluster(k);
        if (target.server !== cluster.serverURL) throw new NotModelled(verb, `the context's cluster names the server ${target.server}, not the simulated cluster's`);
        if (!target.userKnown) throw new NotModelled(verb, "under a context whose user is not in the kubeconfig");
      }
      const scoped = clusterForUser(k.cluster, verb, k.flags);
      k = { ...k, cluster: scoped.cluster, user: scoped.user };
      return yield* entry.run(k);
    } catch (e) {
      if (e instanceof NotModelled) return refuse(e);
      if (e instanceof KubectlExit) {
        io.stderr.write(e.text);
        return e.code;
      }
      if (e instanceof StatusError) {
        io.stderr.write(formatErrors([{ error: e }]));
        return 1;
      }
      throw e;
    }
  };
}
