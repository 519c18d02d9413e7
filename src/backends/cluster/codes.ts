// KL8xx: problems with the real cluster a lesson runs on (cluster and kind backends). Codes are
// permanent: never reuse one for another meaning.
import { defineCodes } from '../../diagnostics.js';

export const clusterCodes = defineCodes({
  contextUnknown: {
    code: 'KL801',
    name: 'cluster-context-unknown',
    summary: 'The kubeconfig has no such context (or no current context), so kindling cannot tell which cluster to use.',
  },
  unreachable: {
    code: 'KL802',
    name: 'cluster-unreachable',
    summary: "The cluster's API server did not answer (wrong address, cluster down, certificate or credentials refused).",
  },
  namespaceNotCreated: {
    code: 'KL803',
    name: 'namespace-not-created',
    summary: "The lesson's own namespace could not be created, typically because the kubeconfig's user may not create namespaces (RBAC).",
  },
  versionSkew: {
    code: 'KL804',
    name: 'version-skew',
    summary: "kubectl's minor version is more than one away from the server's, which kubectl does not support; outputs may differ.",
  },
  kindNotFound: {
    code: 'KL805',
    name: 'kind-not-found',
    summary: '`--backend kind` needs the `kind` command on PATH.',
  },
  kindFailed: {
    code: 'KL806',
    name: 'kind-failed',
    summary: 'A kind command (create cluster, get kubeconfig, load docker-image, delete cluster) failed.',
  },
  kubectlNotFound: {
    code: 'KL807',
    name: 'kubectl-not-found',
    summary: 'The cluster backends run lessons with the real `kubectl`, which is not on PATH.',
  },
});
