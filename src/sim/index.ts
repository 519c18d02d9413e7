// The simulator's one entry point: what the sim backend (src/backends/sim), the API server
// (src/server), the CLI, the benchmarks and a browser use. Nothing outside src/sim imports a file
// inside it directly (tests excepted: they test the parts).
//
// Layers, bottom to top; a file imports only from its own layer or the layers below it
// (test/sim/layers.test.ts checks this, and that there are no import cycles):
//
//   core/                   clock and event loop, seeded random, config, quantities, time and
//                           text (UTF-8) helpers, the virtual file system; imports nothing else
//   api/ store/ rbac/       API machinery: types, schemas, validation, strategies, the API server,
//   events/                 the object store, authorization, event recording
//   shell/                  the shell: syntax/ (parser), expand/ (expansion), interp/ (interpreter
//                           and the built-ins that change its state); it imports no command: the
//                           applets it runs in-process (echo, printf, test) are given to createShell
//   controllers/ kubelet/   the controllers and scheduler, the kubelet, the container runtime,
//   runtime/ net/ metrics/  cluster networking, metrics, and commands/: every command a shell runs,
//   commands/               in one home (applets/, the images' programs/, and registry.ts, where
//                           every name resolves for the lesson machine and for a container); a
//                           command may use the runtime's network and processes, and the runtime
//                           asks the registry for a container's commands (same layer, no cycle)
//   kubectl/ printers/      our kubectl 1.32; printers/ prints (printers/tables/: the API
//                           server's tables; the rest: kubectl's -o formats and describers)
//   cluster/                the wiring: one Cluster built from a SimConfig, bootstrap objects
//   index.ts                this file
//
// See docs/architecture.md.

// core
export type { ConfigProblem } from './core/config/config-problem.js';
export { defaultSimConfig, resolveSimConfig } from './core/config/config.js';
export type { SimConfig } from './core/config/config.js';
export type { EventLoop, Timer } from './core/event-loop.js';
export { decodeBytes, encodeBytes } from './core/text/bytes.js';
export { parseDuration } from './core/time/parse-duration.js';
export { versionInfo } from './core/version-info.js';
export { MemoryFs, resolvePath } from './core/vfs/vfs.js';
export { canonicalPath, lexists } from './core/vfs/vfs-realpath.js';

// API machinery
export { ApiServer } from './api/api-server.js';
export { converterFor } from './api/conversion.js';
export type { DeleteOptions, WriteOptions } from './api/api-server.js';
export { updateEphemeralContainers } from './api/ephemeral-containers.js';
export { evictPod } from './api/evict-pod.js';
export { fieldMatcher } from './api/field-selectors.js';
export { groupVersionDocument, openApiGroupVersions, openApiKey } from './api/openapi/document.js';
export { PATCH_CONTENT_TYPES, applyPatch } from './api/patch/apply-patch.js';
export { applyJsonPatch } from './api/patch/json-patch.js';
export { applyMergePatch } from './api/patch/merge-patch.js';
export { ALL_SERVED_TYPES, RESOURCE_TYPES, apiVersionOf, qualifiedResource, resolveResourceType, storageTypeOf, typeForKind } from './api/resources.js';
export type { ResourceType } from './api/resources.js';
export type { FieldValidation } from './api/schema/decode-object.js';
export { SelectorParseError, formatLabels, fromLabelSelector, labelsMatch, parseFieldSelector, parseLabelSelector } from './api/selectors.js';
export { StatusError, badRequest, conflict, notFound, pathNotFound } from './api/status-error.js';
export { parseApiTime, rfc3339 } from './api/time.js';
export type { ContainerState, ContainerStatus, Event, KubeObject, LabelSelector, Pod, Service, Status } from './api/types.js';
export { UNMODELLED_KINDS } from './api/unmodelled-kinds.js';
export type { UnmodelledKind } from './api/unmodelled-kinds.js';
export { selfSubjectAccessReview, selfSubjectRulesReview } from './rbac/access-review.js';
export type { AccessReviewSpec } from './rbac/access-review.js';
export { forbiddenError } from './rbac/authorizer.js';
export type { RequestAttributes } from './rbac/request-attributes.js';
export { requestAuthorizer } from './rbac/request-authorizer.js';
export { KIND_ADMIN, impersonatedUser, splitServiceAccountUsername } from './rbac/user-info.js';
export type { UserInfo } from './rbac/user-info.js';
export type { ObjectStore, Watch, WatchEvent, WatchEventType } from './store/object-store.js';

// shell
export { parseScript } from './shell/syntax/parse.js';
export { createShell } from './shell/shell.js';
export type { SessionShell } from './shell/shell.js';
export type { CommandContext, CommandImpl, Effect, ProcessStatus, ShellProcess } from './shell/types.js';

// commands and workloads
export { builtinApplets, hostCommands } from './commands/registry.js';
export type { NetworkMachine } from './commands/registry.js';
export type { ContainerRun } from './kubelet/container-record.js';
export type { Kubelet } from './kubelet/kubelet.js';
export { nodeLease } from './kubelet/node-lease.js';
export { METRICS_GROUP, METRICS_VERSION, NODE_METRICS, POD_METRICS } from './metrics/metrics-types.js';
export type { NodeMetrics, PodMetrics } from './metrics/metrics-types.js';
export { HostLoopback } from './net/host-loopback.js';
export type { LogQuery } from './runtime/container-log.js';
export { ephemeralPort } from './runtime/http.js';
export type { HttpRequest, HttpResponse } from './runtime/http.js';
export { connect } from './runtime/network.js';
export type { NetworkView } from './runtime/network.js';
export type { AssumedImage } from './runtime/registry/image-registry.js';

// kubectl and printing
export { VERBS, kubectlCommand } from './kubectl/kubectl.js';
export { buildTable, isDefaultTable, tableHandlerFor, tableRow } from './printers/tables/build-table.js';
export { metricsTable } from './printers/tables/metrics-table.js';
export type { IncludeObject, Table } from './printers/tables/table-types.js';

// cluster wiring
export { Cluster } from './cluster/cluster.js';
export { createCluster } from './cluster/create-cluster.js';
