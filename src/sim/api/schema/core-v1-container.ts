// k8s.io/api/core/v1 (1.32): Container (and EphemeralContainer) and every struct it reaches:
// ports, environment, resources, mounts, probes, lifecycle hooks, security context.
import type { StructDef } from './go-package.js';

const LOCAL_OBJECT_REFERENCE = { name: 'string' } as const;

/** Container and EphemeralContainerCommon have the same fields. */
const CONTAINER: StructDef = {
  name: 'string',
  image: 'string',
  command: '[]string',
  args: '[]string',
  workingDir: 'string',
  ports: '[]ContainerPort',
  envFrom: '[]EnvFromSource',
  env: '[]EnvVar',
  resources: 'ResourceRequirements',
  resizePolicy: '[]ContainerResizePolicy',
  restartPolicy: '*ContainerRestartPolicy',
  volumeMounts: '[]VolumeMount',
  volumeDevices: '[]VolumeDevice',
  livenessProbe: '*Probe',
  readinessProbe: '*Probe',
  startupProbe: '*Probe',
  lifecycle: '*Lifecycle',
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'TerminationMessagePolicy',
  imagePullPolicy: 'PullPolicy',
  securityContext: '*SecurityContext',
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
};

/** ProbeHandler, inlined into Probe. */
const PROBE_HANDLER: StructDef = {
  exec: '*ExecAction',
  httpGet: '*HTTPGetAction',
  tcpSocket: '*TCPSocketAction',
  grpc: '*GRPCAction',
};

export const CONTAINER_STRUCTS: Readonly<Record<string, StructDef>> = {
  Container: CONTAINER,
  EphemeralContainer: { ...CONTAINER, targetContainerName: 'string' },
  ContainerPort: {
    name: 'string',
    hostPort: 'int32',
    containerPort: 'int32',
    protocol: 'Protocol',
    hostIP: 'string',
  },
  EnvFromSource: {
    prefix: 'string',
    configMapRef: '*ConfigMapEnvSource',
    secretRef: '*SecretEnvSource',
  },
  ConfigMapEnvSource: { ...LOCAL_OBJECT_REFERENCE, optional: '*bool' },
  SecretEnvSource: { ...LOCAL_OBJECT_REFERENCE, optional: '*bool' },
  EnvVar: {
    name: 'string',
    value: 'string',
    valueFrom: '*EnvVarSource',
  },
  EnvVarSource: {
    fieldRef: '*ObjectFieldSelector',
    resourceFieldRef: '*ResourceFieldSelector',
    configMapKeyRef: '*ConfigMapKeySelector',
    secretKeyRef: '*SecretKeySelector',
  },
  ObjectFieldSelector: {
    apiVersion: 'string',
    fieldPath: 'string',
  },
  ResourceFieldSelector: {
    containerName: 'string',
    resource: 'string',
    divisor: 'resource.Quantity',
  },
  ConfigMapKeySelector: { ...LOCAL_OBJECT_REFERENCE, key: 'string', optional: '*bool' },
  SecretKeySelector: { ...LOCAL_OBJECT_REFERENCE, key: 'string', optional: '*bool' },
  ResourceRequirements: {
    limits: 'ResourceList',
    requests: 'ResourceList',
    claims: '[]ResourceClaim',
  },
  ResourceClaim: {
    name: 'string',
    request: 'string',
  },
  ContainerResizePolicy: {
    resourceName: 'ResourceName',
    restartPolicy: 'ResourceResizeRestartPolicy',
  },
  VolumeMount: {
    name: 'string',
    readOnly: 'bool',
    recursiveReadOnly: '*RecursiveReadOnlyMode',
    mountPath: 'string',
    subPath: 'string',
    mountPropagation: '*MountPropagationMode',
    subPathExpr: 'string',
  },
  VolumeDevice: {
    name: 'string',
    devicePath: 'string',
  },
  Probe: {
    ...PROBE_HANDLER,
    initialDelaySeconds: 'int32',
    timeoutSeconds: 'int32',
    periodSeconds: 'int32',
    successThreshold: 'int32',
    failureThreshold: 'int32',
    terminationGracePeriodSeconds: '*int64',
  },
  ExecAction: { command: '[]string' },
  HTTPGetAction: {
    path: 'string',
    port: 'intstr.IntOrString',
    host: 'string',
    scheme: 'URIScheme',
    httpHeaders: '[]HTTPHeader',
  },
  HTTPHeader: {
    name: 'string',
    value: 'string',
  },
  TCPSocketAction: {
    port: 'intstr.IntOrString',
    host: 'string',
  },
  GRPCAction: {
    port: 'int32',
    service: '*string',
  },
  Lifecycle: {
    postStart: '*LifecycleHandler',
    preStop: '*LifecycleHandler',
  },
  LifecycleHandler: {
    exec: '*ExecAction',
    httpGet: '*HTTPGetAction',
    tcpSocket: '*TCPSocketAction',
    sleep: '*SleepAction',
  },
  SleepAction: { seconds: 'int64' },
  SecurityContext: {
    capabilities: '*Capabilities',
    privileged: '*bool',
    seLinuxOptions: '*SELinuxOptions',
    windowsOptions: '*WindowsSecurityContextOptions',
    runAsUser: '*int64',
    runAsGroup: '*int64',
    runAsNonRoot: '*bool',
    readOnlyRootFilesystem: '*bool',
    allowPrivilegeEscalation: '*bool',
    procMount: '*ProcMountType',
    seccompProfile: '*SeccompProfile',
    appArmorProfile: '*AppArmorProfile',
  },
  Capabilities: {
    add: '[]Capability',
    drop: '[]Capability',
  },
  SELinuxOptions: {
    user: 'string',
    role: 'string',
    type: 'string',
    level: 'string',
  },
  WindowsSecurityContextOptions: {
    gmsaCredentialSpecName: '*string',
    gmsaCredentialSpec: '*string',
    runAsUserName: '*string',
    hostProcess: '*bool',
  },
  SeccompProfile: {
    type: 'SeccompProfileType',
    localhostProfile: '*string',
  },
  AppArmorProfile: {
    type: 'AppArmorProfileType',
    localhostProfile: '*string',
  },
};
