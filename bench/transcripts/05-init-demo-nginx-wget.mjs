// 05: an init container fills an emptyDir that nginx then serves. The source's curl output is
// the kubernetes.io page its older manifest fetched; the stored manifest fetches info.cern.ch.
export default {
  files: [{ path: 'init-containers.yaml', manifest: 'init-containers.yaml' }],
  steps: [
    // The source applies https://k8s.io/examples/pods/init-containers.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f init-containers.yaml' },
    { step: '2', wait: '55s', run: 'kubectl get pod init-demo', compare: { block: 2 } },
    // The source types three commands at the container's shell (block 2); here they are piped to it.
    {
      step: '3',
      run: "printf 'apt-get update\\napt-get install curl\\ncurl localhost\\n' | kubectl exec -i init-demo -- /bin/bash",
      compare: { block: 3 },
    },
  ],
};
