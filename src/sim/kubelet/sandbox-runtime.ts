// Which runtime handler runs a pod's sandbox, and why there is none: the kubelet's RuntimeClass
// manager (pkg/kubelet/runtimeclass/runtimeclass_manager.go LookupRuntimeHandler, whose lister
// error names `runtimeclass.node.k8s.io`), then containerd's RunPodSandbox (internal/cri/server/
// sandbox_run.go: "unable to get OCI runtime for sandbox %q: %w" around "no runtime for %q is
// configured"), as the kubelet's CRI client reports a gRPC error: `rpc error: code = Unknown desc = ...`.
import { typeForKind } from '../api/resources.js';
import type { RuntimeClass } from '../api/runtime-class-types.js';
import { goQuote } from '../api/schema/go-quote.js';
import type { Pod } from '../api/types.js';
import { hasRuntimeHandler } from '../runtime/runtime-handlers.js';
import type { KubeletContext } from './kubelet-context.js';

const RUNTIME_CLASSES = typeForKind('RuntimeClass', 'node.k8s.io/v1')!;

/** The error creating the pod's sandbox fails with, or undefined when its runtime handler exists. */
export function sandboxRuntimeError(ctx: KubeletContext, pod: Pod): string | undefined {
  const name = pod.spec.runtimeClassName;
  // No RuntimeClass, or the empty name, is the default handler.
  if (!name) return undefined;
  const rc = ctx.api.view<RuntimeClass>(RUNTIME_CLASSES, undefined, name);
  // Generated listers name the resource in the singular.
  if (!rc) return `runtimeclass.${RUNTIME_CLASSES.group} ${goQuote(name)} not found`;
  if (hasRuntimeHandler(rc.handler)) return undefined;
  // util.GenerateID: the sandbox id containerd made up before it looked for the runtime.
  const id = ctx.random.stream('sandbox-ids').hex(64);
  return `rpc error: code = Unknown desc = unable to get OCI runtime for sandbox ${goQuote(id)}: no runtime for ${goQuote(rc.handler)} is configured`;
}
