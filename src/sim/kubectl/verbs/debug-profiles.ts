// kubectl debug's profiles (staging/src/k8s.io/kubectl/pkg/cmd/debug/profiles.go, 1.32): what
// each does to the debugging container and its pod, by how the debugging happens (an ephemeral
// container in the pod, a copy of the pod, or a pod on a node).
import type { Container, Pod } from '../../api/types.js';

export type DebugStyle = 'ephemeral' | 'podCopy' | 'node';

export const PROFILES = ['legacy', 'general', 'baseline', 'restricted', 'netadmin', 'sysadmin'] as const;

/** --keep-* (only with --copy-to): what the copy keeps of the original. */
export interface KeepFlags {
  labels: boolean;
  annotations: boolean;
  liveness: boolean;
  readiness: boolean;
  startup: boolean;
  initContainers: boolean;
}

type SecurityContext = Record<string, unknown> & { capabilities?: { add?: string[]; drop?: string[] } };

/** The named container, whichever list it is in (podutils.VisitContainers). */
function containerNamed(pod: Pod, name: string): Container | undefined {
  return [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])].find((c) => c.name === name);
}

function securityContext(c: Container): SecurityContext {
  c.securityContext ??= {};
  return c.securityContext as SecurityContext;
}

function addCapability(c: Container, cap: string): void {
  const sc = securityContext(c);
  sc.capabilities ??= {};
  sc.capabilities.add = [...(sc.capabilities.add ?? []), cap];
}

function mountRootPartition(pod: Pod, name: string): void {
  pod.spec.volumes = [...(pod.spec.volumes ?? []), { name: 'host-root', hostPath: { path: '/' } }];
  const c = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((x) => x.name === name);
  if (c) c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: '/host', name: 'host-root' }];
}

function useHostNamespaces(pod: Pod): void {
  pod.spec.hostNetwork = true;
  pod.spec.hostPID = true;
  pod.spec.hostIPC = true;
}

function shareProcessNamespace(pod: Pod): void {
  pod.spec.shareProcessNamespace ??= true;
}

function removeForCopy(pod: Pod, keep: KeepFlags): void {
  if (!keep.labels) delete pod.metadata.labels;
  if (!keep.annotations) delete pod.metadata.annotations;
  for (const c of pod.spec.containers) {
    if (!keep.liveness) delete c.livenessProbe;
    if (!keep.readiness) delete c.readinessProbe;
    if (!keep.startup) delete c.startupProbe;
  }
  if (!keep.initContainers) delete pod.spec.initContainers;
}

/** Applies `profile` to the debugging container `name` of `pod`. */
export function applyProfile(profile: string, pod: Pod, name: string, style: DebugStyle, keep: KeepFlags): void {
  const c = containerNamed(pod, name);
  const onContainer = (f: (c: Container) => void) => {
    if (c) f(c);
  };
  switch (profile) {
    case 'legacy':
      if (style === 'node') {
        mountRootPartition(pod, name);
        useHostNamespaces(pod);
      } else if (style === 'podCopy') {
        delete pod.metadata.labels;
      }
      return;
    case 'general':
      if (style === 'node') {
        mountRootPartition(pod, name);
        onContainer((x) => delete x.securityContext);
        useHostNamespaces(pod);
      } else if (style === 'podCopy') {
        removeForCopy(pod, keep);
        onContainer((x) => addCapability(x, 'SYS_PTRACE'));
        shareProcessNamespace(pod);
      } else {
        onContainer((x) => addCapability(x, 'SYS_PTRACE'));
      }
      return;
    case 'baseline':
      onContainer((x) => delete x.securityContext);
      if (style === 'podCopy') {
        removeForCopy(pod, keep);
        shareProcessNamespace(pod);
      }
      return;
    case 'restricted':
      onContainer((x) => {
        delete x.securityContext;
        const sc = securityContext(x);
        sc['runAsNonRoot'] = true;
        sc.capabilities = { drop: ['ALL'] };
        sc['allowPrivilegeEscalation'] = false;
        sc['seccompProfile'] = { type: 'RuntimeDefault' };
      });
      if (style === 'podCopy') {
        removeForCopy(pod, keep);
        shareProcessNamespace(pod);
      }
      return;
    case 'netadmin':
      onContainer((x) => {
        addCapability(x, 'NET_ADMIN');
        addCapability(x, 'NET_RAW');
      });
      if (style === 'node') useHostNamespaces(pod);
      else if (style === 'podCopy') {
        removeForCopy(pod, keep);
        shareProcessNamespace(pod);
      }
      return;
    case 'sysadmin':
      onContainer((x) => {
        securityContext(x)['privileged'] = true;
      });
      if (style === 'node') {
        useHostNamespaces(pod);
        mountRootPartition(pod, name);
      } else if (style === 'podCopy') {
        removeForCopy(pod, keep);
        shareProcessNamespace(pod);
      }
      return;
  }
}
